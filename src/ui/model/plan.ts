/**
 * The plan seen as load over time: UO produced per past week and UO planned per coming week
 * (booked orders at their planned launch, launched quantity = ordered × (1 + margin)), beside
 * the capacity, the norm and the reserve band. Pure.
 */
import type { SimState } from '../../agents/state';

/** Weekly load: x = week start day. */
export interface WeeklyLoad {
  x: number[];
  produced: (number | null)[];
  planned: (number | null)[];
}

/** Load per week over a run of `days` days, as of day `now`. */
export function weeklyLoad(state: SimState, days: number, now: number, margin: number): WeeklyLoad {
  const weeks = Math.ceil(days / 7) + 1;
  const x = Array.from({ length: weeks }, (_, w) => w * 7);
  const p = state.series.producedUO;
  const produced = x.map((d) => (d + 7 <= now + 1 && p[d + 7] !== undefined ? p[d + 7] - (p[d] ?? 0) : null));
  const planned: (number | null)[] = x.map(() => null);
  for (const o of state.orders) {
    if (o.status !== 'booked') continue;
    const w = Math.floor(Math.max(o.plannedLaunchDay, now) / 7);
    if (w < weeks) planned[w] = (planned[w] ?? 0) + o.quantity * (1 + margin) * o.uoPerUnit;
  }
  return { x, produced, planned };
}

/** The orders a Gantt shows: by client and/or order id (null = all), oldest first. */
export function ganttOrders(state: SimState, client: string | null, order: number | null): SimState['orders'] {
  return state.orders.filter((o) => (client === null || o.client === client) && (order === null || o.id === order));
}
