/**
 * Loading a scenario: JSON text → validated, defaulted, checked-for-feasibility {@link Scenario}.
 * Pure: no file system here (the CLI reads files, the UI fetches them), so it runs in Node
 * and in the browser alike.
 */
import { scenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { ScenarioError, problemFromIssue, type ScenarioProblem } from './errors';
import { migrate } from './migrate';
import { feasibilityProblems } from './feasibility';

/** Parses JSON text; a syntax error becomes a {@link ScenarioError} naming line and column. */
export function parseJson(text: string, source = 'scenario'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    throw new ScenarioError([{ path: '', message: `not valid JSON${where}: ${msg.replace(/^.*?: /, '')}` }], source);
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

/** JSON text → scenario; every failure is a {@link ScenarioError}. */
export function loadScenario(text: string, source = 'scenario'): Scenario {
  return validateScenario(parseJson(text, source), source);
}

export { SCHEMA_VERSION };
