/**
 * The bundled scenarios: every `scenarios/*.json` of the repository, inlined as text at build
 * time by Vite, keyed by file name without `.json`. Reading one validates it with the same
 * loader (and the same path-naming errors) as the command line.
 */
import { loadScenario } from '../../scenario/load';
import type { Scenario } from '../../scenario/schema';

const files = import.meta.glob('/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The baseline scenario's name. */
export const BASELINE = 'terssac-circuits';

/** Bundled scenario names, the baseline first, then alphabetical. */
export function bundledNames(): string[] {
  const names = Object.keys(files).map((p) => p.replace(/^.*\//, '').replace(/\.json$/, ''));
  return names.sort((a, b) => (a === BASELINE ? -1 : b === BASELINE ? 1 : a < b ? -1 : 1));
}

/** The text of a bundled scenario, or undefined if there is none by that name. */
export function bundledText(name: string): string | undefined {
  return files[`/scenarios/${name}.json`];
}

/** A bundled scenario, validated; throws a ScenarioError or an Error for an unknown name. */
export function bundledScenario(name: string): Scenario {
  const text = bundledText(name);
  if (text === undefined) throw new Error(`no scenario named "${name}" (known: ${bundledNames().join(', ')})`);
  return loadScenario(text, `${name}.json`);
}
