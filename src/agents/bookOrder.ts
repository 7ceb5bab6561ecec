/**
 * The order in which the lanceur places its book: the orders already reviewed first (their
 * dates are commitments), then by planned launch day, then by order id. A total order (ids are
 * unique), so any correct sort gives the same sequence; this one sorts numeric keys instead of
 * calling a comparator, which is what the daily review spends most of its time on. Pure.
 */

/** What the order needs of a line of the book. */
export interface Placeable {
  id: number;
  plannedLaunchDay: number;
  reviewed: boolean;
}

/** Reviewed first, then planned launch day, then id: the comparator form of the order. */
export function byCommitment(a: Placeable, b: Placeable): number {
  return Number(a.reviewed === false) - Number(b.reviewed === false) || a.plannedLaunchDay - b.plannedLaunchDay || a.id - b.id;
}

const DAY_BITS = 2 ** 20;
const DAY_OFFSET = 2 ** 19;
const ID_SPAN = 2 ** 32;

/**
 * Sorts `lines` in place by {@link byCommitment}. Each line becomes one exact integer key
 * below 2^53 (1 bit reviewed, 20 bits day, 32 bits id); lines outside those ranges (or with a
 * repeated id) fall back to the comparator.
 */
export function sortByCommitment<T extends Placeable>(lines: T[]): void {
  const n = lines.length;
  if (n < 2) return;
  const keys = new Float64Array(n);
  const byId = new Map<number, T>();
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    const day = l.plannedLaunchDay + DAY_OFFSET;
    if (!(Number.isInteger(day) && day >= 0 && day < DAY_BITS && Number.isInteger(l.id) && l.id >= 0 && l.id < ID_SPAN)) {
      lines.sort(byCommitment);
      return;
    }
    keys[i] = ((l.reviewed ? 0 : 1) * DAY_BITS + day) * ID_SPAN + l.id;
    byId.set(l.id, l);
  }
  if (byId.size !== n) {
    lines.sort(byCommitment);
    return;
  }
  keys.sort();
  for (let i = 0; i < n; i++) lines[i] = byId.get(keys[i] % ID_SPAN)!;
}
