import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two projects: unit tests in Node, and end-to-end tests in headless Chromium against the
    // built app (tests/e2e/globalSetup.ts builds it once and serves it on 127.0.0.1).
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/globalSetup.ts'], fileParallelism: false } },
    ],
  },
});
