/**
 * The rendering benchmark (`?bench=N`): the workshop shows N synthetic tokens that hop to a
 * new place every half second while frames are counted for five seconds; the result goes to
 * `window.benchResult` ({ tokens, fps, frames, seconds }). The hops come from a local
 * generator: nothing here touches a simulation.
 */
import type { App } from './App';
import type { TokenTarget } from '../views/workshop/tokenLayer';
import { slot, type Rect } from '../config/layout';

/** Frames per second measured with `n` tokens alive. */
export async function runBench(app: App, n: number): Promise<void> {
  app.clock.pause();
  const workshop = (app as unknown as { views: { workshop: import('../views/workshop/WorkshopView').WorkshopView } }).views.workshop;
  const L = workshop.currentLayout;
  const places: Rect[] = [L.book, L.board, ...L.stations, L.shipping];
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kinds = ['internal', 'semiExternal', 'external'] as const;
  const targets = (): TokenTarget[] =>
    Array.from({ length: n }, (_, i) => {
      const r = places[Math.floor(next() * places.length)];
      const p = slot(r, i % 400, 400, 8);
      return { key: `b${i}`, order: i, x: p.x, y: p.y, kind: kinds[i % 3], urgent: i % 17 === 0, late: i % 11 === 0 };
    });
  workshop.setTargets(targets());
  const hop = setInterval(() => workshop.setTargets(targets()), 500);
  await new Promise((r) => setTimeout(r, 1000));
  let frames = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const count = () => {
      frames++;
      if (performance.now() - t0 < 5000) requestAnimationFrame(count);
      else resolve();
    };
    requestAnimationFrame(count);
  });
  clearInterval(hop);
  const seconds = (performance.now() - t0) / 1000;
  (window as unknown as { benchResult: unknown }).benchResult = { tokens: workshop.tokenCount, fps: frames / seconds, frames, seconds, renderer: workshop.app.renderer.name };
}
