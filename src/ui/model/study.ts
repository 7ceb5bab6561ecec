/**
 * A small study of the Experiments tab, as the sweep command sees it: the app's scenario with
 * its levers (the CLI's `--set`), a run length (`--days`), one or two factors (`--vary`, a full
 * factorial), repetitions (`--runs`) and a seed base (`--seed-base`, common random numbers).
 * {@link planStudy} builds the design, the combinations' validated scenarios and the runs with
 * their seeds through src/experiments, as `sweep` does; {@link studyCommand} writes the sweep
 * command that gives the same design and the same runs. Pure.
 */
import { combinationScenarios, valuesAt } from '../../experiments/combinations';
import { fullFactorial, type Design, type Factor } from '../../experiments/design';
import { DesignError } from '../../experiments/errors';
import { checkDistinct } from '../../experiments/levels';
import { planRuns, type RunSpec } from '../../experiments/runPlan';
import { commandLine } from '../../experiments/shellWords';
import { validateScenario } from '../../scenario/load';
import { parseValue, setPath } from '../../scenario/paths';
import type { Scenario } from '../../scenario/schema';

/** What a study runs: see the file comment. `scenario` is the app's name (`terssac-circuits` or `file:<name>`). */
export interface StudySpec {
  scenario: string;
  /** Scenario path → value, applied before the design (the app's levers; `--set`). */
  levers: Record<string, unknown>;
  /** The run's length in days (`--days`, the scenario's `days`). */
  days: number;
  /** One or two factors, each a lever path and its levels in order (fractions for shares). */
  factors: Factor[];
  /** Repetitions of each combination, each with its own seed. */
  runs: number;
  /** Base of the runs' seeds. */
  seedBase: number;
}

/** A study ready to run: the design, each combination's scenario, and the runs in run order. */
export interface StudyPlan {
  design: Design;
  scenarios: Scenario[];
  runs: RunSpec[];
}

/** The most runs a study of the tab may have (the command line has no such limit). */
export const MAX_STUDY_RUNS = 400;

/**
 * The plan of `spec` on `base` (the scenario before levers). A lever or level the scenario
 * refuses, two factors on one path, or too many runs is a {@link DesignError} (or the
 * scenario's error) naming it; nothing is half-built.
 */
export function planStudy(base: Scenario, spec: StudySpec): StudyPlan {
  if (spec.factors.length < 1 || spec.factors.length > 2) throw new DesignError(`a study varies one or two levers, not ${spec.factors.length}`);
  checkDistinct(spec.factors.map((f) => f.path));
  for (const f of spec.factors) if (f.levels.length === 0) throw new DesignError(`--vary ${f.path}: no level given`);
  const scenario = studyBase(base, spec);
  valuesAt(scenario, spec.factors.map((f) => f.path));
  const design = fullFactorial(spec.factors);
  const total = design.combinations.length * spec.runs;
  if (total > MAX_STUDY_RUNS) throw new DesignError(`${total} runs; the tab runs at most ${MAX_STUDY_RUNS} (use the command line for more)`);
  return { design, scenarios: combinationScenarios(scenario, design), runs: planRuns(design.combinations.length, spec.runs, spec.seedBase, 'common') };
}

/** `base` with the study's levers and days, validated as `--set` and `--days` are. */
export function studyBase(base: Scenario, spec: Pick<StudySpec, 'levers' | 'days'>): Scenario {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(spec.levers)) setPath(copy, path, structuredClone(value), 'levers');
  copy.days = spec.days;
  return validateScenario(copy, 'levers');
}

/** A value as `--set` and `--vary` read it back (JSON, or a word that is not JSON). */
export function valueText(v: unknown): string {
  return typeof v === 'string' && parseValue(v) === v ? v : JSON.stringify(v);
}

/** The scenario file the command names: a bundled scenario's path in the repository, or the file's name. */
export function scenarioFileOf(scenario: string): string {
  return scenario.startsWith('file:') ? scenario.slice(5) : `scenarios/${scenario}.json`;
}

/** The words after `npm run --silent sim --`, in the order of the sweep's canonical command. */
export function studyArgs(spec: StudySpec): string[] {
  const args = ['sweep', scenarioFileOf(spec.scenario)];
  for (const f of spec.factors) args.push('--vary', `${f.path}=${f.levels.map(valueText).join(',')}`);
  args.push('--runs', String(spec.runs), '--seed-base', String(spec.seedBase), '--seeds', 'common', '--days', String(spec.days));
  for (const [path, value] of Object.entries(spec.levers)) args.push('--set', `${path}=${valueText(value)}`);
  return args;
}

/** The command to paste into a shell at the repository's root. */
export function studyCommand(spec: StudySpec): string {
  return `npm run --silent sim -- ${commandLine(studyArgs(spec))}`;
}
