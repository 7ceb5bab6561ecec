import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latinHypercube } from '../../src/experiments/lhs';

const box = [
  { path: 'lanceur.quantityMargin', min: 0, max: 0.4 },
  { path: 'lanceur.capacityReserve.share', min: 0.1, max: 0.5 },
  { path: 'commercial.urgentCycleDays', min: 5, max: 30 },
];

function strataOf(values: number[], min: number, max: number): number[] {
  return values.map((v) => Math.floor(((v - min) / (max - min)) * values.length));
}

describe('Latin hypercube sampling', () => {
  it('puts exactly one of N points in each of the N strata of every dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, seed) => {
        const d = latinHypercube(box, n, seed);
        expect(d.combinations).toHaveLength(n);
        box.forEach(({ min, max }, j) => {
          const column = d.combinations.map((c) => c[j] as number);
          for (const v of column) expect(v >= min && v < max).toBe(true);
          expect([...strataOf(column, min, max)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        });
      }),
      { numRuns: 50 },
    );
  });

  it('is the same for the same seed and differs for another', () => {
    expect(latinHypercube(box, 10, 7)).toEqual(latinHypercube(box, 10, 7));
    expect(latinHypercube(box, 10, 8).combinations).not.toEqual(latinHypercube(box, 10, 7).combinations);
  });

  it("keeps a dimension's column when another dimension is added", () => {
    const one = latinHypercube(box.slice(0, 1), 12, 3);
    const three = latinHypercube(box, 12, 3);
    expect(three.combinations.map((c) => c[0])).toEqual(one.combinations.map((c) => c[0]));
  });

  it('refuses zero points or no interval', () => {
    expect(() => latinHypercube(box, 0, 1)).toThrow(/--lhs/);
    expect(() => latinHypercube([], 5, 1)).toThrow(/--vary path=min:max/);
  });
});
