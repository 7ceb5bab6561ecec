import { describe, expect, it } from 'vitest';
import { summarise, summariseByCombination } from '../../src/experiments/aggregate';
import { studentTCdf, studentTQuantile } from '../../src/experiments/studentT';
import type { RunRecord } from '../../src/experiments/records';

describe("Student's t", () => {
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [4, 2.776445],
    [9, 2.262157],
    [29, 2.045230],
    [120, 1.979930],
    [1e6, 1.959966],
  ])('t(0.975, %d) = %f as in the tables', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 5);
  });

  it('its CDF is symmetric and inverts the quantile', () => {
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(-2, 7) + studentTCdf(2, 7)).toBeCloseTo(1, 12);
    expect(studentTCdf(studentTQuantile(0.9, 3), 3)).toBeCloseTo(0.9, 10);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.262157, 5);
  });
});

describe('confidence intervals', () => {
  it('match a case computed by hand', () => {
    // xs = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sd = √(32/7) = 2.138090;
    // half-width = t(0.975, 7) · sd / √8 = 2.364624 × 0.755929 = 1.787489.
    const s = summarise([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(2.138090, 6);
    expect(s.ci95Low).toBeCloseTo(5 - 1.787489, 5);
    expect(s.ci95High).toBeCloseTo(5 + 1.787489, 5);
  });

  it('has no spread below two values', () => {
    expect(summarise([3])).toEqual({ n: 1, mean: 3, sd: null, ci95Low: null, ci95High: null });
    expect(summarise([])).toEqual({ n: 0, mean: null, sd: null, ci95Low: null, ci95High: null });
  });

  it('groups runs by combination and leaves crashed runs out of the statistics', () => {
    const rec = (run: number, combination: number, x: number | null): RunRecord => ({
      run, combination, repetition: Math.floor(run / 2), seed: run, values: [combination],
      kpis: x === null ? null : { onTimeRate: x }, error: x === null ? 'boom' : null,
    });
    const s = summariseByCombination([rec(3, 1, 0.6), rec(0, 0, 0.5), rec(1, 1, 0.8), rec(2, 0, null), rec(4, 0, 0.7)]);
    expect(s.map((c) => [c.combination, c.runs, c.failed])).toEqual([[0, 2, 1], [1, 2, 0]]);
    expect(s[0].kpis.onTimeRate.mean).toBeCloseTo(0.6, 12);
    expect(s[1].kpis.onTimeRate.mean).toBeCloseTo(0.7, 12);
  });
});
