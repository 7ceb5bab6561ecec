/**
 * The span of days a Gantt shows: where it starts, how many days it spans, and the moves a
 * reader makes on it (zoom around a day, pan, back to today), always kept inside the run.
 * Pure; days are simulated days (day d spans hours 24d to 24d + 24).
 */
import type { Order } from '../../agents/state';

/** A window of `span` days from day `from` (both may be fractional). */
export interface TimeWindow {
  from: number;
  span: number;
}

/** The narrowest window a reader may zoom to, in days. */
export const MIN_SPAN = 7;

/** The first and last day (fractional) an order's row draws: its receipt, and its delivery, today or its promise, whichever is last. */
export function orderExtent(o: Order, today: number): [number, number] {
  const end = o.deliveredAt !== null ? o.deliveredAt / 24 : today + 1;
  return [o.receivedAt / 24, Math.max(end, o.promisedDay + 1, o.firstPromisedDay + 1)];
}

/**
 * The span a Gantt opens with: four times the median quoted cycle (receipt to first promise)
 * of the orders, at least four weeks, at most the run (`days`). Case A's cycles of months show
 * most of the run; case B's week-long orders show about a month.
 */
export function defaultSpan(orders: readonly Order[], days: number): number {
  const cycles = orders.filter((o) => !o.replenishment).map((o) => o.firstPromisedDay + 1 - o.receivedAt / 24).sort((a, b) => a - b);
  const median = cycles.length ? cycles[Math.floor(cycles.length / 2)] : 14;
  return clampSpan(Math.ceil(4 * median), days);
}

function clampSpan(span: number, days: number): number {
  return Math.min(Math.max(1, days), Math.max(Math.min(MIN_SPAN, days), span));
}

/** `w` moved and narrowed so that it lies within days 0..`days`. */
export function clampWindow(w: TimeWindow, days: number): TimeWindow {
  const span = clampSpan(w.span, days);
  return { from: Math.min(Math.max(0, w.from), Math.max(0, days - span)), span };
}

/** A window of `span` days with the end of day `today` in its middle. */
export function centredOn(today: number, span: number, days: number): TimeWindow {
  return clampWindow({ from: today + 1 - span / 2, span }, days);
}

/** `w` zoomed by `factor` (< 1 narrows) keeping day `anchor` at the same place on screen. */
export function zoomAt(w: TimeWindow, factor: number, anchor: number, days: number): TimeWindow {
  const span = clampSpan(w.span * factor, days);
  return clampWindow({ from: anchor - ((anchor - w.from) * span) / w.span, span }, days);
}

/** `w` moved by `delta` days (negative = earlier). */
export function pan(w: TimeWindow, delta: number, days: number): TimeWindow {
  return clampWindow({ from: w.from + delta, span: w.span }, days);
}

const STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1456];

/** The days to mark on the axis of `w`: multiples of the smallest step (1, 2, 7, 14, 28… days) giving at most `most` marks. */
export function ticks(w: TimeWindow, most: number): number[] {
  const step = STEPS.find((s) => w.span / s <= most) ?? STEPS[STEPS.length - 1];
  const out: number[] = [];
  for (let d = Math.ceil(w.from / step) * step; d <= w.from + w.span; d += step) out.push(d);
  return out;
}

/** The indices of `orders` whose rows cross `w` (as of `today`), in their order. */
export function rowsIn(orders: readonly Order[], w: TimeWindow, today: number): number[] {
  const out: number[] = [];
  orders.forEach((o, i) => {
    const [a, b] = orderExtent(o, today);
    if (b >= w.from && a <= w.from + w.span) out.push(i);
  });
  return out;
}

/** The first of `rows` (indices into `orders`) still open at `today` (not delivered before it), or the last row. */
export function firstOpenRow(orders: readonly Order[], rows: readonly number[], today: number): number {
  const i = rows.findIndex((r) => orders[r].deliveredAt === null || orders[r].deliveredAt! / 24 >= today);
  return i >= 0 ? i : Math.max(0, rows.length - 1);
}
