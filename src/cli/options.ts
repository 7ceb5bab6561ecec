/**
 * Parsing the CLI's flags with Node's util.parseArgs, turning its errors and bad numbers
 * into {@link UserError}s that say which flag and what was expected.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './userError';

/** parseArgs with strict checking; unknown flags and missing values are user errors. */
export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError((e as Error).message.replace(/^TypeError \[\w+\]: /, '').split('\n').join(' '));
  }
}

/** A whole number from a flag, within [min, max]. */
export function intFlag(name: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`--${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}
