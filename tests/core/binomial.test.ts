import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/core/random';
import { binomial } from '../../src/core/distributions';

/** The binomial probabilities of 0..n, computed plainly (log-gamma free: products of ratios from the mode's side). */
function pmf(n: number, p: number): number[] {
  const logs: number[] = [];
  let lc = 0; // log C(n, k)
  for (let k = 0; k <= n; k++) {
    if (k > 0) lc += Math.log((n - k + 1) / k);
    logs.push(lc + k * Math.log(p) + (n - k) * Math.log(1 - p));
  }
  return logs.map(Math.exp);
}

/** Pearson's statistic of `draws` against the binomial law, over cells of expected count ≥ 5 (the tails pooled). */
function chiSquare(draws: number[], n: number, p: number): { statistic: number; cells: number } {
  const probs = pmf(n, p);
  const counts = new Array(n + 1).fill(0);
  for (const k of draws) counts[k]++;
  const cells: { expected: number; observed: number }[] = [];
  let pool = { expected: 0, observed: 0 };
  for (let k = 0; k <= n; k++) {
    pool = { expected: pool.expected + probs[k] * draws.length, observed: pool.observed + counts[k] };
    if (pool.expected >= 5) {
      cells.push(pool);
      pool = { expected: 0, observed: 0 };
    }
  }
  if (cells.length) cells[cells.length - 1] = { expected: cells[cells.length - 1].expected + pool.expected, observed: cells[cells.length - 1].observed + pool.observed };
  return { statistic: cells.reduce((a, c) => a + (c.observed - c.expected) ** 2 / c.expected, 0), cells: cells.length };
}

describe('binomial counts', () => {
  it('are certain without a draw when p is 0 or 1, or there is no trial', () => {
    const r = new RandomStreams(1);
    const s = r.stream('q');
    expect([binomial(50, 0, s), binomial(50, 1, s), binomial(0, 0.3, s)]).toEqual([0, 50, 0]);
    expect(s.next()).toBe(new RandomStreams(1).stream('q').next());
  });

  // Small and large counts, p on both sides of 1/2, and n over several blocks (16 / p trials each).
  for (const [n, p] of [
    [12, 0.1],
    [55, 0.1],
    [40, 0.4],
    [30, 0.85],
    [1000, 0.1],
    [3000, 0.02],
    [7, 0.5],
  ] as const) {
    it(`follow the binomial law (n = ${n}, p = ${p}): Pearson's test on 20,000 draws`, () => {
      const s = new RandomStreams(11).stream(`binomial:${n}:${p}`);
      const draws = Array.from({ length: 20_000 }, () => binomial(n, p, s));
      for (const k of draws) expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
      const { statistic, cells } = chiSquare(draws, n, p);
      // Well above the 0.999 quantile of χ² for these degrees of freedom (at most about 120): a wrong law exceeds it by far.
      expect(cells).toBeGreaterThan(3);
      expect(statistic).toBeLessThan(cells + 6 * Math.sqrt(2 * cells));
      const mean = draws.reduce((a, k) => a + k, 0) / draws.length;
      expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / draws.length));
    });
  }

  it('draw one uniform per block of trials, not one per trial', () => {
    const counted = (n: number, p: number) => {
      let calls = 0;
      const inner = new RandomStreams(5).stream('q');
      binomial(n, p, { next: () => (calls++, inner.next()) });
      return calls;
    };
    expect(counted(55, 0.1)).toBe(1);
    expect(counted(160, 0.1)).toBe(1);
    expect(counted(161, 0.1)).toBe(2);
    expect(counted(1000, 0.9)).toBe(counted(1000, 0.1));
  });

  it('are the same for the same stream', () => {
    const a = new RandomStreams(9).stream('q');
    const b = new RandomStreams(9).stream('q');
    const xs = Array.from({ length: 100 }, (_, i) => binomial(i * 7, 0.13, a));
    expect(Array.from({ length: 100 }, (_, i) => binomial(i * 7, 0.13, b))).toEqual(xs);
  });
});
