/** Shared test fixtures: the shipped scenarios, loaded and validated, and short variants. */
import { readFileSync } from 'node:fs';
import { loadScenario, validateScenario } from '../src/scenario/load';
import type { Scenario } from '../src/scenario/schema';
import { setPath } from '../src/scenario/paths';

/** A scenario file of scenarios/, validated. */
export function scenarioFile(name: string): Scenario {
  return loadScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
}

/** The baseline, with overrides (`path → value`) applied and validated. */
export function baseline(overrides: Record<string, unknown> = {}): Scenario {
  const s = structuredClone(scenarioFile('terssac-circuits.json'));
  for (const [p, v] of Object.entries(overrides)) setPath(s, p, v);
  return validateScenario(s);
}

/** The message `f` throws, or `accepted` when it returns. */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}
