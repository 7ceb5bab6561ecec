/**
 * Summaries of a sweep by combination: for each KPI the number of runs, mean, sample
 * standard deviation and 95 % confidence interval of the mean with Student's t
 * (mean ± t(0.975, n − 1) · sd / √n). Crashed runs count as failed and add no value. Sums
 * run in run order, so the same records give the same bits. Pure.
 */
import { mean, sd } from '../metrics/stats';
import { byRun, kpiNames, type RunRecord } from './records';
import { studentTQuantile } from './studentT';

/** One KPI over one combination's runs. sd and the interval are null below two runs. */
export interface KpiSummary {
  n: number;
  mean: number | null;
  sd: number | null;
  ci95Low: number | null;
  ci95High: number | null;
}

/** One combination: its values, its finished and failed runs, and each KPI's summary. */
export interface CombinationSummary {
  combination: number;
  values: unknown[];
  runs: number;
  failed: number;
  kpis: Record<string, KpiSummary>;
}

/** Mean, sd and 95 % confidence interval of `xs` (see the file comment). */
export function summarise(xs: readonly number[]): KpiSummary {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, ci95Low: null, ci95High: null };
  const m = mean(xs);
  if (n === 1) return { n, mean: m, sd: null, ci95Low: null, ci95High: null };
  const s = sd(xs);
  const half = (studentTQuantile(0.975, n - 1) * s) / Math.sqrt(n);
  return { n, mean: m, sd: s, ci95Low: m - half, ci95High: m + half };
}

/**
 * One summary per combination that has at least one record, by combination index; KPIs in
 * the order of {@link kpiNames}.
 */
export function summariseByCombination(records: readonly RunRecord[]): CombinationSummary[] {
  const sorted = byRun(records);
  const names = kpiNames(sorted);
  const groups = new Map<number, RunRecord[]>();
  for (const r of sorted) {
    const g = groups.get(r.combination);
    if (g) g.push(r);
    else groups.set(r.combination, [r]);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((combination) => {
      const group = groups.get(combination)!;
      const ok = group.filter((r) => r.kpis);
      const kpis: Record<string, KpiSummary> = {};
      for (const k of names) kpis[k] = summarise(ok.map((r) => r.kpis![k]).filter((x): x is number => typeof x === 'number'));
      return { combination, values: group[0].values, runs: ok.length, failed: group.length - ok.length, kpis };
    });
}
