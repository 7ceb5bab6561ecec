/**
 * `fit <scenario> --param path=lo:hi ... --target calibration|FILE --budget N [--seeds K]
 * [--workers W] [--out best.json] [--resume JOURNAL]`: searches the parameters' values that
 * bring the simulated figures closest to the targets (the loss of fitLoss.ts: Σ ((mean −
 * observed) / tolerance)², means over K common seeds), by restarted Nelder–Mead in the box of
 * the bounds (nelderMead.ts). Each point's K runs go to the sweep's worker threads, kept for
 * the whole search. Progress on stderr, each point in the journal, Ctrl-C stops with the
 * journal to resume from; at the end it prints the best values and the figures against the
 * targets, and writes the scenario with them (atomically). Exit 0, 130 when stopped, 2 on a
 * user error (then nothing is run or written).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fitScore, parseTargets } from '../experiments/fitLoss';
import { nelderMead } from '../experiments/nelderMead';
import { knownKpis } from '../experiments/runOne';
import type { RunSpec } from '../experiments/runPlan';
import { runSeed } from '../experiments/seeds';
import { DesignError } from '../experiments/errors';
import { targetsFor, type Target } from '../metrics/calibration';
import { ScenarioError, clipText } from '../scenario/errors';
import { validateScenario } from '../scenario/load';
import { getPath, setPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import { FitJournal, pointKey, readJournal, type FitHeader, type JournalEntry } from './fitJournal';
import { canonicalFitCommand, FIT_USAGE, fitParameters, parseFitArgs, valueAt, type FitParameter, type FitRequest } from './fitOptions';
import { formatFit, type FitOutcome } from './fitReport';
import { checkOutputPath, writeFileAtomic } from './outputs';
import { loadScenarioFile } from './scenarioFile';
import { loadStrategies } from './strategyFile';
import { WorkerPool } from './sweepPool';
import { programVersion, sha256 } from './sweepSetup';
import { readTextFile } from './textFile';
import { UserError } from './userError';

class Stopped extends Error {}

function loadTargets(req: FitRequest, base: Scenario): { targets: Target[]; describe: string } {
  if (req.target === 'calibration') {
    const targets = targetsFor(base.calibration);
    if (!targets.length) throw new UserError(`--target calibration: ${req.scenarioFile} names no calibration case; give a target file (docs/experiments.md)`);
    return { targets, describe: `calibration ${base.calibration}` };
  }
  const text = readTextFile(req.target, 'target file');
    try {
    return { targets: parseTargets(text, req.target, knownKpis(base)), describe: `${req.target} sha256 ${sha256(text)}` };
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
}

/** The scenario at `values` of `params`, validated, or the schema's refusal. */
function scenarioAt(base: Scenario, params: readonly FitParameter[], values: readonly number[], source: string): Scenario | string {
  const copy = structuredClone(base);
  params.forEach((p, j) => setPath(copy, p.path, values[j]));
  try {
    return validateScenario(copy, source);
  } catch (e) {
    if (e instanceof ScenarioError) return e.message;
    throw e;
  }
}

const shownValues = (params: readonly FitParameter[], values: readonly number[]) => params.map((p, j) => `${p.path}=${Number(values[j].toPrecision(4))}`).join(' ');

