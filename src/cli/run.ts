/**
 * `run <scenario> [--seed N] [--days N] [--set path=value ...] [--disrupt spec ...] [--strategy role=file ...] [--json] [--trace FILE] [--save-state OUT]`
 * and `run --from-state FILE [--days M] [--set path=value ...] [--disrupt spec ...] ...`: one headless run, its
 * report on stdout, its trace as JSON lines in FILE, its whole state at the end in OUT. A run
 * continued from a saved state to measured day M gives the straight run's report and digest;
 * `--set` on a continued run changes levers from the saved day on (a branch); `--disrupt` gives a
 * trainer's disruption (src/cli/disruptFlag.ts), recorded in the run's journal and saved state. `--days 0` with
 * `--save-state` runs the warm-up alone and saves its state, to branch many runs from it.
 * `--strategy role=file` plays that role with a strategy module of one's own (docs/strategies.md);
 * such a run cannot be saved or continued (its functions are not in the run's state).
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
import { loadStrategies, type LoadedStrategies } from './strategyFile';
import { parseDisruptFlag } from './disruptFlag';
import type { JournalDisruption } from '../simulation/runState';

/** Runs the `run` command; returns the exit code. */
export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    seed: { type: 'string' },
    days: { type: 'string' },
    set: { type: 'string', multiple: true },
    disrupt: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    trace: { type: 'string' },
    'save-state': { type: 'string' },
    'from-state': { type: 'string' },
    strategy: { type: 'string', multiple: true },
  });
  const from = values['from-state'];
  const days = intFlag('days', values.days, values['save-state'] ? 0 : 1, 3650);
  const warmupOnly = days === 0;
  if (values.trace !== undefined) checkOutputPath(values.trace, '--trace');
  if (values['save-state'] !== undefined) checkOutputPath(values['save-state'], '--save-state');
  const own = values.strategy ?? [];
  if (own.length && (from || values['save-state'] !== undefined)) throw new UserError(`--strategy: a run with a strategy of one's own cannot be saved or continued (${from ? '--from-state' : '--save-state'}); run it whole`);
  const loaded: LoadedStrategies = own.length ? await loadStrategies(own) : { overrides: {}, records: [] };
  const sim = from ? continued(from, positionals, values.seed, warmupOnly ? undefined : days, values.set ?? []) : fresh(positionals, values.seed, warmupOnly ? 1 : days, values.set ?? [], { trace: values.trace !== undefined, saved: values['save-state'] !== undefined }, loaded);
  for (const spec of values.disrupt ?? []) disrupt(sim, parseDisruptFlag(spec));
  if (warmupOnly) {
    if (from) throw new UserError('--days 0: a continued run goes on past its warm-up; expected --days ≥ 1');
    sim.runUntilDay(sim.scenario.warmupDays);
    writeRunState(values['save-state']!, sim.snapshot());
    const saved = { savedState: values['save-state'], day: sim.scenario.warmupDays, traceDigest: sim.traceDigest };
    process.stdout.write(values.json ? JSON.stringify(saved, null, 2) + '\n' : `warm-up run to day ${saved.day}; its state is in ${saved.savedState} (continue with run --from-state ${saved.savedState} --days N)\n`);
    return 0;
  }
  sim.runToEnd();
  const report = loaded.records.length ? { ...buildReport(sim), strategies: loaded.records } : buildReport(sim);
  const header = loaded.records.length ? [JSON.stringify({ header: { strategies: loaded.records } })] : [];
  if (values.trace !== undefined) writeFileAtomic(values.trace, [...header, ...sim.traceRecords.map(traceLine)].join('\n') + '\n');
  if (values['save-state'] !== undefined) writeRunState(values['save-state'], sim.snapshot());
  const ownLines = loaded.records.map((r) => `strategy of one's own: ${r.role} = ${r.file} (sha256 ${r.sha256.slice(0, 12)})\n`).join('');
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : ownLines + formatReport(report) + '\n');
  return 0;
}

/**
 * A new run. Its trace records are kept only when written (`--trace`) or saved with its state, its
 * transcript only when saved (the report reads neither; the digest is kept either way).
 */
function fresh(positionals: string[], seedFlag: string | undefined, days: number | undefined, sets: string[], keep: { trace: boolean; saved: boolean }, own: LoadedStrategies): Simulation {
  if (positionals.length !== 1) throw new UserError('run: expected one scenario file, for example: run scenarios/terssac-circuits.json');
  const seed = intFlag('seed', seedFlag, 0, 2 ** 32 - 1);
  return new Simulation(loadScenarioFile(positionals[0], sets, days), { seed, trace: keep.trace || keep.saved, transcript: keep.saved, ...(own.records.length ? { strategies: own.overrides } : {}) });
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

/** Gives `d` to the run, a problem of it a {@link UserError} naming the field. */
function disrupt(sim: Simulation, d: JournalDisruption): void {
  try {
    sim.disrupt(d);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(`--disrupt ${e.message.split('\n')[0].replace(/^disruption: /, '')}`);
    throw e;
  }
}
