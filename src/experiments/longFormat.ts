/**
 * The long format: one CSV row per run, in run order. Columns: run, combination,
 * repetition, seed, each varied path, each KPI (dotted names), error (empty unless the run
 * crashed). Above them, the header's `# key: value` lines. Every number is written exactly,
 * so {@link parseLong} reads back the very records that were written. Pure.
 */
import { parseValue } from '../scenario/paths';
import { cellText, csvLine, splitCsvLine } from './csv';
import { DesignError } from './errors';
import { metaLines, metaPaths, parseMetaLines, type SweepMeta } from './meta';
import { byRun, kpiNames, type RunRecord } from './records';

const FIXED = ['run', 'combination', 'repetition', 'seed'] as const;

/** The long-format text of `records` (any order; written in run order). */
export function formatLong(meta: SweepMeta, paths: readonly string[], records: Iterable<RunRecord>): string {
  const rows = byRun(records);
  const kpis = kpiNames(rows);
  const lines = [...metaLines(meta), csvLine([...FIXED, ...paths, ...kpis, 'error'])];
  for (const r of rows) {
    const cells = [String(r.run), String(r.combination), String(r.repetition), String(r.seed)];
    cells.push(...r.values.map(cellText), ...kpis.map((k) => cellText(r.kpis?.[k])), r.error ?? '');
    lines.push(csvLine(cells));
  }
  return lines.join('\n') + '\n';
}

function whole(text: string, what: string, where: string): number {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < 0) throw new DesignError(`${where}: ${what} "${text}" is not a whole number`);
  return n;
}

/** The header and records of a long-format text; a malformed file is a {@link DesignError}. */
export function parseLong(text: string, name: string): { meta: SweepMeta; paths: string[]; records: RunRecord[] } {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const meta = parseMetaLines(lines.filter((l) => l.startsWith('#')));
  const body = lines.filter((l) => !l.startsWith('#'));
  const paths = metaPaths(meta);
  const split = (line: string, i: number) => {
    try {
      return splitCsvLine(line);
    } catch (e) {
      throw new DesignError(`${name}: row ${i}: ${(e as Error).message}`);
    }
  };
  const columns = body.length ? split(body[0], 0) : [];
  const kpiStart = FIXED.length + paths.length;
  if (columns.slice(0, FIXED.length).join() !== FIXED.join() || columns[columns.length - 1] !== 'error' || columns.length < kpiStart + 1) {
    throw new DesignError(`${name}: not a long-format sweep file (expected columns run, combination, repetition, seed, ${paths.length} parameter(s), KPIs, error)`);
  }
  const kpis = columns.slice(kpiStart, -1);
  const records = body.slice(1).map((line, i) => {
    const cells = split(line, i + 1);
    const where = `${name}: row ${i + 1}`;
    if (cells.length !== columns.length) throw new DesignError(`${where}: expected ${columns.length} cells, got ${cells.length}`);
    const error = cells[cells.length - 1] || null;
    const values: Record<string, number> = {};
    kpis.forEach((k, j) => {
      const cell = cells[kpiStart + j];
      if (cell !== '') values[k] = Number(cell);
    });
    return {
      run: whole(cells[0], 'run', where),
      combination: whole(cells[1], 'combination', where),
      repetition: whole(cells[2], 'repetition', where),
      seed: whole(cells[3], 'seed', where),
      values: cells.slice(FIXED.length, kpiStart).map(parseValue),
      kpis: error === null ? values : null,
      error,
    };
  });
  return { meta, paths, records };
}
