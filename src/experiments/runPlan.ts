/**
 * The order of a sweep's runs and their split into shards. Runs go repetition-major: run i
 * is repetition ⌊i / C⌋ of combination i mod C (C combinations), so all combinations get
 * repetition 0 before any gets repetition 1 and a sweep stopped early stays balanced.
 * Shard k of n takes the runs i with i mod n = k − 1, which keeps each shard balanced too.
 * Pure.
 */
import { DesignError } from './errors';
import { runSeed, type SeedPolicy } from './seeds';

/** One run: its index in the sweep's order, what it runs and with which seed. */
export interface RunSpec {
  run: number;
  combination: number;
  repetition: number;
  seed: number;
}

/** A share of the runs: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Every run of `combinations` × `repetitions`, in run order, with its seed. */
export function planRuns(combinations: number, repetitions: number, seedBase: number, policy: SeedPolicy): RunSpec[] {
  const runs: RunSpec[] = [];
  for (let r = 0; r < repetitions; r++) {
    for (let c = 0; c < combinations; c++) {
      runs.push({ run: runs.length, combination: c, repetition: r, seed: runSeed(seedBase, r, c, policy) });
    }
  }
  return runs;
}

/** Parses `k/n` (1 ≤ k ≤ n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new DesignError(`--shard ${text}: expected k/n with 1 ≤ k ≤ n, for example 1/4 (Slurm: $SLURM_ARRAY_TASK_ID/4 with --array=1-4)`);
  }
  return { index, count };
}

/** Whether run `run` belongs to `shard` (every run belongs to the whole sweep). */
export function inShard(run: number, shard: Shard | undefined): boolean {
  return !shard || run % shard.count === shard.index - 1;
}
