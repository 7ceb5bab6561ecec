/**
 * A pool of worker threads that runs a sweep's tasks, one task per worker at a time, and
 * hands each result to the caller as it arrives (in completion order; the caller writes in
 * run order). Stopping terminates the workers at once: runs in flight are dropped, to be
 * redone by `--resume`. A worker that fails to start is a bug and rejects the pool; one that
 * dies during a run, or outlasts the time limit of a run, records that run as crashed and is
 * replaced.
 */
import { Worker } from 'node:worker_threads';
import type { RunSpec } from '../experiments/runPlan';
import type { Scenario } from '../scenario/schema';
import type { WorkerMessage, WorkerTask } from './sweepWorker';

/** A finished task: the run's KPIs, or the error that stopped it. */
export interface TaskResult {
  task: RunSpec;
  kpis: Record<string, number> | null;
  error: string | null;
}

/** What the pool needs: each combination's scenario, the tasks in dispatch order, the pool size. */
export interface PoolOptions {
  scenarios: Scenario[];
  tasks: RunSpec[];
  workers: number;
  onResult: (result: TaskResult) => void;
  signal?: AbortSignal;
  /** Longest a run may take, in milliseconds (default: no limit). */
  runTimeoutMs?: number;
}

/**
 * The worker's entry: from the sources (run by tsx), the boot file that registers tsx; from
 * the built command (build/cli/, scripts/bundle.mjs), the bundled worker beside it.
 */
const ENTRY = import.meta.url.endsWith('.ts') ? new URL('./sweepWorkerBoot.mjs', import.meta.url) : new URL('./sweepWorker.mjs', import.meta.url);

/** Runs every task; resolves to 'done', or 'stopped' when `signal` aborted first. */
export function runPool({ scenarios, tasks, workers, onResult, signal, runTimeoutMs }: PoolOptions): Promise<'done' | 'stopped'> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let settled = false;
    type Current = { task: RunSpec | null; timer?: ReturnType<typeof setTimeout> };
    const live = new Map<Worker, Current>();
    const settle = (outcome: 'done' | 'stopped' | Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      for (const [w, current] of live) {
        clearTimeout(current.timer);
        void w.terminate();
      }
      live.clear();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const stop = () => settle('stopped');
    const lost = (w: Worker, current: Current, error: string) => {
      clearTimeout(current.timer);
      live.delete(w);
      void w.terminate();
      onResult({ task: current.task!, kpis: null, error });
      if (++finished === tasks.length) return settle('done');
      spawn();
    };
    const feed = (w: Worker, current: Current) => {
      if (next < tasks.length) {
        current.task = tasks[next++];
        w.postMessage({ task: current.task, scenario: scenarios[current.task.combination] } satisfies WorkerTask);
        if (runTimeoutMs) current.timer = setTimeout(() => lost(w, current, `timed out after ${runTimeoutMs / 1000} s`), runTimeoutMs);
      } else {
        current.task = null;
        live.delete(w);
        void w.terminate();
      }
    };
    const spawn = () => {
      const w = new Worker(ENTRY);
      const current: Current = { task: null };
      let ready = false;
      live.set(w, current);
      w.on('message', (m: WorkerMessage) => {
        if (settled || !live.has(w)) return;
        if (m.type === 'ready') ready = true;
        else {
          clearTimeout(current.timer);
          onResult({ task: current.task!, kpis: m.kpis, error: m.error });
          if (++finished === tasks.length) return settle('done');
        }
        feed(w, current);
      });
      w.on('error', (e) => {
        if (settled || !live.has(w)) return;
        if (!ready || !current.task) return settle(new Error(`a sweep worker failed to start: ${e.stack ?? e.message}`));
        lost(w, current, `worker died: ${e.message}`);
      });
    };
    if (signal?.aborted) return settle('stopped');
    signal?.addEventListener('abort', stop);
    if (tasks.length === 0) return settle('done');
    for (let i = 0; i < Math.min(workers, tasks.length); i++) spawn();
  });
}
