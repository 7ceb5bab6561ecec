import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisDesign, morrisIndices, morrisTrajectories } from '../../src/experiments/morris';

describe('Morris elementary effects', () => {
  it('builds trajectories on the p-level grid: each step moves one factor by ±Δ, each factor once', () => {
    const k = 4;
    const points = morrisTrajectories(k, 12, 4, 7);
    expect(points).toHaveLength(12 * (k + 1));
    const delta = morrisDelta(4);
    expect(delta).toBeCloseTo(2 / 3, 15);
    for (const p of points) for (const v of p) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1 + 1e-12);
      expect(Math.abs(v * 3 - Math.round(v * 3))).toBeLessThan(1e-9);
    }
    for (let t = 0; t < points.length; t += k + 1) {
      const moved: number[] = [];
      for (let m = 1; m <= k; m++) {
        const changed = points[t + m].map((v, j) => v - points[t + m - 1][j]).map((d, j) => [d, j]).filter(([d]) => d !== 0);
        expect(changed).toHaveLength(1);
        expect(Math.abs(changed[0][0])).toBeCloseTo(delta, 12);
        moved.push(changed[0][1]);
      }
      expect(moved.sort()).toEqual([0, 1, 2, 3]);
    }
    expect(morrisTrajectories(k, 12, 4, 7)).toEqual(points);
    expect(morrisTrajectories(k, 12, 4, 8)).not.toEqual(points);
  });

  it('gives the known effects of an analytic function: linear, none, quadratic, interaction', () => {
    // y = 3 x1 + 0 x2 + x3² + 5 x3 x4 on x1 ∈ [0, 2], x2 ∈ [10, 20], x3, x4 ∈ [0, 1].
    const bounds = [{ path: 'x1', min: 0, max: 2 }, { path: 'x2', min: 10, max: 20 }, { path: 'x3', min: 0, max: 1 }, { path: 'x4', min: 0, max: 1 }];
    const design = morrisDesign(bounds, 40, 4, 3);
    const f = ([x1, , x3, x4]: number[]) => 3 * x1 + x3 * x3 + 5 * x3 * x4;
    const y = design.combinations.map((c) => f(c as number[]));
    const [a, b, c, d] = morrisIndices(design.combinations as number[][], y, bounds);
    // x1: every effect is 3 per unit × a range of 2 = 6, exactly; no spread.
    expect(a.mu).toBeCloseTo(6, 10);
    expect(a.muStar).toBeCloseTo(6, 10);
    expect(a.sigma).toBeCloseTo(0, 10);
    expect(a.n).toBe(40);
    // x2: no effect.
    expect([b.mu, b.muStar, b.sigma]).toEqual([0, 0, 0]);
    // x3: ((x+Δ)² − x²)/Δ + 5 x4 = 2x + Δ + 5 x4 with x ∈ {0, 1/3}, x4 ∈ {0, 1/3, 2/3, 1}: between 2/3 and 4/3 + 5.
    expect(c.muStar).toBeGreaterThan(2 / 3);
    expect(c.muStar).toBeLessThan(4 / 3 + 5);
    expect(c.sigma).toBeGreaterThan(0.5);
    // x4: 5 x3 with x3 ∈ {0, 1/3, 2/3, 1}; μ = μ* (never negative), σ > 0 from the interaction.
    expect(d.mu).toBeCloseTo(d.muStar, 12);
    expect(d.muStar).toBeGreaterThan(0.5);
    expect(d.sigma).toBeGreaterThan(0.5);
    // ranking by μ*: x1 first, x2 last.
    const order = [a, b, c, d].map((x, j) => [x.muStar, j]).sort((p, q) => q[0] - p[0]).map(([, j]) => j);
    expect(order[0]).toBe(0);
    expect(order[3]).toBe(1);
  });

  it('leaves out effects with a NaN output, and refuses an odd number of levels', () => {
    const bounds = [{ path: 'a', min: 0, max: 1 }, { path: 'b', min: 0, max: 1 }];
    const design = morrisDesign(bounds, 5, 4, 1);
    const y = design.combinations.map((c, i) => (i === 1 ? NaN : (c as number[])[0]));
    const [a, b] = morrisIndices(design.combinations as number[][], y, bounds);
    expect(a.n + b.n).toBe(8);
    expect(a.muStar).toBeCloseTo(1, 12);
    expect(() => morrisTrajectories(2, 5, 5, 1)).toThrow(/even whole number/);
  });
});
