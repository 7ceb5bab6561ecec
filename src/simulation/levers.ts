/**
 * A trainer's change of a lever during a run (a journal intervention): the scenario value at
 * `path` changes from now on. The change is validated against the schema first; a bad one
 * throws a ScenarioError and changes nothing. Agents read the scenario at each event (the
 * machines hold no copy of a lever), so the new value applies from the next event on.
 */
import type { Model } from '../agents/model';
import { getPath, setPath } from '../scenario/paths';
import { validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { LeverValue } from '../negotiation/transcript';

/** The scenario with `path` set to `value`, validated whole; a ScenarioError if it is not valid. Pure. */
export function withLever(scenario: Scenario, path: string, value: unknown): Scenario {
  const candidate = structuredClone(scenario);
  setPath(candidate, path, value, 'lever');
  return validateScenario(candidate, 'lever');
}

/** Applies an intervention to the running model. */
export function applyLever(m: Model, path: string, value: unknown): void {
  const valid = withLever(m.scenario, path, value);
  setPath(m.scenario, path, structuredClone(getPath(valid, path, 'lever')), 'lever');
  m.scenarioChanged();
  m.trace('lever.set', 'trainer', null, { path, value });
  m.say('lever.set', 'trainer', null, { path, value: structuredClone(getPath(m.scenario, path)) as LeverValue });
}

