/**
 * Reading a scenario for the CLI: the file, then `--set path=value` overrides and `--days`,
 * validated together, so a bad override is refused with its path before anything runs.
 */
import { readFileSync } from 'node:fs';
import { parseJson, validateScenario } from '../scenario/load';
import { setPath, parseValue } from '../scenario/paths';
import { ScenarioError } from '../scenario/errors';
import type { Scenario } from '../scenario/schema';
import { UserError } from './userError';

/** The text of an input file; one that cannot be read is a {@link UserError} saying what it was to be (`what`). */
export function readInput(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code ?? String(e)})`);
  }
}

/** Reads the raw JSON of a scenario file (a missing file is a {@link UserError}). */
export function readRaw(file: string): unknown {
  return parseJson(readInput(file, 'scenario'), file);
}

/** Splits `path=value`; a missing `=` is a {@link UserError}. */
export function splitAssignment(text: string, flag = '--set'): { path: string; value: unknown } {
  const i = text.indexOf('=');
  if (i <= 0) throw new UserError(`${flag} ${text}: expected path=value, for example lanceur.quantityMargin=0.3`);
  return { path: text.slice(0, i), value: parseValue(text.slice(i + 1)) };
}

/**
 * Applies overrides to a scenario: the file is validated first (so its defaults are filled in
 * and every parameter has a path), then each `path=value` is set, then the whole is validated
 * again. Throws {@link ScenarioError} or {@link UserError} on the first problem.
 */
export function applyOverrides(raw: unknown, sets: string[], days: number | undefined, source: string): Scenario {
  const full: Scenario = validateScenario(raw, source);
  if (sets.length === 0 && days === undefined) return full;
  const copy = structuredClone(full);
  for (const s of sets) {
    const { path, value } = splitAssignment(s);
    setPath(copy, path, value);
  }
  if (days !== undefined) copy.days = days;
  return validateScenario(copy, sets.length ? `${source} with --set` : source);
}

/** The file, overridden and validated. Every input problem becomes a {@link UserError}. */
export function loadScenarioFile(file: string, sets: string[] = [], days?: number): Scenario {
  try {
    return applyOverrides(readRaw(file), sets, days, file);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message);
    throw e;
  }
}
