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

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics (selected, select.ts). */
export function quantile(xs: readonly number[], q: number): number {
  return quantiles(xs, [q])[0];
}

/** The q-quantiles of `xs` for `qs` in ascending order, the values copied once (`xs` is left as it is). */
export function quantiles(xs: readonly number[], qs: readonly number[]): number[] {
  return quantilesInPlace(Float64Array.from(xs), qs);
}

/** Mean, median and 90th percentile. */
export function summary(xs: readonly number[]): { mean: number; p50: number; p90: number; n: number } {
  return summaryBy(xs, (x) => x);
}

/** How many of `xs` satisfy `pred` (one pass, no list built). */
export function count<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (pred(xs[i])) n++;
  return n;
}

/** The sum of `f` over `xs` (0 for none). */
export function sumBy<T>(xs: readonly T[], f: (x: T) => number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += f(xs[i]);
  return s;
}

/** The mean of `f` over `xs` (0 for none), without the list of values. */
export function meanBy<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.length === 0 ? 0 : sumBy(xs, f) / xs.length;
}

/** Mean, median and 90th percentile of `f` over `xs`: the values written once into a typed array, summarised there ({@link summaryOf}). */
export function summaryBy<T>(xs: readonly T[], f: (x: T) => number): { mean: number; p50: number; p90: number; n: number } {
  const values = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) values[i] = f(xs[i]);
  return summaryOf(values);
}

/** Mean (summed in the array's order), median and 90th percentile of `values`, the quantiles selected in place (select.ts), not sorted: reorders `values`. */
export function summaryOf(values: Float64Array): { mean: number; p50: number; p90: number; n: number } {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  const [p50, p90] = quantilesInPlace(values, [0.5, 0.9]);
  return { mean: values.length ? s / values.length : 0, p50, p90, n: values.length };
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
