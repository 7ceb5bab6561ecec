/**
 * A fuzz worker thread: makes mutants `from` to `to` (exclusive) of the seeded run, tries each,
 * and posts one verdict per mutant in order. Started through fuzzWorkerBoot.mjs by fuzz.ts,
 * which ends it if a mutant outlasts the watchdog.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mutant } from '../fuzz/mutate';
import { trial } from '../fuzz/trial';
import type { Verdict } from '../fuzz/verdict';

/** What the runner gives a worker. */
export interface FuzzJob {
  bases: { name: string; value: unknown }[];
  seed: number;
  from: number;
  to: number;
}

/** What a worker posts per mutant. */
export interface FuzzResult extends Verdict {
  index: number;
  base: string;
  what: string;
}

const job = workerData as FuzzJob;
for (let i = job.from; i < job.to; i++) {
  const m = mutant(job.bases, job.seed, i);
  const v = trial(m.value, () => performance.now());
  parentPort!.postMessage({ index: i, base: m.base, what: m.what, ...v } satisfies FuzzResult);
}
