import { describe, expect, it } from 'vitest';
import { nelderMead, startSimplex, type BatchObjective } from '../../src/experiments/nelderMead';

/** A batch objective from a function of one point, recording every batch asked for. */
function objective(f: (x: number[]) => number, batches: number[][][] = []): BatchObjective {
  return async (points) => {
    batches.push(points);
    return points.map(f);
  };
}

describe('Nelder–Mead in the unit box', () => {
  it('finds the minimum of a shifted quadratic bowl in 2 and 4 dimensions', async () => {
    const centre = [0.3, 0.7, 0.55, 0.2];
    for (const d of [2, 4]) {
      const f = (x: number[]) => x.reduce((s, v, j) => s + (j + 1) * (v - centre[j]) ** 2, 0);
      const r = await nelderMead(objective(f), Array(d).fill(0.5), { budget: 150 * d });
      r.best.forEach((v, j) => expect(Math.abs(v - centre[j])).toBeLessThan(0.01));
      expect(r.value).toBeLessThan(1e-4);
    }
  });

  it("finds Rosenbrock's valley floor mapped into the box", async () => {
    const f = ([u, v]: number[]) => {
      const x = 4 * u - 2;
      const y = 4 * v - 1;
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    };
    const r = await nelderMead(objective(f), [0.1, 0.1], { budget: 400 });
    expect(Math.abs(4 * r.best[0] - 2 - 1)).toBeLessThan(0.05);
    expect(Math.abs(4 * r.best[1] - 1 - 1)).toBeLessThan(0.1);
  });

  it('stops at a bound when the minimum lies outside the box, never evaluating outside it', async () => {
    const batches: number[][][] = [];
    const r = await nelderMead(objective(([x, y]) => (x - 1.4) ** 2 + (y - 0.4) ** 2, batches), [0.2, 0.9], { budget: 120 });
    expect(r.best[0]).toBeCloseTo(1, 6);
    expect(Math.abs(r.best[1] - 0.4)).toBeLessThan(0.01);
    for (const p of batches.flat()) for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('keeps to its budget, evaluates no point twice, asks for the first simplex in one batch, and is deterministic', async () => {
    const batches: number[][][] = [];
    const f = ([x, y, z]: number[]) => Math.abs(x - 0.2) + Math.abs(y - 0.3) + Math.abs(z - 0.9);
    const a = await nelderMead(objective(f, batches), [0.5, 0.5, 0.5], { budget: 37 });
    expect(a.evaluations).toHaveLength(37);
    expect(batches[0]).toEqual(startSimplex([0.5, 0.5, 0.5], 0.25));
    const keys = batches.flat().map((p) => p.join());
    expect(new Set(keys).size).toBe(keys.length);
    const b = await nelderMead(objective(f), [0.5, 0.5, 0.5], { budget: 37 });
    expect(b).toEqual(a);
  });

  it('copes with a noisy objective under common random numbers (a fixed noise per point) and NaN', async () => {
    // The same "seeds" at every point: the noise is a fixed, rough function of the point.
    const noise = (x: number[]) => 0.002 * Math.sin(997 * x[0]) * Math.cos(641 * x[1]);
    const f = (x: number[]) => (x[0] > 0.95 ? NaN : (x[0] - 0.6) ** 2 + (x[1] - 0.25) ** 2 + noise(x));
    const r = await nelderMead(objective(f), [0.1, 0.9], { budget: 120 });
    expect(Math.hypot(r.best[0] - 0.6, r.best[1] - 0.25)).toBeLessThan(0.08);
    expect(Number.isFinite(r.value)).toBe(true);
  });
});
