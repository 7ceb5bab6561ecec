/**
 * Loading a scenario: JSON text → validated, defaulted, checked-for-feasibility {@link Scenario}.
 * Pure: no file system here (the CLI reads files, the UI fetches them), so it runs in Node
 * and in the browser alike.
 */
import { scenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { ScenarioError, clipText, problemFromIssue, showValue, type ScenarioProblem } from './errors';
import { migrate } from './migrate';
import { feasibilityProblems } from './feasibility';

/**
 * What went wrong in JSON.parse's message, without the excerpt of the text V8 quotes (it
 * may be binary or 100,000 characters long) nor the position (given as line and column).
 */
function jsonReason(message: string): string {
  const reason = message
    .replace(/, ".*is not valid JSON$/s, '')
    .replace(/^".*" is not valid JSON$/s, 'unexpected text')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/^Unexpected token '(.*)'$/s, (_, token: string) => `unexpected character ${showValue(token)}`);
  return clipText(reason.charAt(0).toLowerCase() + reason.slice(1), 120);
}

/**
 * Parses JSON text, a leading byte-order mark ignored; a syntax error becomes a
 * {@link ScenarioError} naming line and column (when JSON.parse gives them) and never
 * echoing the text.
 */
export function parseJson(text: string, source = 'scenario'): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = body.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    throw new ScenarioError([{ path: '', message: `not valid JSON${where}: ${jsonReason(msg)}` }], source);
  }
}

/** Validates a parsed object into a typed scenario, or throws a {@link ScenarioError}. */
export function validateScenario(raw: unknown, source = 'scenario'): Scenario {
  const migrated = migrate(raw, source);
  const result = scenarioSchema.safeParse(migrated, { reportInput: true });
  if (!result.success) throw new ScenarioError(result.error.issues.map(problemFromIssue), source);
  const problems: ScenarioProblem[] = feasibilityProblems(result.data);
  if (problems.length) throw new ScenarioError(problems, source);
  return result.data;
}

/**
 * Validates a scenario held inside another file (a saved run, a session) at `prefix`: its first
 * problem becomes a one-problem {@link ScenarioError} whose path starts with `prefix`.
 */
export function validateNestedScenario(raw: unknown, prefix: string, source: string): Scenario {
  try {
    return validateScenario(raw, source);
  } catch (e) {
    if (e instanceof ScenarioError) throw e.under(prefix);
    throw e;
  }
}

/** JSON text → scenario; every failure is a {@link ScenarioError}. */
export function loadScenario(text: string, source = 'scenario'): Scenario {
  return validateScenario(parseJson(text, source), source);
}

export { SCHEMA_VERSION };
