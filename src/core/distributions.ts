/**
 * Probability distributions named in scenario files, and sampling from a seeded stream.
 * Sampling is pure given the stream: one call draws a fixed number of uniforms per kind
 * (rejection for the truncated normal draws until accepted, at most 64 tries). Every law is of
 * a non-negative quantity: the normal is truncated at zero by definition (and to [min, max]
 * when given); the scenario schema (src/scenario/lawSchema.ts) checks the parameters.
 */
import type { Stream } from './random';
import { cos, exp, ln } from './fmath';

/** A distribution as written in a scenario file. */
export type Distribution =
  | { type: 'constant'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'exponential'; mean: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { type: 'lognormal'; mean: number; sd: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'empirical'; values: number[]; weights?: number[] };

function standardNormal(rng: Stream): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * ln(u1)) * cos(2 * Math.PI * u2);
}

/** Draws one value of `d` from `rng`. */
export function sample(d: Distribution, rng: Stream): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return d.min + (d.max - d.min) * rng.next();
    case 'exponential':
      return -d.mean * ln(1 - rng.next());
    case 'normal': {
      const lo = Math.max(0, d.min ?? 0);
      const hi = d.max ?? Infinity;
      for (let i = 0; i < 64; i++) {
        const x = d.mean + d.sd * standardNormal(rng);
        if (x >= lo && x <= hi) return x;
      }
      return Math.min(hi, Math.max(lo, d.mean));
    }
    case 'lognormal': {
      const s2 = ln(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = ln(d.mean) - s2 / 2;
      return exp(mu + Math.sqrt(s2) * standardNormal(rng));
    }
    case 'triangular': {
      const u = rng.next();
      const { min: a, mode: c, max: b } = d;
      const f = (c - a) / (b - a);
      return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((s, x) => s + x, 0);
      let u = rng.next() * total;
      for (let i = 0; i < d.values.length; i++) {
        u -= w[i];
        if (u < 0) return d.values[i];
      }
      return d.values[d.values.length - 1];
    }
  }
}

/** The expected value of `d` (for the truncated normal: its untruncated mean, clamped to its bounds). */
export function meanOf(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
    case 'lognormal':
      return d.mean;
    case 'normal':
      return Math.min(d.max ?? Infinity, Math.max(0, d.min ?? 0, d.mean));
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((s, x) => s + x, 0);
      return d.values.reduce((s, v, i) => s + v * w[i], 0) / total;
    }
  }
}

/**
 * Draws one value of `d` cut to at most `max` (the range of the quantity it measures). A draw
 * that is not a number or is below zero is a broken invariant (the schema rules such laws
 * out) and throws.
 */
export function sampleWithin(d: Distribution, rng: Stream, max: number): number {
  const x = sample(d, rng);
  if (!(x >= 0)) throw new Error(`broken invariant: a ${d.type} law drew ${x}`);
  return x > max ? max : x;
}

/**
 * Draws a binomial count: how many of `n` trials succeed with probability `p` (a whole n ≥ 0).
 * By inversion of the distribution function, one uniform per block of trials whose mean count
 * is at most {@link BLOCK_MEAN} (so `(1 - p)^n` of a block stays far from underflow and the walk
 * up the function short), the rarer outcome counted when p > 0.5; none when the count is
 * certain (p = 0 or 1, or n = 0). Exact in distribution: a sum of independent binomial blocks is
 * binomial. Deterministic: `(1 - p)^n` by squaring, with products IEEE 754 specifies to the bit.
 */
export function binomial(n: number, p: number, rng: Stream): number {
  if (p <= 0 || n <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  const block = Math.max(1, Math.floor(BLOCK_MEAN / p));
  let k = 0;
  for (let left = n; left > 0; left -= block) k += binomialBlock(left < block ? left : block, p, rng);
  return k;
}

/** The largest mean count of one block of {@link binomial}'s trials. */
const BLOCK_MEAN = 16;

/** `x` to the whole power `n` ≥ 0 by squaring (Math.pow is not specified to the last bit). */
function power(x: number, n: number): number {
  let result = 1;
  for (let base = x, e = n; e > 0; e = Math.floor(e / 2), base *= base) if (e % 2 === 1) result *= base;
  return result;
}

/** One binomial draw of `n` trials by inversion: the least k whose distribution function passes a uniform. */
function binomialBlock(n: number, p: number, rng: Stream): number {
  const u = rng.next();
  const q = 1 - p;
  const odds = p / q;
  let f = power(q, n);
  let cdf = f;
  let k = 0;
  // k < n: the sum can fall short of 1 by rounding; the last count takes what is left.
  while (u >= cdf && k < n) {
    f *= (odds * (n - k)) / (k + 1);
    k++;
    cdf += f;
  }
  return k;
}

/** Picks an index with probability proportional to `weights`. */
export function pickWeighted(weights: number[], rng: Stream): number {
  const total = weights.reduce((s, x) => s + x, 0);
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}
