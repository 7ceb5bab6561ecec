import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: its own files only, no inline script or style
 * attribute, no eval (pixi.js runs without it through `pixi.js/unsafe-eval`), workers from the
 * app or from blobs (pixi's image decoding), images also from data and blob URLs (canvas
 * snapshots). `frame-ancestors` cannot be set by a meta tag; a server may add it as a header.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts {@link CSP} in a meta tag right after the charset of the built index.html, before any
 * script (not in dev: vite's dev server injects inline styles).
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'negoplan-csp',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html: expected ${charset} to put the Content-Security-Policy after`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
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
