/**
 * From a design to the scenarios it runs: every varied path must exist in the scenario
 * (else the nearest valid ones are named), and every combination's scenario must pass the
 * schema, all checked before any run starts. Pure.
 */
import { ScenarioError } from '../scenario/errors';
import { validateScenario } from '../scenario/load';
import { ForbiddenPathError, getPath, leafPaths, nearestPaths, setPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import { describeCombination, type Design } from './design';
import { DesignError } from './errors';

/** The value of each path in `raw`; an unknown path is a {@link DesignError} naming the nearest. */
export function valuesAt(raw: unknown, paths: readonly string[], flag = '--vary'): unknown[] {
  return paths.map((path) => {
    if (path === 'seed') throw new DesignError(`${flag} seed: each run's seed comes from --seed-base and its repetition; ask for more seeds with --runs N`);
    try {
      const value = getPath(raw, path);
      if (typeof value === 'object' && value !== null) {
        const inside = leafPaths(value, path);
        throw new DesignError(`${flag} ${path}: a group of ${inside.length} parameters, not one; vary one of them, such as ${inside.slice(0, 3).join(', ')}`);
      }
      return value;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      const why = e instanceof ForbiddenPathError ? e.problems[0].message : `no such parameter; nearest: ${nearestPaths(path, raw).join(', ')}`;
      throw new DesignError(`${flag} ${path}: ${why}`);
    }
  });
}

const SHOWN_PROBLEMS = 5;

/**
 * The validated scenario of each combination (in combination order). When some are
 * refused, one {@link DesignError} lists the first few with their values and problems.
 */
export function combinationScenarios(raw: unknown, design: Design): Scenario[] {
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  design.combinations.forEach((values, c) => {
    const copy = structuredClone(raw);
    design.paths.forEach((p, j) => setPath(copy, p, values[j]));
    try {
      scenarios.push(validateScenario(copy, `combination ${c} (${describeCombination(design.paths, values)})`));
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      problems.push(e.message);
    }
  });
  if (problems.length) {
    const more = problems.length > SHOWN_PROBLEMS ? [`… and ${problems.length - SHOWN_PROBLEMS} more combination(s)`] : [];
    throw new DesignError([`${problems.length} of ${design.combinations.length} combination(s) refused before any run:`, ...problems.slice(0, SHOWN_PROBLEMS), ...more].join('\n'));
  }
  return scenarios;
}
