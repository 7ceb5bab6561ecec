/**
 * UI rendering benchmark: builds the app, opens it in headless Chromium (Debian's chromium,
 * WebGL through SwiftShader) with `?bench=N`, and prints the frames per second the workshop
 * keeps while N tokens (default 2,000) move, at 1280×720 and 1920×1080.
 * Run: `npm run bench -- ui` (or `npx tsx bench/ui.bench.ts 2000`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium, serveStatic } from '../tests/e2e/server';

const tokens = Number(process.argv[2] ?? 2000);
const outDir = mkdtempSync(join(tmpdir(), 'negoplan-bench-'));
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await serveStatic(outDir);
const browser = await launchChromium();
try {
  for (const [viewport, renderer] of [[{ width: 1280, height: 720 }, 'auto'], [{ width: 1920, height: 1080 }, 'auto'], [{ width: 1280, height: 720 }, 'webgl']] as const) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}?bench=${tokens}${renderer === 'auto' ? '' : '&renderer=' + renderer}#s=terssac-circuits&seed=1&d=150`);
    await page.waitForFunction(() => (window as unknown as { benchResult?: unknown }).benchResult, null, { timeout: 60_000 });
    const r = (await page.evaluate(() => (window as unknown as { benchResult: unknown }).benchResult)) as { tokens: number; fps: number; frames: number; seconds: number; renderer: string };
    console.log(`ui workshop ${viewport.width}x${viewport.height}: ${r.tokens} tokens, ${r.fps.toFixed(1)} frames/s over ${r.seconds.toFixed(1)} s (pixi ${r.renderer} renderer, headless Chromium without GPU)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
