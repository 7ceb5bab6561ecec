/**
 * Latin hypercube sampling: N points over a box of intervals such that, on every
 * dimension, each of the N equal strata of the interval holds exactly one point. Seeded, so
 * the same seed gives the same points, in Node and in the browser. Pure.
 */
import seedrandom from 'seedrandom';
import type { Design } from './design';
import { DesignError } from './errors';

/** A dimension of the box: a parameter path and its interval [min, max). */
export interface Interval {
  path: string;
  min: number;
  max: number;
}

/**
 * N points: for each dimension, a random permutation assigns strata to points, and each
 * point is drawn uniformly inside its stratum. Dimensions use independent streams named
 * `lhs/<seed>/<path>`, so adding a dimension leaves the others' columns unchanged.
 */
export function latinHypercube(intervals: readonly Interval[], n: number, seed: number): Design {
  if (!Number.isInteger(n) || n < 1) throw new DesignError(`--lhs: expected a whole number of points ≥ 1, got ${n}`);
  if (intervals.length === 0) throw new DesignError('--lhs: give the intervals to sample with --vary path=min:max');
  const columns = intervals.map(({ path, min, max }) => {
    const random = seedrandom.alea(`lhs/${seed}/${path}`);
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    const width = (max - min) / n;
    return strata.map((s) => min + (s + random()) * width);
  });
  const combinations = Array.from({ length: n }, (_, i) => columns.map((col) => col[i]));
  return { kind: 'lhs', paths: intervals.map((d) => d.path), combinations };
}
