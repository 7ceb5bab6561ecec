/**
 * The lanceur's automatic strategy for the daily review, as a pure function: which orders to
 * launch today and which promised dates to move. Urgent orders of important clients go at
 * once on the capacity reserve. Normal orders are levelled: taken in order of planned launch
 * day, each working day filled up to the norm, (1 − reserve share) × capacity (the last order
 * of a day may overrun it, and the next day starts that much lower), pulling work forward by
 * at most `pullAheadDays`. The same walk projects every order's launch and
 * delivery day; a date the projection misses by more than the tolerance is moved, as the
 * date policy allows.
 */
import type { Calendar } from '../core/calendar';
import type { LanceurSpec } from '../scenario/schema';

/** One unlaunched order as the lanceur sees it. `uo` is the UO it will launch. */
export interface BookLine {
  id: number;
  plannedLaunchDay: number;
  promisedDay: number;
  uo: number;
  quantity: number;
  urgent: boolean;
  important: boolean;
  reviewed: boolean;
}

/** A date the lanceur moves, from one promised day to another. */
export interface DateMove {
  order: number;
  from: number;
  to: number;
  reason: 'free capacity' | 'load above the norm';
}

/** The lanceur's answer to a daily review. */
export interface DailyPlan {
  launches: { order: number; quantity: number; reserve: boolean }[];
  moves: DateMove[];
  /** Share of the horizon's capacity not planned for normal orders (the reserve held). */
  reserveHeld: number;
  /** UO whose planned launch day has passed and that is not launched today. */
  overdueUO: number;
}

/** What the lanceur knows when it reviews. */
export interface ReviewView {
  today: number;
  book: BookLine[];
  /** UO the bottleneck can process per working day. */
  capacityUOPerDay: number;
  /** Launched UO still waiting at the bottleneck beyond one day's norm: it eats today's budget. */
  wipExcessUO: number;
  quantityMargin: number;
}

/** Parts launched for `quantity` ordered, with the margin. */
export function launchQuantity(quantity: number, margin: number): number {
  return Math.max(quantity, Math.round(quantity * (1 + margin)));
}

/** Orders in the sequence the lanceur launches them: planned launch day, then order id. */
export function byPlannedLaunch(a: BookLine, b: BookLine): number {
  return a.plannedLaunchDay - b.plannedLaunchDay || a.id - b.id;
}

/** The daily plan. Pure: depends only on its arguments. */
export function planDay(view: ReviewView, lanceur: LanceurSpec, calendar: Calendar): DailyPlan {
  const { today, capacityUOPerDay } = view;
  const share = lanceur.capacityReserve.share;
  const norm = (1 - share) * capacityUOPerDay;
  const launches: DailyPlan['launches'] = [];
  const moves: DateMove[] = [];
  const normal: BookLine[] = [];
  for (const o of view.book) {
    if (o.urgent && o.important) launches.push({ order: o.id, quantity: launchQuantity(o.quantity, view.quantityMargin), reserve: true });
    else normal.push(o);
  }
  normal.sort(byPlannedLaunch);

  const horizonEnd = today + lanceur.capacityReserve.horizonDays;
  const horizonCapacity = capacityUOPerDay * calendar.workingDaysBetween(today, horizonEnd);
  let plannedInHorizon = Math.min(view.wipExcessUO, horizonCapacity);
  let overdueUO = 0;
  let cursor = today;
  let remaining = Math.max(0, norm - view.wipExcessUO);
  for (const o of normal) {
    const earliest = Math.max(today, o.plannedLaunchDay - lanceur.pullAheadDays);
    if (earliest > cursor) {
      cursor = calendar.nextWorkingDay(earliest);
      remaining = norm;
    }
    while (remaining <= 0) {
      cursor = calendar.nextWorkingDay(cursor + 1);
      remaining += norm;
    }
    remaining -= o.uo;
    if (cursor === today) launches.push({ order: o.id, quantity: launchQuantity(o.quantity, view.quantityMargin), reserve: false });
    else if (o.plannedLaunchDay < today) overdueUO += o.uo;
    if (cursor < horizonEnd) plannedInHorizon += o.uo;

    const projected = cursor + lanceur.plannedLeadDays;
    const gap = projected - o.promisedDay;
    const policy = lanceur.datePolicy;
    const tolerance = lanceur.dateToleranceDays;
    if (!o.reviewed && gap < -tolerance && policy !== 'keep') {
      moves.push({ order: o.id, from: o.promisedDay, to: projected, reason: 'free capacity' });
    } else if (gap > tolerance && policy === 'level') {
      moves.push({ order: o.id, from: o.promisedDay, to: projected, reason: 'load above the norm' });
    }
  }
  const reserveHeld = horizonCapacity > 0 ? Math.max(0, 1 - plannedInHorizon / horizonCapacity) : 0;
  return { launches, moves, reserveHeld, overdueUO };
}
