/**
 * Parsing the CLI's flags with Node's util.parseArgs, turning its errors and bad numbers
 * into {@link UserError}s that say which flag and what was expected. A value is echoed
 * through showValue: at most its first 60 characters and its length.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clipText, showValue, VALUE_CHARS } from '../scenario/errors';
import { UserError } from './userError';

/** `text` with every word (a run of characters without a space) longer than `max` cut to its first `max` and its length. */
export function clipWords(text: string, max = VALUE_CHARS): string {
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (word) => clipText(word, max));
}

/** parseArgs with strict checking; unknown flags and missing values are user errors. */
export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/^TypeError \[\w+\]: /, '').split('\n').join(' ');
    throw new UserError(clipWords(message));
  }
}

/** A whole number from a flag, within [min, max]. */
export function intFlag(name: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max || value.trim() === '') throw new UserError(`--${name}: expected a whole number from ${min} to ${max}, got ${showValue(value)}`);
  return n;
}

/** One of `allowed` from a flag, or `fallback` when the flag is absent. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UserError(`--${flag}: expected one of ${allowed.join(', ')}, got ${showValue(value)}`);
  return value as T;
}

/**
 * The flags that commands running a scenario many times share with `sweep`: the seeds' base,
 * `--days`, `--set`, `--strategy`, the worker threads and the output file.
 */
export const BATCH_FLAGS = {
  'seed-base': { type: 'string' },
  days: { type: 'string' },
  set: { type: 'string', multiple: true },
  strategy: { type: 'string', multiple: true },
  workers: { type: 'string' },
  out: { type: 'string' },
} as const;
