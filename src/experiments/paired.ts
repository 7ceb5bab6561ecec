/**
 * Paired differences over common random numbers: entrant B's figure minus entrant A's, run by
 * run (same scenario, same seed), with a 95 % Student-t interval of the mean difference. Pure.
 */
import { mean, sd } from '../metrics/stats';
import { studentTQuantile } from './studentT';

/** The mean of paired differences `b[i] − a[i]` and its 95 % interval (NaN half-width for one pair). */
export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/** Paired differences of `b` against `a` (same length, same runs in the same order). */
export function pairedDifference(a: readonly number[], b: readonly number[]): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired difference: ${a.length} runs against ${b.length}`);
  const d = b.map((x, i) => x - a[i]);
  const m = mean(d);
  const half = d.length > 1 ? studentTQuantile(0.975, d.length - 1) * (sd(d) / Math.sqrt(d.length)) : NaN;
  return { mean: m, low: m - half, high: m + half, n: d.length };
}
