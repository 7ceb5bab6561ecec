/**
 * Reading a session file back: its shape (the session schema), its scenario (the scenario
 * schema, paths under `scenario`), its interventions (each lever applied to a copy) and its
 * disruptions (the station of a breakdown is one of the scenario's) are checked before anything runs; a problem is a {@link ScenarioError} naming its path.
 */
import { ScenarioError, problemFromIssue } from '../scenario/errors';
import { validateNestedScenario } from '../scenario/load';
import { withLever } from '../simulation/levers';
import { disruptionProblem } from '../simulation/givenDisruptions';
import { SESSION_FORMAT, SESSION_VERSION, sessionSchema, type Session } from './session';

/** A parsed session file → a checked {@link Session}, or a ScenarioError for its first problem. */
export function checkSession(raw: unknown, source = 'session'): Session {
  const version = (raw as { format?: unknown; version?: unknown } | null)?.version;
  if ((raw as { format?: unknown })?.format === SESSION_FORMAT && typeof version === 'number' && version >= 1 && version < SESSION_VERSION) {
    throw new ScenarioError([{ path: 'version', message: `expected ${SESSION_VERSION}, got ${version}: an earlier negoplan recorded this session, with trace digests this one does not compute, so its replay cannot be checked` }], source);
  }
  const result = sessionSchema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ScenarioError([problemFromIssue(result.error.issues[0])], source);
  const s = result.data;
  const scenario = validateNestedScenario(s.scenario, 'scenario', source);
  s.interventions.forEach((iv, k) => {
    try {
      withLever(scenario, iv.path, iv.value);
    } catch (e) {
      if (e instanceof ScenarioError) throw e.under(`interventions[${k}]`);
      throw e;
    }
  });
  (s.disruptions ?? []).forEach((d, k) => {
    const problem = disruptionProblem(d, scenario);
    if (problem) throw new ScenarioError([{ path: `disruptions[${k}].${problem.path}`, message: problem.message }], source);
  });
  let last = -1;
  s.decisions.forEach((d, k) => {
    if (d.id <= last) throw new ScenarioError([{ path: `decisions[${k}].id`, message: `expected decisions in the order they were asked (id > ${last}), got ${d.id}` }], source);
    last = d.id;
  });
  const { $schema: _schema, ...session } = s;
  return { ...(session as Omit<Session, 'scenario'>), scenario };
}
