/**
 * An experimental design: which parameters vary and the combinations of their values to
 * run. The full factorial and one-at-a-time designs are built here; Latin hypercube
 * sampling is in lhs.ts, hand-picked combinations in designFile.ts. Pure.
 */

/** How the combinations were chosen. */
export type DesignKind = 'factorial' | 'lhs' | 'oat' | 'file' | 'morris' | 'salib';

/**
 * The varied parameter paths and the combinations: `combinations[c][j]` is the value of
 * `paths[j]` in combination c. Combination indices are the positions in this array.
 */
export interface Design {
  kind: DesignKind;
  paths: string[];
  combinations: unknown[][];
}

/** A factor of a factorial or one-at-a-time design: a path and its levels in order. */
export interface Factor {
  path: string;
  levels: unknown[];
}

/**
 * Every combination of the factors' levels, as nested loops in the order given: the first
 * factor changes slowest, the last fastest. No factors: one combination, the scenario as is.
 */
export function fullFactorial(factors: readonly Factor[]): Design {
  let combinations: unknown[][] = [[]];
  for (const f of factors) combinations = combinations.flatMap((c) => f.levels.map((v) => [...c, v]));
  return { kind: 'factorial', paths: factors.map((f) => f.path), combinations };
}

/**
 * One-at-a-time around `base` (the scenario's value of each path): combination 0 is the base,
 * then, factor by factor in the order given, each level that differs from the base, the
 * other factors held at their base values.
 */
export function oneAtATime(factors: readonly Factor[], base: readonly unknown[]): Design {
  const combinations: unknown[][] = [[...base]];
  factors.forEach((f, j) => {
    for (const v of f.levels) {
      if (sameValue(v, base[j])) continue;
      const c = [...base];
      c[j] = v;
      combinations.push(c);
    }
  });
  return { kind: 'oat', paths: factors.map((f) => f.path), combinations };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `path=value` pairs of one combination, space-separated (for messages and `--set`). */
export function describeCombination(paths: readonly string[], values: readonly unknown[]): string {
  return paths.map((p, j) => `${p}=${typeof values[j] === 'string' ? values[j] : JSON.stringify(values[j])}`).join(' ');
}
