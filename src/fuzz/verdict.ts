/**
 * What a fuzz trial ended in, and the sanity check of a finished run: every number of the
 * report, the state and the event queue must be finite and not below zero. Pure.
 */

/** The outcome of one mutant. Only `refused` and `clean` are sane. */
export type Outcome = 'refused' | 'clean' | 'crashed' | 'hung' | 'nonFinite' | 'negative';

/** The defects, in the order the summary names them. */
export const DEFECTS = ['crashed', 'hung', 'nonFinite', 'negative'] as const satisfies readonly Outcome[];

/** An outcome and a one-line detail (the refusal, the error, the offending number's path). */
export interface Verdict {
  outcome: Outcome;
  detail: string;
}

/**
 * Fields that are signed by definition: an order's planned launch day is its promised day
 * less the planned lead, before today (even before day 0) when the cycle is the shorter.
 */
const SIGNED = new Set(['plannedLaunchDay']);

/**
 * The first number in `value` (walked depth first, own keys only) that is not finite, or
 * below zero outside the {@link SIGNED} fields, as a verdict naming its path; null when
 * every number is sane.
 */
export function insaneNumber(value: unknown, path = ''): Verdict | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { outcome: 'nonFinite', detail: `${path} = ${value}` };
    if (value < 0 && !SIGNED.has(path.slice(path.lastIndexOf('.') + 1))) return { outcome: 'negative', detail: `${path} = ${value}` };
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = insaneNumber(value[i], `${path}[${i}]`);
      if (v) return v;
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      const v = insaneNumber((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (v) return v;
    }
  }
  return null;
}

/** Counts of each outcome, as the summary line prints them. */
export type Tally = Record<Outcome, number>;

/** A tally of zeros. */
export function emptyTally(): Tally {
  return { refused: 0, clean: 0, crashed: 0, hung: 0, nonFinite: 0, negative: 0 };
}

/** The last line of a fuzz run: `N mutants: R refused with a path, C ran clean, …`. */
export function summaryLine(t: Tally): string {
  const n = Object.values(t).reduce((a, b) => a + b, 0);
  return `${n} mutants: ${t.refused} refused with a path, ${t.clean} ran clean, ${t.crashed} crashed, ${t.hung} hung, ${t.nonFinite} non-finite, ${t.negative} negative`;
}
