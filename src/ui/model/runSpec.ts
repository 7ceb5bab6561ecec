/**
 * From settings to a runnable spec: the scenario (bundled or from a file), the levers applied
 * and validated like the CLI's `--set`, the interventions checked by applying them to a copy,
 * the disruptions' stations checked against the scenario.
 * Throws a ScenarioError / Error with a readable message; never half-applies.
 */
import { loadScenario, validateScenario } from '../../scenario/load';
import { setPath } from '../../scenario/paths';
import type { Scenario } from '../../scenario/schema';
import type { RunSpec } from './engine';
import type { RunSettings } from './settings';
import { bundledScenario } from './scenarios';
import { seatsOf } from './seats';
import { disruptionProblem } from '../../simulation/givenDisruptions';
import { ScenarioError } from '../../scenario/errors';

/** The base scenario of `s`, before levers. */
export function baseScenario(s: RunSettings): Scenario {
  if (s.scenario.startsWith('file:')) {
    if (s.file === undefined) throw new Error(`the scenario file "${s.scenario.slice(5)}" is not available any more`);
    return loadScenario(s.file, s.scenario.slice(5));
  }
  return bundledScenario(s.scenario);
}

/**
 * `base` with `levers` applied to a copy, validated as a whole (`base` is never changed).
 * Problems are reported from `source`: `levers`, or `interventions[k]` for an intervention.
 */
export function withLevers(base: Scenario, levers: Record<string, unknown>, source = 'levers'): Scenario {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(levers)) setPath(copy, path, structuredClone(value), source);
  return validateScenario(copy, source);
}

/** The run that `s` describes; every lever and intervention is validated first. */
export function buildRunSpec(s: RunSettings): RunSpec {
  const scenario = withLevers(baseScenario(s), s.levers, 'levers');
  let probe = scenario;
  s.interventions.forEach((iv, k) => (probe = withLevers(probe, { [iv.path]: iv.value }, `interventions[${k}]`)));
  (s.disruptions ?? []).forEach((d, k) => {
    const problem = disruptionProblem(d, scenario);
    if (problem) throw new ScenarioError([{ path: `disruptions[${k}].${problem.path}`, message: problem.message }], 'settings');
  });
  const seats = seatsOf(s.play ?? [], scenario);
  return { scenario, seed: s.seed, interventions: s.interventions, ...(s.disruptions?.length ? { disruptions: s.disruptions } : {}), ...(Object.keys(seats).length ? { seats } : {}) };
}
