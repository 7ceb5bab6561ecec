import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/experiments/paired';

describe('paired differences', () => {
  it('gives the mean difference and its 95 % Student-t interval', () => {
    // differences 1, 2, 3: mean 2, sd 1, t(0.975, 2) = 4.3027 → half-width 4.3027 / √3 = 2.4841
    const d = pairedDifference([10, 10, 10], [11, 12, 13]);
    expect(d.mean).toBe(2);
    expect(d.n).toBe(3);
    expect(d.low).toBeCloseTo(2 - 2.4841, 3);
    expect(d.high).toBeCloseTo(2 + 2.4841, 3);
  });

  it('pairs run by run: a shift common to both entrants cancels', () => {
    const d = pairedDifference([1, 50, 100], [2, 51, 101]);
    expect(d).toMatchObject({ mean: 1, low: 1, high: 1 });
  });

  it('refuses series of different lengths', () => {
    expect(() => pairedDifference([1], [1, 2])).toThrow('1 runs against 2');
  });
});
