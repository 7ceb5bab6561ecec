/**
 * `sweep <scenario> --vary path=values ... [--runs N] [--seed-base S] [--workers K]
 * [--out FILE] [--format long|wide|json] [--shard k/n] [--resume] [--timeout S]`: runs a design of
 * combinations × repetitions on worker threads and writes the results in run order, so
 * the bytes do not depend on the number of workers. Ctrl-C (or SIGTERM) stops at once and
 * writes the finished runs; `--resume` finishes the rest. A run that crashes is reported
 * with what reproduces it and the sweep goes on. Exit 0 when complete, 1 when some run
 * crashed, 130 when interrupted, 2 on a user error (then nothing is written). `--salib-out`
 * writes, once every run is done, the combinations' mean KPIs as SALib's analyze reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describeCombination } from '../experiments/design';
import type { SweepMeta } from '../experiments/meta';
import { DesignError } from '../experiments/errors';
import { metaLines } from '../experiments/meta';
import { formatOutput, parseOutput, parseOutputMeta } from '../experiments/output';
import { formatSalibOutput } from '../experiments/salib';
import type { RunRecord } from '../experiments/records';
import type { RunSpec } from '../experiments/runPlan';
import { checkpointPath, Checkpoint, readCheckpoint } from './sweepJournal';
import { writeFileAtomic } from './outputs';
import { quoted, parseSweepArgs, SWEEP_USAGE } from './sweepOptions';
import { runPool, type TaskResult } from './sweepPool';
import { SweepProgress } from './sweepProgress';
import { prepareSweep, type PreparedSweep } from './sweepSetup';
import { fileReason, UserError } from './userError';
import { loadStrategies } from './strategyFile';

/** Where a sweep writes: results on `stdout` when there is no --out, progress on `stderr`. */
export interface SweepStreams {
  stdout: { write(s: string): boolean };
  stderr: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): boolean };
}

/** The command that reproduces one run alone with `run`. */
export function reproduceCommand(prepared: PreparedSweep, task: RunSpec): string {
  const { request: req, design } = prepared;
  const args = ['npm', 'run', '--silent', 'sim', '--', 'run', req.scenarioFile, '--seed', String(task.seed)];
  if (req.days !== undefined) args.push('--days', String(req.days));
  for (const s of req.sets) args.push('--set', s);
  for (const s of req.strategies) args.push('--strategy', s);
  for (const assignment of describeCombination(design.paths, design.combinations[task.combination]).split(' ').filter(Boolean)) args.push('--set', assignment);
  return args.map(quoted).join(' ');
}

function finishedBefore(prepared: PreparedSweep): RunRecord[] | 'complete' {
  const { out, resume } = prepared.request;
  if (out === undefined) return [];
  if (!resume) {
    if (existsSync(checkpointPath(out))) throw new UserError(`${checkpointPath(out)}: an interrupted sweep writes to ${out}; add --resume to finish it, or remove the checkpoint to start over`);
    return [];
  }
  if (!existsSync(checkpointPath(out)) && existsSync(out) && JSON.stringify(parseOutputMeta(readFileSync(out, 'utf8'))) === JSON.stringify(prepared.meta)) return 'complete';
  const planned = new Set(prepared.runs.map((r) => r.run));
  const byRun = new Map<number, RunRecord>();
  for (const r of readCheckpoint(out, prepared.meta)) if (planned.has(r.run)) byRun.set(r.run, r);
  return [...byRun.values()];
}

/** What a sweep ended with: its exit code and its records (every run's when complete). */
export interface SweepOutcome {
  code: number;
  records: RunRecord[];
  complete: boolean;
}

/** Runs a prepared sweep; resolves to the exit code (see the file comment). */
export async function executeSweep(prepared: PreparedSweep, streams: SweepStreams, signal?: AbortSignal): Promise<number> {
  return (await runSweep(prepared, streams, signal)).code;
}

/**
 * Runs a prepared sweep and writes its results (to --out, else to stdout unless `print` is
 * false) and its --salib-out file; resolves to its exit code and records.
 */
