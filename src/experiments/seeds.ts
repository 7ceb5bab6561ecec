/**
 * The seed of each run, derived from the sweep's base seed. By default every combination
 * uses the same seed for repetition r (common random numbers): combinations then differ by
 * their parameters, not by luck, which sharpens comparisons between them. With the
 * `independent` policy the combination index enters the seed too. Pure and stable across
 * versions: changing it would change every published sweep.
 */

/** `common`: seed(base, r); `independent`: seed(base, r, combination). */
export type SeedPolicy = 'common' | 'independent';

/** The policies by name, for the CLI. */
export const seedPolicies: readonly SeedPolicy[] = ['common', 'independent'];

function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The seed (a whole number in [0, 2^32)) of repetition `repetition` of `combination`:
 * fmix32(fnv1a32("sweep/<base>/<repetition>")) under `common`, with "/<combination>"
 * appended under `independent`. Hashing, rather than base + r, keeps sweeps with nearby
 * bases from sharing seeds.
 */
export function runSeed(base: number, repetition: number, combination: number, policy: SeedPolicy): number {
  const key = policy === 'common' ? `sweep/${base}/${repetition}` : `sweep/${base}/${repetition}/${combination}`;
  return fmix32(fnv1a32(key));
}
