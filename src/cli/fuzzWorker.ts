/**
 * A fuzz child process: receives a job (the bases, the seed, mutants `from` to `to`,
 * exclusive), tries each mutant, and sends one verdict per mutant in order. A process, not a
 * thread: V8 ends the whole process on some allocation failures, and the runner must survive
 * them. Forked by fuzz.ts, which kills it if a mutant outlasts the watchdog.
 */
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

process.once('message', (job: FuzzJob) => {
  for (let i = job.from; i < job.to; i++) {
    const m = mutant(job.bases, job.seed, i);
    const v = trial(m.value, () => performance.now());
    process.send!({ index: i, base: m.base, what: m.what, ...v } satisfies FuzzResult);
  }
  process.disconnect();
});
