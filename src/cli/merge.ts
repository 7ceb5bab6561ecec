/**
 * `merge <shard files...> [--out FILE] [--format long|wide|json]`: combines the outputs of
 * `sweep --shard k/n` (every k of one n, in long or JSON format) into the results one
 * machine would have written for the whole sweep, byte for byte. The format defaults to the
 * shards'. Refuses, writing nothing, shards of different sweeps, missing, repeated or
 * incomplete shards.
 */
import { DesignError } from '../experiments/errors';
import { mergeShards } from '../experiments/merge';
import { formatOutput, outputFormats, parseOutput } from '../experiments/output';
import { oneOf, parse } from './options';
import { checkOutputPath, writeFileAtomic } from './outputs';
import { readTextFile } from './textFile';
import { UserError } from './userError';

/** The most bytes read from one shard (512 MiB, about the longest string JavaScript holds). */
const MAX_SHARD_BYTES = 512 * 1024 * 1024;

/** Runs the `merge` command; returns the exit code. */
export function mergeCommand(args: string[]): number {
  const { values, positionals } = parse(args, { out: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length === 0) throw new UserError('merge: expected the shard files, for example: merge results-*.csv --out results.csv');
  const format = values.format === undefined ? undefined : oneOf('format', values.format, outputFormats, 'long');
  if (values.out !== undefined) checkOutputPath(values.out, '--out');
  let text: string;
  try {
    const files = positionals.map((name) => ({ name, ...parseOutput(readTextFile(name, 'shard', MAX_SHARD_BYTES), name) }));
    const whole = mergeShards(files);
    text = formatOutput(format ?? files[0].format, whole.meta, whole.paths, whole.records);
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileAtomic(values.out, text);
    process.stderr.write(`merge: ${positionals.length} shard(s) → ${values.out}\n`);
  }
  return 0;
}
