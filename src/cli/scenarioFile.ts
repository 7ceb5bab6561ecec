/**
 * Reading a scenario for the CLI: the file, then `--set path=value` overrides and `--days`,
 * validated together, so a bad override is refused with its path before anything runs.
 */
import { parseJson, validateScenario } from '../scenario/load';
import { setPath, parseValue } from '../scenario/paths';
import { ScenarioError, clipText } from '../scenario/errors';
import type { Scenario } from '../scenario/schema';
import { readTextFile } from './textFile';
import { UserError } from './userError';

/**
 * Reads the raw JSON of a scenario file, UTF-8 with or without a byte-order mark (a missing,
 * binary or non-UTF-8 file is a {@link UserError}, bad JSON a ScenarioError).
 */
export function readRaw(file: string): unknown {
  return parseJson(readTextFile(file, 'scenario'), file);
}

/** The longest parameter path accepted; real ones are under 60 characters. */
const MAX_PATH_CHARS = 200;

/**
 * Refuses, as a {@link UserError}, a parameter path given with `flag` that is longer than any
 * real one (before it is looked up: suggesting the nearest paths to 100,000 characters would
 * take minutes).
 */
export function checkParameterPath(path: string, flag: string): void {
  if (path.length > MAX_PATH_CHARS) throw new UserError(`${flag} ${clipText(path)}: a path of ${path.length} characters; expected a parameter path such as lanceur.quantityMargin`);
}

/** Splits `path=value`; a missing `=` or an overlong path is a {@link UserError}. */
export function splitAssignment(text: string, flag = '--set'): { path: string; value: unknown } {
  const i = text.indexOf('=');
  if (i <= 0) throw new UserError(`${flag} ${clipText(text)}: expected path=value, for example lanceur.quantityMargin=0.3`);
  checkParameterPath(text.slice(0, i), flag);
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
