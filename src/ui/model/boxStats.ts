/**
 * What a box plot of a study draws, by combination: for one figure, the runs' values and
 * their five numbers (minimum, first quartile, median, third quartile, maximum; quartiles by
 * linear interpolation between order statistics, as src/metrics/stats.ts computes them),
 * the mean, and how many runs had no value (crashed, or a figure with nothing to measure: a
 * lead time or on-time rate of a run that delivered nothing in its window).
 * Whiskers go to the minimum and maximum: with a few seeds every run counts. Pure.
 */
import { flatKpiValue } from '../../metrics/calibration';
import { mean, quantiles } from '../../metrics/stats';
import type { RunRecord } from '../../experiments/records';

/** The five numbers and the mean of `values` (all null when there is none). */
export interface BoxStats {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/** One box: a combination, its values of the figure in run order, and their summary. */
export interface StudyBox {
  combination: number;
  values: number[];
  /** Runs of the combination without a value (crashed or nothing measured). */
  missing: number;
  stats: BoxStats;
}

/** Figures measured over the deliveries of the window. */
const OVER_DELIVERIES = /^(leadTimeDays|onTimeRate|meanLatenessDays)/;

/** The summary of `xs` (see the file comment). */
export function boxStats(xs: readonly number[]): BoxStats {
  if (xs.length === 0) return { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
  const [q1, median, q3] = quantiles(xs, [0.25, 0.5, 0.75]);
  return { n: xs.length, min: Math.min(...xs), q1, median, q3, max: Math.max(...xs), mean: mean(xs) };
}

/** A run's value of `kpi` (a flattened KPI name, or `ordersPerWeek` over `days`), null when it has none. */
export function runValue(record: RunRecord, kpi: string, days: number): number | null {
  if (!record.kpis) return null;
  // the metrics write 0 for a lead time or an on-time rate over no delivery: that is no value
  if (record.kpis.ordersDelivered === 0 && OVER_DELIVERIES.test(kpi)) return null;
  if (kpi !== 'ordersPerWeek' && !(kpi in record.kpis)) return null;
  const v = flatKpiValue(record.kpis, kpi, days);
  return Number.isFinite(v) ? v : null;
}

/** One box per combination 0 … `combinations` − 1 (empty ones too), values in run order. */
export function studyBoxes(records: readonly RunRecord[], combinations: number, kpi: string, days: number): StudyBox[] {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  return Array.from({ length: combinations }, (_, combination) => {
    const mine = sorted.filter((r) => r.combination === combination);
    const values = mine.map((r) => runValue(r, kpi, days)).filter((v): v is number => v !== null);
    return { combination, values, missing: mine.length - values.length, stats: boxStats(values) };
  });
}

/**
 * The range every box of `boxes` fits in, widened a little (a flat range becomes ±1, or ±5 %
 * of the value), never past `limit` (a share stays within 0 and 1) when the values are within it.
 */
export function valueRange(boxes: readonly StudyBox[], limit: { lo: number; hi: number } = { lo: -Infinity, hi: Infinity }): { lo: number; hi: number } | null {
  const r = paddedRange(boxes);
  if (!r) return null;
  const all = boxes.flatMap((b) => b.values);
  return { lo: Math.min(...all) < limit.lo ? r.lo : Math.max(r.lo, limit.lo), hi: Math.max(...all) > limit.hi ? r.hi : Math.min(r.hi, limit.hi) };
}

function paddedRange(boxes: readonly StudyBox[]): { lo: number; hi: number } | null {
  const all = boxes.flatMap((b) => b.values);
  if (all.length === 0) return null;
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    return { lo: lo - pad, hi: hi + pad };
  }
  const pad = (hi - lo) * 0.05;
  // a figure that cannot be negative (all of them but none below zero here) keeps its axis at 0
  return { lo: lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi: hi + pad };
}

/** About `count` round tick values within [lo, hi], a step of 1, 2 or 5 times a power of ten apart (the one nearest (hi − lo) / count). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10].map((m) => m * power);
  const step = steps.reduce((best, s) => (Math.abs(Math.log(s / raw)) < Math.abs(Math.log(best / raw)) ? s : best));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}
