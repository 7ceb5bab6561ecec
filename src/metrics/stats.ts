/** Small descriptive statistics over plain arrays. Pure. */
import { pow } from '../core/fmath';
import { quantilesInPlace } from './select';

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

/** The values in ascending order, as numbers (a typed array's sort: numeric, without a comparator to call). */
function ascending(xs: readonly number[]): Float64Array {
  return Float64Array.from(xs).sort();
}

/** The q-quantile (0 ≤ q ≤ 1) of values already in ascending order, by linear interpolation between order statistics. */
function quantileOfSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics. */
export function quantile(xs: readonly number[], q: number): number {
  return quantileOfSorted(ascending(xs), q);
}

/** Mean, median and 90th percentile (the values sorted once). */
export function summary(xs: readonly number[]): { mean: number; p50: number; p90: number; n: number } {
  const sorted = ascending(xs);
  return { mean: mean(xs), p50: quantileOfSorted(sorted, 0.5), p90: quantileOfSorted(sorted, 0.9), n: xs.length };
}

/** How many of `xs` satisfy `pred` (one pass, no list built). */
export function count<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (pred(xs[i])) n++;
  return n;
}

/** The sum of `f` over `xs` (0 for none). */
export function sumOf<T>(xs: readonly T[], f: (x: T) => number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += f(xs[i]);
  return s;
}

/** The mean of `f` over `xs` (0 for none), without the list of values. */
export function meanOf<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.length === 0 ? 0 : sumOf(xs, f) / xs.length;
}

/** {@link summary} of `f` over `xs`: the values written once into a typed array, the quantiles selected there (select.ts), not sorted. */
export function summaryOf<T>(xs: readonly T[], f: (x: T) => number): { mean: number; p50: number; p90: number; n: number } {
  const values = new Float64Array(xs.length);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += values[i] = f(xs[i]);
  const [p50, p90] = quantilesInPlace(values, [0.5, 0.9]);
  return { mean: xs.length ? s / xs.length : 0, p50, p90, n: xs.length };
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
