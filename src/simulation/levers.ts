/**
 * A trainer's change of a lever during a run (a journal intervention): the scenario value at
 * `path` changes from now on. The change is validated against the schema first; a bad one
 * throws a ScenarioError and changes nothing.
 */
import type { Model } from '../agents/model';
import { getPath, setPath } from '../scenario/paths';
import { validateScenario } from '../scenario/load';
import type { LeverValue } from '../negotiation/transcript';

/** Applies an intervention to the running model. */
export function applyLever(m: Model, path: string, value: unknown): void {
  const candidate = structuredClone(m.scenario);
  setPath(candidate, path, value);
  const valid = validateScenario(candidate, 'lever');
  setPath(m.scenario, path, structuredClone(getPath(valid, path)));
  m.scenarioChanged();
  if (path === 'commercial.quoting') m.actors.commercial.send({ type: 'quoting.set', quoting: valid.commercial.quoting });
  m.trace('lever.set', 'trainer', null, { path, value });
  m.say('lever.set', 'trainer', null, { path, value: structuredClone(getPath(m.scenario, path)) as LeverValue });
}

