/**
 * A sweep worker thread: runs one task at a time (a run and its combination's scenario) and
 * posts back its KPIs, or the error that stopped it. Started through sweepWorkerBoot.mjs by
 * the pool in sweepPool.ts. It loads the sweep's strategies of one's own (the same files) first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadStrategies } from './strategyFile';
import { runOne } from '../experiments/runOne';
import type { RunSpec } from '../experiments/runPlan';
import type { Scenario } from '../scenario/schema';

/** What a worker posts: `ready` once loaded, then one result per task. */
export type WorkerMessage = { type: 'ready' } | { type: 'result'; run: number; kpis: Record<string, number> | null; error: string | null };

/** What the pool sends a worker: one run and the scenario of its combination. */
export interface WorkerTask {
  task: RunSpec;
  scenario: Scenario;
}

/** What the pool gives a worker at its start: the `--strategy` flags to load before its first run. */
export interface WorkerData {
  strategies: readonly string[];
}

const port = parentPort!;
const { overrides } = await loadStrategies((workerData as WorkerData | null)?.strategies ?? []);

port.on('message', ({ task, scenario }: WorkerTask) => {
  let message: WorkerMessage;
  try {
    message = { type: 'result', run: task.run, kpis: runOne(scenario, task.seed, overrides), error: null };
  } catch (e) {
    message = { type: 'result', run: task.run, kpis: null, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
