/**
 * What a sweep produces: one record per finished run (its spec, the varied values and the
 * flattened KPIs, or the error that stopped it). Pure.
 */
import type { RunSpec } from './runPlan';

/**
 * A finished run. `values[j]` is the value of the design's path j. `kpis` holds every KPI
 * of the run's report, flattened with dotted names (`leadTimeDays.all.mean`), or is null
 * when the run crashed, in which case `error` says why.
 */
export interface RunRecord extends RunSpec {
  values: unknown[];
  kpis: Record<string, number> | null;
  error: string | null;
}

/** Records sorted by run index (the order every output is written in). */
export function byRun(records: Iterable<RunRecord>): RunRecord[] {
  return [...records].sort((a, b) => a.run - b.run);
}

/**
 * The KPI names of the records, in order of first appearance when the records are read in
 * run order: the same records give the same columns, however they were produced.
 */
export function kpiNames(records: readonly RunRecord[]): string[] {
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.kpis ?? {})) names.add(k);
  return [...names];
}

/** JSON writes NaN as null: a KPI read back from JSON as null was NaN (mutates `record`). */
export function withNaN(record: RunRecord): RunRecord {
  const kpis = record.kpis as Record<string, number | null> | null;
  if (kpis) for (const k of Object.keys(kpis)) if (kpis[k] === null) kpis[k] = NaN;
  return record;
}
