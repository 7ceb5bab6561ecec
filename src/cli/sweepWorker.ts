/**
 * A sweep worker thread: receives the combinations' scenarios once (workerData), then runs
 * one task at a time and posts back its KPIs, or the error that stopped it. Started through
 * sweepWorkerBoot.mjs by the pool in sweepPool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runOne } from '../experiments/runOne';
import type { RunSpec } from '../experiments/runPlan';
import type { Scenario } from '../scenario/schema';

/** What a worker posts: `ready` once loaded, then one result per task. */
export type WorkerMessage = { type: 'ready' } | { type: 'result'; run: number; kpis: Record<string, number> | null; error: string | null };

const scenarios = (workerData as { scenarios: Scenario[] }).scenarios;
const port = parentPort!;

port.on('message', (task: RunSpec) => {
  let message: WorkerMessage;
  try {
    message = { type: 'result', run: task.run, kpis: runOne(scenarios[task.combination], task.seed), error: null };
  } catch (e) {
    message = { type: 'result', run: task.run, kpis: null, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
