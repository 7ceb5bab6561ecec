/**
 * A sweep's results as text in the chosen format, and back: the one place that knows the
 * three formats by name. Pure.
 */
import { DesignError } from './errors';
import { formatJsonOutput, parseJsonOutput } from './jsonFormat';
import { formatLong, parseLong } from './longFormat';
import { parseMetaLines, type SweepMeta } from './meta';
import type { RunRecord } from './records';
import { formatWide } from './wideFormat';

/** long: a row per run; wide: a row per combination (mean, sd, 95 % CI); json: both. */
export type OutputFormat = 'long' | 'wide' | 'json';

/** The formats by name, for the CLI. */
export const outputFormats: readonly OutputFormat[] = ['long', 'wide', 'json'];

/** The text of `records` in `format`. Same records ⇒ same bytes, whatever their order. */
export function formatOutput(format: OutputFormat, meta: SweepMeta, paths: readonly string[], records: Iterable<RunRecord>): string {
  if (format === 'long') return formatLong(meta, paths, records);
  if (format === 'wide') return formatWide(meta, paths, records);
  return formatJsonOutput(meta, paths, records);
}

/** A results file read back: its format, header and runs. The wide format holds no runs and is refused. */
export function parseOutput(text: string, name: string): { format: OutputFormat; meta: SweepMeta; paths: string[]; records: RunRecord[] } {
  if (text.trimStart().startsWith('{')) return { format: 'json', ...parseJsonOutput(text, name) };
  const columns = text.split('\n').find((l) => !l.startsWith('#')) ?? '';
  if (columns.startsWith('combination,') || columns === 'combination') {
    throw new DesignError(`${name}: a wide-format file holds summaries, not runs; write the sweep (or its shards) with --format long or json`);
  }
  return { format: 'long', ...parseLong(text, name) };
}

/** Only the header of a results file in any format (a file that is not one gives []). */
export function parseOutputMeta(text: string): SweepMeta {
  if (!text.trimStart().startsWith('{')) return parseMetaLines(text.split('\n').filter((l) => l.startsWith('#')));
  try {
    return Object.entries((JSON.parse(text) as { meta?: Record<string, string> }).meta ?? {});
  } catch {
    return [];
  }
}
