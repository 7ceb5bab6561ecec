/**
 * The wide format: one CSV row per combination that has runs. Columns: combination, each
 * varied path, runs (finished), failed, then for each KPI its `.mean`, `.sd`, `.ci95Low`
 * and `.ci95High` (6 significant digits; empty when there are too few runs). Above them,
 * the header's `# key: value` lines. Pure.
 */
import { cellText, csvLine } from './csv';
import { summariseByCombination } from './aggregate';
import { metaLines, type SweepMeta } from './meta';
import { byRun, kpiNames, type RunRecord } from './records';

/** A summary number as written: 6 significant digits, empty for null. */
export function shownStatistic(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(6));
}

/** Statistics written for each KPI, in column order. */
export const STATISTICS = ['mean', 'sd', 'ci95Low', 'ci95High'] as const;

/** The wide-format text of `records` (any order). */
export function formatWide(meta: SweepMeta, paths: readonly string[], records: Iterable<RunRecord>): string {
  const rows = byRun(records);
  const kpis = kpiNames(rows);
  const head = ['combination', ...paths, 'runs', 'failed', ...kpis.flatMap((k) => STATISTICS.map((s) => `${k}.${s}`))];
  const lines = [...metaLines(meta), csvLine(head)];
  for (const c of summariseByCombination(rows)) {
    const cells = [String(c.combination), ...c.values.map(cellText), String(c.runs), String(c.failed)];
    for (const k of kpis) for (const s of STATISTICS) cells.push(cellText(shownStatistic(c.kpis[k][s])));
    lines.push(csvLine(cells));
  }
  return lines.join('\n') + '\n';
}
