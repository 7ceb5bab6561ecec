/**
 * Morris's elementary effects (Morris 1991; μ* of Campolongo, Cariboni & Saltelli 2007), as
 * SALib computes them. A p-level grid on the unit box, Δ = p / (2(p − 1)); a trajectory
 * starts at a random grid point x* (each coordinate in {0, 1/(p−1), …, 1 − Δ}) and moves
 * each factor once by ±Δ, in a random order: k + 1 points for k factors, the matrix
 * B* = (J x* + Δ/2 ((2B − J) D* + J)) P* of Morris's paper. The elementary effect of the
 * factor moved between two points is (y′ − y) / (x′ − x) on the unit scale (so per full
 * range of the factor); over R trajectories μ is their mean, μ* the mean of their absolute
 * values, σ their sample standard deviation (n − 1). Seeded, so the same seed gives the same
 * points in Node and the browser. Pure.
 */
import seedrandom from 'seedrandom';
import type { Design } from './design';
import { DesignError } from './errors';
import type { Interval } from './lhs';

/** Δ, the jump of a p-level grid, on the unit scale. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/**
 * R trajectories of k + 1 points in [0, 1]^k, one after another (point m of trajectory t is
 * row t(k + 1) + m). `levels` must be even and ≥ 2; the stream is `morris/<seed>`.
 */
export function morrisTrajectories(k: number, trajectories: number, levels: number, seed: number): number[][] {
  if (!Number.isInteger(levels) || levels < 2 || levels % 2) throw new DesignError(`--levels: expected an even whole number ≥ 2 (Morris's grid), got ${levels}`);
  if (!Number.isInteger(trajectories) || trajectories < 1) throw new DesignError(`--trajectories: expected a whole number ≥ 1, got ${trajectories}`);
  if (k < 1) throw new DesignError('morris: give the factors and their intervals with --param path=lo:hi');
  const random = seedrandom.alea(`morris/${seed}`);
  const delta = morrisDelta(levels);
  const points: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const start = Array.from({ length: k }, () => Math.floor(random() * (levels / 2)) / (levels - 1));
    const up = Array.from({ length: k }, () => random() < 0.5);
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let x = start.map((v, j) => (up[j] ? v : v + delta));
    points.push(x);
    for (const j of order) {
      x = [...x];
      x[j] += up[j] ? delta : -delta;
      points.push(x);
    }
  }
  return points;
}

/** The Morris design over `intervals`: the trajectories' points scaled into each [min, max]. */
export function morrisDesign(intervals: readonly Interval[], trajectories: number, levels: number, seed: number): Design {
  if (intervals.length === 0) throw new DesignError('--morris: give the intervals with --vary path=min:max');
  const unit = morrisTrajectories(intervals.length, trajectories, levels, seed);
  const combinations = unit.map((u) => u.map((v, j) => intervals[j].min + v * (intervals[j].max - intervals[j].min)));
  return { kind: 'morris', paths: intervals.map((i) => i.path), combinations };
}

/** One factor's statistics: μ, μ*, σ over its n finite elementary effects. */
export interface MorrisIndex {
  mu: number;
  muStar: number;
  sigma: number;
  n: number;
}

/**
 * The indices of each of the k factors from a trajectory design's points (unit or scaled
 * values, k + 1 rows a trajectory, as {@link morrisTrajectories} gives) and the output `y` at each
 * point. Effects with a non-finite output are left out (n counts those kept).
 */
export function morrisIndices(points: readonly (readonly number[])[], y: readonly number[], bounds: readonly { min: number; max: number }[]): MorrisIndex[] {
  const k = bounds.length;
  if (points.length % (k + 1) || points.length !== y.length) throw new Error(`morris: ${points.length} points and ${y.length} outputs for trajectories of ${k + 1} points`);
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (let t = 0; t < points.length; t += k + 1) {
    for (let m = 1; m <= k; m++) {
      const a = points[t + m - 1];
      const b = points[t + m];
      const j = a.findIndex((v, i) => v !== b[i]);
      const step = (b[j] - a[j]) / (bounds[j].max - bounds[j].min);
      const ee = (y[t + m] - y[t + m - 1]) / step;
      if (Number.isFinite(ee)) effects[j].push(ee);
    }
  }
  return effects.map((e) => {
    const n = e.length;
    const mu = n ? e.reduce((s, v) => s + v, 0) / n : NaN;
    const muStar = n ? e.reduce((s, v) => s + Math.abs(v), 0) / n : NaN;
    const sigma = n > 1 ? Math.sqrt(e.reduce((s, v) => s + (v - mu) ** 2, 0) / (n - 1)) : NaN;
    return { mu, muStar, sigma, n };
  });
}
