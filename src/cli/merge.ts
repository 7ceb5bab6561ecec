/**
 * `merge <shard files...> [--out FILE] [--format long|wide|json]`: combines the outputs of
 * `sweep --shard k/n` (every k of one n, in long or JSON format) into the results one
 * machine would have written for the whole sweep, byte for byte. The format defaults to the
 * shards'. Refuses, writing nothing, shards of different sweeps, missing, repeated or
 * incomplete shards.
 */
import { DesignError } from '../experiments/errors';
import { mergeShards } from '../experiments/merge';
import { formatOutput, outputFormats, parseOutput, type OutputFormat } from '../experiments/output';
import { parse } from './options';
import { writeAtomically } from './sweep';
import { readText } from './sweepSetup';
import { UserError } from './userError';

/** Runs the `merge` command; returns the exit code. */
export function mergeCommand(args: string[]): number {
  const { values, positionals } = parse(args, { out: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length === 0) throw new UserError('merge: expected the shard files, for example: merge results-*.csv --out results.csv');
  if (values.format !== undefined && !outputFormats.includes(values.format as OutputFormat)) {
    throw new UserError(`--format: expected one of ${outputFormats.join(', ')}, got "${values.format}"`);
  }
  let text: string;
  try {
    const files = positionals.map((name) => ({ name, ...parseOutput(readText(name, 'shard'), name) }));
    const whole = mergeShards(files);
    text = formatOutput((values.format as OutputFormat | undefined) ?? files[0].format, whole.meta, whole.paths, whole.records);
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeAtomically(values.out, text);
    process.stderr.write(`merge: ${positionals.length} shard(s) → ${values.out}\n`);
  }
  return 0;
}