/** Runs the `fit` command; Ctrl-C and SIGTERM stop it with its journal. Resolves to the exit code. */
export async function fitCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(FIT_USAGE);
    return 0;
  }
  const req = parseFitArgs(args);
  if (req.out !== undefined) checkOutputPath(req.out, '--out');
  if (req.journal !== undefined) {
    checkOutputPath(req.journal, req.resume ? '--resume' : '--journal');
    if (req.resume && !existsSync(req.journal)) throw new UserError(`--resume ${req.journal}: no such journal`);
    if (!req.resume && existsSync(req.journal)) throw new UserError(`${req.journal}: the journal of an earlier fit; continue it with --resume ${req.journal}, or remove it to start over`);
  }
  const scenarioText = readTextFile(req.scenarioFile, 'scenario');
  const base = loadScenarioFile(req.scenarioFile, req.sets, req.days);
  const params = fitParameters(req, base);
  const { targets, describe } = loadTargets(req, base);
  await loadStrategies(req.strategies);
  const seedBase = req.seedBase ?? base.seed;
  const header: FitHeader = [
    ['negoplan', programVersion()],
    ['scenario', req.scenarioFile],
    ['scenario-sha256', sha256(scenarioText)],
    ['command', canonicalFitCommand(req, seedBase)],
    ['targets', describe],
  ];
  const known = req.resume ? readJournal(req.journal!, header) : new Map<string, JournalEntry>();
  const resumed = new Set(known.keys());
  const journal = req.journal === undefined ? undefined : new FitJournal(req.journal, header, known.values());
  const seeds = Array.from({ length: req.seeds }, (_, r) => runSeed(seedBase, r, 0, 'common'));
  const score = (e: JournalEntry) => (e.kpis ? fitScore(targets, e.kpis, base.days) : null);
  const pool = new WorkerPool({ workers: req.workers, strategies: req.strategies });
  const stopper = new AbortController();
  const stop = () => stopper.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const started = performance.now();
  let done = 0;
  let bestLoss = Infinity;
  let bestShown = '';
  const progress = (values: number[], loss: number, from: string) => {
    done++;
    if (loss < bestLoss) [bestLoss, bestShown] = [loss, shownValues(params, values)];
    if (!req.quiet) process.stderr.write(`fit: ${done}/${req.budget} · loss ${loss.toPrecision(4)}${from} · best ${bestLoss.toPrecision(4)} at ${bestShown} · ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  };
  const evaluate = async (points: number[][]): Promise<number[]> => {
    const all = points.map((u) => params.map((p, j) => valueAt(p, u[j])));
    const todo: { values: number[]; scenario: Scenario; kpis: Record<string, number>[]; error: string | null }[] = [];
    for (const values of all) {
      const key = pointKey(values);
      if (known.has(key) || todo.some((t) => pointKey(t.values) === key)) continue;
      const s = scenarioAt(base, params, values, shownValues(params, values));
      if (typeof s === 'string') known.set(key, { values, kpis: null, error: s });
      else todo.push({ values, scenario: s, kpis: [], error: null });
    }
    const fresh = new Set(todo.map((t) => pointKey(t.values)));
    const tasks: RunSpec[] = todo.flatMap((_, i) => seeds.map((seed, r) => ({ run: i * seeds.length + r, combination: i, repetition: r, seed })));
    const outcome = await pool.run(todo.map((t) => t.scenario), tasks, ({ task, kpis, error }) => {
      const t = todo[task.combination];
      if (kpis) t.kpis[task.repetition] = kpis;
      else t.error ??= `seed ${task.seed}: ${error}`;
    }, stopper.signal);
    if (outcome === 'stopped') throw new Stopped();
    for (const t of todo) {
      const entry: JournalEntry = { values: t.values, kpis: t.error === null ? t.kpis : null, error: t.error };
      known.set(pointKey(t.values), entry);
      journal?.append(entry);
    }
    return all.map((values) => {
      const entry = known.get(pointKey(values))!;
      const loss = score(entry)?.loss ?? Infinity;
      const key = pointKey(values);
      const from = entry.error ? ` (${clipText(entry.error, 80)})` : fresh.has(key) ? '' : resumed.has(key) ? ' (from the journal)' : ' (the values of an earlier point)';
      progress(values, loss, from);
      return loss;
    });
  };
  const start = params.map((p) => {
    const current = scenarioValue(base, p.path);
    return current >= p.lo && current <= p.hi ? (current - p.lo) / (p.hi - p.lo) : 0.5;
  });
  let outcome: FitOutcome;
  try {
    const result = await nelderMead(evaluate, start, { budget: req.budget });
    const values = params.map((p, j) => valueAt(p, result.best[j]));
    const best = known.get(pointKey(values))!;
    outcome = { params, values, was: params.map((p) => scenarioValue(base, p.path)), loss: result.value, evaluations: result.evaluations.length, restarts: result.restarts, seeds: req.seeds, seconds: (performance.now() - started) / 1000, rows: score(best)?.rows ?? [], error: best.error };
  } catch (e) {
    if (!(e instanceof Stopped)) throw e;
    process.stderr.write(`fit: stopped after ${done} evaluation(s)${req.journal ? `; continue with the same command and --resume ${req.journal}` : ''}\n`);
    return 130;
  } finally {
    pool.close();
    journal?.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  if (req.out !== undefined) writeFileAtomic(req.out, fittedScenario(req, params, outcome) + '\n');
  process.stdout.write(req.json ? JSON.stringify(outcome, null, 2) + '\n' : formatFit(req.scenarioFile, outcome, req.out) + '\n');
  return 0;
}

function scenarioValue(s: Scenario, path: string): number {
  return getPath(s, path) as number;
}

/** The scenario file's scenario (with --set, without --days) at the best values, as JSON text. */
function fittedScenario(req: FitRequest, params: readonly FitParameter[], o: FitOutcome): string {
  const full = loadScenarioFile(req.scenarioFile, req.sets);
  const at = scenarioAt(full, params, o.values, req.scenarioFile);
  if (typeof at === 'string') throw new UserError(at);
  const note = `Fitted by negoplan fit (${shownValues(params, o.values)}; loss ${o.loss.toPrecision(4)} over ${o.seeds} seeds).`;
  return JSON.stringify({ ...at, description: [at.description.slice(0, 4999 - note.length), note].filter(Boolean).join(' ') }, null, 2);
}
