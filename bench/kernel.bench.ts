/**
 * The bare kernel: events per second through the queue and dispatch, with no model. In a
 * process of its own: its events are not the simulation's, and sharing the kernel's code with
 * them would slow the runs measured beside it (the queue's code would see two event shapes).
 * Prints figures; asserts nothing.
 */
import { Kernel } from '../src/core/kernel';

function bareKernel(events: number, pending: number): number {
  type E = { time: number; type: number };
  let x = 0;
  const k: Kernel<E> = new Kernel<E>((e) => {
    x += e.type;
    if (k.handled + pending < events) k.schedule({ time: e.time + (x % 7) * 0.25 + 0.5, type: x & 1 }, x & 3);
  });
  for (let i = 0; i < pending; i++) k.schedule({ time: i * 0.01, type: 1 }, 0);
  const t0 = performance.now();
  k.run(Infinity);
  const dt = (performance.now() - t0) / 1000;
  return k.handled / dt;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

bareKernel(200_000, 1000);
const rates = [1, 2, 3, 4, 5].map(() => bareKernel(2_000_000, 1000));
console.log(`bare kernel         ${(median(rates) / 1e6).toFixed(2)} M events/s (median of 5 × 2,000,000 events, 1,000 pending)   goal ≥ 3 M/s`);

