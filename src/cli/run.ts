/**
 * `run <scenario> [--seed N] [--days N] [--set path=value ...] [--json] [--trace FILE] [--save-state OUT]`
 * and `run --from-state FILE [--days M] [--set path=value ...] ...`: one headless run, its
 * report on stdout, its trace as JSON lines in FILE, its whole state at the end in OUT. A run
 * continued from a saved state to measured day M gives the straight run's report and digest;
 * `--set` on a continued run changes levers from the saved day on (a branch). `--days 0` with
 * `--save-state` runs the warm-up alone and saves its state, to branch many runs from it.
 */
import { Simulation } from '../simulation/simulation';
import { traceLine } from '../core/trace';
import { buildReport } from '../metrics/report';
import { ScenarioError } from '../scenario/errors';
import { loadScenarioFile, splitAssignment } from './scenarioFile';
import { readRunState, writeRunState } from './stateFile';
import { parse, intFlag } from './options';
import { formatReport } from './format';
import { UserError } from './userError';
import { checkOutputPath, writeFileAtomic } from './outputs';

/** Runs the `run` command; returns the exit code. */
export function runCommand(args: string[]): number {
  const { values, positionals } = parse(args, {
    seed: { type: 'string' },
    days: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    trace: { type: 'string' },
    'save-state': { type: 'string' },
    'from-state': { type: 'string' },
  });
  const from = values['from-state'];
  const days = intFlag('days', values.days, values['save-state'] ? 0 : 1, 3650);
  const warmupOnly = days === 0;
  if (values.trace !== undefined) checkOutputPath(values.trace, '--trace');
  if (values['save-state'] !== undefined) checkOutputPath(values['save-state'], '--save-state');
  const sim = from ? continued(from, positionals, values.seed, warmupOnly ? undefined : days, values.set ?? []) : fresh(positionals, values.seed, warmupOnly ? 1 : days, values.set ?? [], values.trace !== undefined || values['save-state'] !== undefined);
  if (warmupOnly) {
    if (from) throw new UserError('--days 0: a continued run goes on past its warm-up; expected --days ≥ 1');
    sim.runUntilDay(sim.scenario.warmupDays);
    writeRunState(values['save-state']!, sim.snapshot());
    const saved = { savedState: values['save-state'], day: sim.scenario.warmupDays, traceDigest: sim.traceDigest };
    process.stdout.write(values.json ? JSON.stringify(saved, null, 2) + '\n' : `warm-up run to day ${saved.day}; its state is in ${saved.savedState} (continue with run --from-state ${saved.savedState} --days N)\n`);
    return 0;
  }
  sim.runToEnd();
  const report = buildReport(sim);
  if (values.trace !== undefined) writeFileAtomic(values.trace, sim.traceRecords.map(traceLine).join('\n') + '\n');
  if (values['save-state'] !== undefined) writeRunState(values['save-state'], sim.snapshot());
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report) + '\n');
  return 0;
}

/** A new run; its trace records are kept only when written (`--trace`) or saved with its state (the digest is kept either way). */
function fresh(positionals: string[], seedFlag: string | undefined, days: number | undefined, sets: string[], keepRecords: boolean): Simulation {
  if (positionals.length !== 1) throw new UserError('run: expected one scenario file, for example: run scenarios/terssac-circuits.json');
  const seed = intFlag('seed', seedFlag, 0, 2 ** 32 - 1);
  return new Simulation(loadScenarioFile(positionals[0], sets, days), { seed, trace: keepRecords });
}

/** A run continued from a saved state: to measured day `days` (default: the saved length), with `sets` applied now. */
function continued(file: string, positionals: string[], seedFlag: string | undefined, days: number | undefined, sets: string[]): Simulation {
  if (positionals.length) throw new UserError('run --from-state: the scenario comes from the saved state; give no scenario file');
  if (seedFlag !== undefined) throw new UserError('run --from-state: the seed comes from the saved state; --seed cannot change it');
  const state = readRunState(file);
  const reached = Math.ceil(state.clock.now / 24) - state.scenario.warmupDays;
  if (days !== undefined) {
    if (days < reached) throw new UserError(`--days ${days}: the saved state already ran to measured day ${reached}; expected --days ≥ ${reached}`);
    state.scenario.days = days;
  }
  const sim = Simulation.restore(state);
  const day = Math.ceil(sim.now / 24);
  for (const s of sets) {
    const { path, value } = splitAssignment(s);
    try {
      sim.intervene({ day, path, value });
    } catch (e) {
      if (e instanceof ScenarioError) throw new UserError(`--set ${e.message.split('\n')[0]}`);
      throw e;
    }
  }
  return sim;
}