export async function runSweep(prepared: PreparedSweep, streams: SweepStreams, signal?: AbortSignal, print = true): Promise<SweepOutcome> {
  const { request: req, meta, design, runs } = prepared;
  const before = finishedBefore(prepared);
  if (before === 'complete') {
    const records = req.salibOut === undefined && print ? [] : readRuns(req.out!);
    if (req.salibOut !== undefined) writeFileAtomic(req.salibOut, salibText(prepared, records));
    streams.stderr.write(`sweep: ${req.out} is already complete; nothing to resume\n`);
    return { code: 0, records, complete: true };
  }
  let checkpoint: Checkpoint | undefined;
  try {
    checkpoint = req.out === undefined ? undefined : new Checkpoint(req.out, meta, before);
  } catch (e) {
    throw new UserError(`${req.out}: cannot write the results (${fileReason(e)})`);
  }
  const records = new Map(before.map((r) => [r.run, r]));
  const todo = runs.filter((r) => !records.has(r.run));
  const progress = new SweepProgress(runs.length, records.size, streams.stderr, req.quiet);
  let crashed = [...records.values()].filter((r) => r.error !== null).length;
  const onResult = ({ task, kpis, error }: TaskResult) => {
    const record: RunRecord = { ...task, values: design.combinations[task.combination], kpis, error };
    records.set(task.run, record);
    checkpoint?.append(record);
    if (error !== null) {
      crashed++;
      progress.note(`sweep: run ${task.run} crashed (combination ${task.combination}, repetition ${task.repetition}, seed ${task.seed}): ${error}\n  reproduce it with: ${reproduceCommand(prepared, task)}`);
    }
    progress.tick();
  };
  const runTimeoutMs = req.timeout === undefined ? undefined : req.timeout * 1000;
  const outcome = await runPool({ scenarios: prepared.scenarios, tasks: todo, workers: req.workers, onResult, signal, runTimeoutMs, strategies: req.strategies });
  const complete = records.size === runs.length;
  const written: SweepMeta = complete ? meta : [...meta, ['incomplete', `${records.size} of ${runs.length} runs done; finish with --resume`]];
  const text = formatOutput(req.format, written, design.paths, records.values());
  try {
    if (req.out !== undefined) writeFileAtomic(req.out, text);
    else if (print) streams.stdout.write(text);
    if (complete && req.salibOut !== undefined) writeFileAtomic(req.salibOut, salibText(prepared, records.values()));
  } catch (e) {
    checkpoint?.close(false);
    throw e;
  }
  checkpoint?.close(complete);
  const failures = crashed ? `, ${crashed} crashed` : '';
  if (outcome === 'stopped') {
    progress.finish(`stopped: ${records.size} of ${runs.length} runs done${failures}${req.out ? `; finish with the same command and --resume` : ''}`);
    return { code: 130, records: [...records.values()], complete };
  }
  progress.finish(`${runs.length} runs done${failures}${req.out ? ` · ${req.out}` : ''}${req.salibOut ? ` · ${req.salibOut}` : ''}`);
  return { code: crashed ? 1 : 0, records: [...records.values()], complete };
}

/** The runs of a complete results file (a wide file holds none: a {@link UserError}). */
function readRuns(file: string): RunRecord[] {
  try {
    return parseOutput(readFileSync(file, 'utf8'), file).records;
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
}

/** The --salib-out text: the header as comments, the chosen KPIs' means, a row per combination. */
function salibText(prepared: PreparedSweep, records: Iterable<RunRecord>): string {
  return formatSalibOutput(metaLines(prepared.meta).map((l) => l.slice(2)), prepared.request.salibKpis, prepared.design.combinations.length, records);
}

/** Runs the `sweep` command; Ctrl-C and SIGTERM stop it cleanly. Resolves to the exit code. */
export async function sweepCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(SWEEP_USAGE);
    return 0;
  }
  const req = parseSweepArgs(args);
  const prepared = prepareSweep(req, (await loadStrategies(req.strategies)).records);
  const stopper = new AbortController();
  const stop = () => stopper.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await executeSweep(prepared, { stdout: process.stdout, stderr: process.stderr }, stopper.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
