/** Small descriptive statistics over plain arrays. Pure. */
import { pow } from '../core/fmath';

/** Arithmetic mean (0 for an empty array). */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample standard deviation (0 below two values). */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / (xs.length - 1));
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Mean, median and 90th percentile. */
export function summary(xs: readonly number[]): { mean: number; p50: number; p90: number; n: number } {
  return { mean: mean(xs), p50: quantile(xs, 0.5), p90: quantile(xs, 0.9), n: xs.length };
}

/** Share of `part` in `whole` (0 when whole is 0). */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** Rounds to `digits` decimals, for reports (keeps the JSON readable and stable). */
export function round(x: number, digits = 4): number {
  const f = pow(10, digits);
  return Math.round(x * f) / f;
}
