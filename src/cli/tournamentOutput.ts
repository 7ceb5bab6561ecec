/**
 * A tournament's runs as sweep records, so the sweep's writers (long, wide, json) and header
 * serve it too: each (entrant, scenario) pair is a combination, numbered entrant-major
 * (combination = entrant × S + scenario, S scenarios), whose two "parameters" are `entrant` and
 * `scenario`; runs go repetition-major as in a sweep, and repetition r has the same seed for
 * every combination (common random numbers). Pure apart from reading the program's version.
 */
import type { SweepMeta } from '../experiments/meta';
import type { RunRecord } from '../experiments/records';
import type { RunSpec } from '../experiments/runPlan';
import { quoted } from './sweepOptions';
import { programVersion } from './sweepSetup';

/** The two columns that say which entrant played which scenario. */
export const TOURNAMENT_PATHS = ['entrant', 'scenario'];

/** One entrant: its name (`built-in`, `role=file`), its `--strategy` flag and the module's sha256 (none for the built-in one). */
export interface Entrant {
  name: string;
  flag: string | null;
  sha256: string | null;
}

/** What defines a tournament's runs (the header's `command`). */
export interface TournamentDefinition {
  files: string[];
  fileSha256: string[];
  strategies: string[];
  runs: number;
  seedBase: number;
  days: number | undefined;
}

/** The canonical command that defines the runs (defaults written out; how it was executed left out). */
export function tournamentCommand(d: TournamentDefinition): string {
  const args = ['tournament'];
  for (const f of d.files) args.push('--scenario', f);
  for (const s of d.strategies) args.push('--strategy', s);
  args.push('--runs', String(d.runs), '--seed-base', String(d.seedBase));
  if (d.days !== undefined) args.push('--days', String(d.days));
  return args.map(quoted).join(' ');
}

/** The header of a tournament's results, in the sweep's keys, plus one `entrant-i` line per entrant of one's own. */
export function tournamentMeta(d: TournamentDefinition, entrants: readonly Entrant[]): SweepMeta {
  const combinations = entrants.length * d.files.length;
  const meta: SweepMeta = [
    ['negoplan', programVersion()],
    ['scenario', d.files.join(' ')],
    ['scenario-sha256', d.fileSha256.join(' ')],
    ['command', tournamentCommand(d)],
    ['design', 'tournament (every entrant on every scenario)'],
    ['parameters', TOURNAMENT_PATHS.join(' ')],
    ['combinations', String(combinations)],
    ['repetitions', String(d.runs)],
    ['runs', String(combinations * d.runs)],
    ['seeds', `common random numbers from base ${d.seedBase} (one seed a repetition, the same for every entrant and scenario)`],
  ];
  entrants.forEach((e, i) => {
    if (e.sha256 !== null) meta.push([`entrant-${i}`, `${e.name} sha256 ${e.sha256}`]);
  });
  return meta;
}

/**
 * The record of entrant `e`'s run `task` (a task of planRuns over the scenarios: its
 * combination is the scenario's index), renumbered into the tournament's combinations and run order.
 */
export function tournamentRecord(e: number, entrant: Entrant, files: readonly string[], entrants: number, task: RunSpec, kpis: Record<string, number> | null, error: string | null): RunRecord {
  const combination = e * files.length + task.combination;
  const run = task.repetition * entrants * files.length + combination;
  return { run, combination, repetition: task.repetition, seed: task.seed, values: [entrant.name, files[task.combination]], kpis, error };
}
