/**
 * A pool of worker threads that runs batches of tasks (sweep runs), one task per worker at a
 * time, and hands each result to the caller as it arrives (in completion order; the caller
 * writes in run order). Workers outlive a batch, so a caller that runs many small batches
 * (`fit`, one evaluation at a time) pays their start once. Stopping terminates the workers at
 * once: runs in flight are dropped, to be redone by `--resume`. A worker that fails to start
 * is a bug and rejects the batch; one that dies during a run, or outlasts the time limit of a
 * run, records that run as crashed and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { RunSpec } from '../experiments/runPlan';
import type { Scenario } from '../scenario/schema';
import type { WorkerData, WorkerMessage, WorkerTask } from './sweepWorker';

/** A finished task: the run's KPIs, or the error that stopped it. */
export interface TaskResult {
  task: RunSpec;
  kpis: Record<string, number> | null;
  error: string | null;
}

/** How the pool's workers are set up: their number, a run's time limit, the strategies they load. */
export interface PoolSetup {
  workers: number;
  /** Longest a run may take, in milliseconds (default: no limit). */
  runTimeoutMs?: number;
  /** `--strategy role=file` flags each worker loads before its first run (docs/strategies.md). */
  strategies?: readonly string[];
}

/** One batch and the pool it runs on: each combination's scenario, the tasks in dispatch order. */
export interface PoolOptions extends PoolSetup {
  scenarios: Scenario[];
  tasks: RunSpec[];
  onResult: (result: TaskResult) => void;
  signal?: AbortSignal;
}

/**
 * The worker's entry: from the sources (run by tsx), the boot file that registers tsx; from
 * the built command (build/cli/, scripts/bundle.mjs), the bundled worker beside it.
 */
const ENTRY = import.meta.url.endsWith('.ts') ? new URL('./sweepWorkerBoot.mjs', import.meta.url) : new URL('./sweepWorker.mjs', import.meta.url);

type Slot = { ready: boolean; task: RunSpec | null; timer?: ReturnType<typeof setTimeout> };

interface Batch {
  scenarios: Scenario[];
  tasks: RunSpec[];
  next: number;
  finished: number;
  onResult: (result: TaskResult) => void;
  settle: (outcome: 'done' | 'stopped' | Error) => void;
}

/** Worker threads kept between batches; {@link WorkerPool.close} ends them. */
export class WorkerPool {
  private readonly live = new Map<Worker, Slot>();
  private batch: Batch | null = null;

  constructor(private readonly setup: PoolSetup) {}

  /** Runs every task of one batch; resolves to 'done', or 'stopped' when `signal` aborted first (the workers are then ended). */
  run(scenarios: Scenario[], tasks: RunSpec[], onResult: (result: TaskResult) => void, signal?: AbortSignal): Promise<'done' | 'stopped'> {
    if (this.batch) throw new Error('WorkerPool.run: a batch is already running');
    return new Promise((resolve, reject) => {
      const stop = () => batch.settle('stopped');
      const batch: Batch = {
        scenarios,
        tasks,
        next: 0,
        finished: 0,
        onResult,
        settle: (outcome) => {
          if (this.batch !== batch) return;
          this.batch = null;
          signal?.removeEventListener('abort', stop);
          if (outcome !== 'done') this.close();
          if (outcome instanceof Error) reject(outcome);
          else resolve(outcome);
        },
      };
      this.batch = batch;
      if (signal?.aborted) return batch.settle('stopped');
      signal?.addEventListener('abort', stop);
      if (tasks.length === 0) return batch.settle('done');
      for (const [w, slot] of this.live) if (slot.ready && !slot.task) this.feed(w, slot);
      const wanted = Math.min(this.setup.workers, tasks.length);
      for (let i = this.live.size; i < wanted; i++) this.spawn();
    });
  }

  /** Ends every worker (runs in flight are dropped). */
  close(): void {
    for (const [w, slot] of this.live) {
      clearTimeout(slot.timer);
      void w.terminate();
    }
    this.live.clear();
  }

  private finish(slot: Slot, result: TaskResult): void {
    const batch = this.batch!;
    clearTimeout(slot.timer);
    slot.task = null;
    batch.onResult(result);
    if (++batch.finished === batch.tasks.length) batch.settle('done');
  }

  private feed(w: Worker, slot: Slot): void {
    const batch = this.batch;
    if (!batch || batch.next >= batch.tasks.length) return;
    const task = batch.tasks[batch.next++];
    slot.task = task;
    w.postMessage({ task, scenario: batch.scenarios[task.combination] } satisfies WorkerTask);
    const limit = this.setup.runTimeoutMs;
    if (limit) slot.timer = setTimeout(() => this.lost(w, slot, `timed out after ${limit / 1000} s`), limit);
  }

  private lost(w: Worker, slot: Slot, error: string): void {
    clearTimeout(slot.timer);
    this.live.delete(w);
    void w.terminate();
    const task = slot.task!;
    this.finish(slot, { task, kpis: null, error });
    if (this.batch && this.batch.next < this.batch.tasks.length) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(ENTRY, { workerData: { strategies: this.setup.strategies ?? [] } satisfies WorkerData });
    const slot: Slot = { ready: false, task: null };
    this.live.set(w, slot);
    w.on('message', (m: WorkerMessage) => {
      if (!this.live.has(w)) return;
      if (m.type === 'ready') slot.ready = true;
      else if (slot.task && this.batch) this.finish(slot, { task: slot.task, kpis: m.kpis, error: m.error });
      this.feed(w, slot);
    });
    w.on('error', (e) => {
      if (!this.live.has(w)) return;
      if (!slot.ready || !slot.task) {
        this.live.delete(w);
        const failure = new Error(`a sweep worker failed to start: ${e.stack ?? e.message}`);
        if (this.batch) this.batch.settle(failure);
        else this.close();
        return;
      }
      this.lost(w, slot, `worker died: ${e.message}`);
    });
  }
}

/** Runs every task on a pool of its own, ended afterwards; resolves to 'done', or 'stopped' when `signal` aborted first. */
export async function runPool({ scenarios, tasks, onResult, signal, ...setup }: PoolOptions): Promise<'done' | 'stopped'> {
  const pool = new WorkerPool(setup);
  try {
    return await pool.run(scenarios, tasks, onResult, signal);
  } finally {
    pool.close();
  }
}
