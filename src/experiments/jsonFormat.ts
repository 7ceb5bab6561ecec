/**
 * The JSON format: `{ meta, parameters, runs, summary }`, with one run and one
 * combination summary a line so the file stays readable and diffable. `runs` holds every
 * run as in the long format (values by path, flattened KPIs, error when it crashed);
 * `summary` holds the wide format's statistics. {@link parseJsonOutput} reads the runs back
 * exactly. Pure.
 */
import { summariseByCombination } from './aggregate';
import { DesignError } from './errors';
import { metaObject, type SweepMeta } from './meta';
import { byRun, kpiNames, withNaN, type RunRecord } from './records';
import { shownStatistic, STATISTICS } from './wideFormat';

function byPath(paths: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(paths.map((p, j) => [p, values[j]]));
}

function list(items: string[]): string {
  return items.length ? `[\n    ${items.join(',\n    ')}\n  ]` : '[]';
}

/** The JSON text of `records` (any order; runs written in run order). */
export function formatJsonOutput(meta: SweepMeta, paths: readonly string[], records: Iterable<RunRecord>): string {
  const rows = byRun(records);
  const kpis = kpiNames(rows);
  const runs = rows.map((r) =>
    JSON.stringify({ run: r.run, combination: r.combination, repetition: r.repetition, seed: r.seed, values: byPath(paths, r.values), kpis: r.kpis, ...(r.error === null ? {} : { error: r.error }) }),
  );
  const summary = summariseByCombination(rows).map((c) => {
    const stats = Object.fromEntries(kpis.map((k) => [k, Object.fromEntries(STATISTICS.map((s) => [s, shownStatistic(c.kpis[k][s])]))]));
    return JSON.stringify({ combination: c.combination, values: byPath(paths, c.values), runs: c.runs, failed: c.failed, kpis: stats });
  });
  return `{\n  "meta": ${JSON.stringify(metaObject(meta))},\n  "parameters": ${JSON.stringify(paths)},\n  "runs": ${list(runs)},\n  "summary": ${list(summary)}\n}\n`;
}

interface JsonRun {
  run: number;
  combination: number;
  repetition: number;
  seed: number;
  values: Record<string, unknown>;
  kpis: Record<string, number> | null;
  error?: string;
}

/** The header and records of a JSON-format text; a malformed file is a {@link DesignError}. */
export function parseJsonOutput(text: string, name: string): { meta: SweepMeta; paths: string[]; records: RunRecord[] } {
  let data: { meta?: Record<string, string>; parameters?: string[]; runs?: JsonRun[] };
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DesignError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data.meta !== 'object' || !Array.isArray(data.parameters) || !Array.isArray(data.runs)) {
    throw new DesignError(`${name}: not a JSON sweep file (expected meta, parameters and runs)`);
  }
  const paths = data.parameters;
  const records = data.runs.map((r) =>
    withNaN({ run: r.run, combination: r.combination, repetition: r.repetition, seed: r.seed, values: paths.map((p) => r.values?.[p]), kpis: r.kpis ?? null, error: r.error ?? null }),
  );
  return { meta: Object.entries(data.meta), paths, records };
}
