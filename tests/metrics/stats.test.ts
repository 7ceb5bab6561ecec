import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { count, mean, meanBy, quantile, sumBy, summary, summaryBy } from '../../src/metrics/stats';

/** The definition: sort with a comparator, interpolate between the order statistics around (n − 1) q. */
function reference(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** The summary by the definition: the mean in the values' order, quantiles of the comparator-sorted values. */
function sortedSummary(xs: number[]): { mean: number; p50: number; p90: number; n: number } {
  return { mean: mean(xs), p50: xs.length ? reference(xs, 0.5) : 0, p90: xs.length ? reference(xs, 0.9) : 0, n: xs.length };
}

describe('quantiles', () => {
  it('equal the comparator-sorted definition on any finite values, duplicates and signs included', () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: -5, max: 5 })), { maxLength: 60 });
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        expect(Object.is(quantile(xs, q), reference(xs, q)) || quantile(xs, q) === reference(xs, q)).toBe(true);
        const s = summary(xs);
        expect([s.p50, s.p90, s.n]).toEqual([reference(xs, 0.5), reference(xs, 0.9), xs.length]);
      }),
      { numRuns: 2000 },
    );
  });

  it('interpolate between order statistics, and leave the input as it was', () => {
    const xs = [10, 1, 4, 3];
    expect(quantile(xs, 0.5)).toBe(3.5);
    expect(quantile(xs, 0.9)).toBeCloseTo(8.2, 12);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(10);
    expect(xs).toEqual([10, 1, 4, 3]);
    expect(quantile([], 0.5)).toBe(0);
    expect(summary([2, 2, 9])).toMatchObject({ p50: 2, n: 3 });
    expect(summary([2, 2, 9]).p90).toBeCloseTo(7.6, 12);
  });
});

describe('figures over a list read once', () => {
  it('equal filtering, mapping and summing first, to the last bit', () => {
    const items = fc.array(fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), keep: fc.boolean() }), { maxLength: 60 });
    fc.assert(
      fc.property(items, (xs) => {
        const values = xs.map((o) => o.x);
        expect(count(xs, (o) => o.keep)).toBe(xs.filter((o) => o.keep).length);
        expect(sumBy(xs, (o) => o.x)).toBe(values.reduce((a, x) => a + x, 0));
        expect(meanBy(xs, (o) => o.x)).toBe(mean(values));
        expect(summaryBy(xs, (o) => o.x)).toEqual(sortedSummary(values));
      }),
      { numRuns: 500 },
    );
  });
});

describe('quantiles selected without sorting', () => {
  it('equal the sorted quantiles on long lists: random, duplicates, sorted, reversed, all equal, signed zeros', () => {
    const long = fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e3, max: 1e3 }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0)), { minLength: 1, maxLength: 3000 });
    fc.assert(
      fc.property(long, (xs) => {
        const shapes = [xs, [...xs].sort((a, b) => a - b), [...xs].sort((a, b) => b - a), xs.map(() => xs[0])];
        for (const ys of shapes) expect(summaryBy(ys, (y) => y)).toEqual(sortedSummary(ys));
      }),
      { numRuns: 200 },
    );
  });
});
