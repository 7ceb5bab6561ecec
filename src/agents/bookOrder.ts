/**
 * The order in which the lanceur places its book: the orders already reviewed first (their
 * dates are commitments), then by planned launch day, then by order id. A total order (ids are
 * unique), so any correct sort gives the same sequence. The daily book comes in id order, so
 * a stable counting sort by (reviewed, day) gives it in linear time, without calling a
 * comparator, which is what the daily review used to spend most of its time on. Pure.
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

/**
 * Sorts `lines` in place by {@link byCommitment}. Lines in increasing id order with whole
 * days over a span not much wider than the book are counted into (reviewed, day) buckets,
 * which keeps the id order inside each bucket; any other input is sorted with the comparator.
 */
export function sortByCommitment<T extends Placeable>(lines: T[]): void {
  const n = lines.length;
  if (n < 2) return;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    const day = l.plannedLaunchDay;
    if (!Number.isInteger(day) || (i > 0 && !(l.id > lines[i - 1].id))) {
      lines.sort(byCommitment);
      return;
    }
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const span = max - min + 1;
  if (span > 4 * n + 1024) {
    lines.sort(byCommitment);
    return;
  }
  // starts[b] is where bucket b begins: reviewed lines take buckets [0, span), new ones [span, 2 span).
  const size = 2 * span + 1;
  if (starts.length < size) starts = new Int32Array(2 * size);
  else starts.fill(0, 0, size);
  if (keys.length < n) keys = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const k = bucket(lines[i], min, span);
    keys[i] = k;
    starts[k + 1]++;
  }
  for (let b = 1; b < size; b++) starts[b] += starts[b - 1];
  const copy = placed as T[];
  for (let i = 0; i < n; i++) copy[i] = lines[i];
  for (let i = 0; i < n; i++) lines[starts[keys[i]]++] = copy[i];
}

/** Scratch space of the counting sort, reused from one sort to the next (what it holds between them is never read). */
let starts = new Int32Array(1024);
let keys = new Int32Array(1024);
/**
 * The lines in their first order, while the sort moves them. Never emptied: V8 frees an array's
 * store when its length is set to 0, and growing it again for every sort was a tenth of the bytes
 * a run allocated; it holds the last sort's lines until the next.
 */
const placed: Placeable[] = [];

function bucket(l: Placeable, min: number, span: number): number {
  return (l.reviewed ? 0 : span) + l.plannedLaunchDay - min;
}
