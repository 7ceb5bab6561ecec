/**
 * Where each order and lot is, as tokens for the workshop view: pure functions of the state
 * at one time. An order not yet reviewed sits in the commercial's book, a reviewed one on the
 * lanceur's board, a lot at its station (queued or in process), a finished order travels back
 * to its client along the delivery lane (as far as its shipment's transport has gone), a
 * delivered one stays at the client for a day. Output order is stable (by
 * id) so a token keeps its slot between frames.
 */
import type { SimState } from '../../agents/state';
import type { Scenario } from '../../scenario/schema';

/** A place in the workshop picture. `index` is a client or station index. */
export type Place =
  | { at: 'book' }
  | { at: 'board' }
  | { at: 'station'; index: number; busy: boolean }
  | { at: 'shipping'; index: number; progress: number }
  | { at: 'client'; index: number };

/** One token: an order (`o12`) or a lot (`l40`) at a place, with what makes it stand out. */
export interface Token {
  key: string;
  order: number;
  place: Place;
  /** The client's kind, or `stock` for a replenishment of the supplier-held stock. */
  kind: 'internal' | 'semiExternal' | 'external' | 'stock';
  urgent: boolean;
  late: boolean;
}

/** Hours a delivered order stays visible at its client. */
export const DELIVERED_VISIBLE_HOURS = 24;

/** A shipment on its way (see `Simulation.shipmentsInTransit`): order and arrival in hours. */
export interface Shipment {
  order: number;
  arrival: number;
}

/**
 * How far a shipment arriving at `arrival` has travelled at `time`, from 0 (at the dock) to
 * 1 (at the client): elapsed transport time over `transportHours`. A shipment held at the
 * dock (waiting for its departure, or for a blockade to end) stays at 0.
 */
export function transitProgress(arrival: number, time: number, transportHours: number): number {
  if (transportHours <= 0) return time >= arrival ? 1 : 0;
  return Math.max(0, Math.min(1, 1 - (arrival - time) / transportHours));
}

/** The tokens of `state` at `time` (hours); `transit` places finished orders along the lane. */
export function tokensAt(state: SimState, scenario: Scenario, time: number, transit: readonly Shipment[] = []): Token[] {
  const clientIndex = new Map(scenario.clients.map((c, i) => [c.id, i]));
  const routing = new Map(scenario.products.map((p) => [p.id, p.routing]));
  const stationIndex = new Map(scenario.stations.map((s, i) => [s.id, i]));
  const day = Math.floor(time / 24);
  const soonest = new Map<number, number>();
  for (const sh of transit) if (sh.arrival < (soonest.get(sh.order) ?? Infinity)) soonest.set(sh.order, sh.arrival);
  const progress = (id: number) => {
    const arrival = soonest.get(id);
    return arrival === undefined ? 0 : transitProgress(arrival, time, scenario.fabrication.transportHours);
  };
  const out: Token[] = [];
  const base = (o: SimState['orders'][number]) => ({ order: o.id, kind: o.replenishment ? ('stock' as const) : o.kind, urgent: o.urgent, late: o.status !== 'delivered' && day > o.promisedDay });
  for (const o of state.orders) {
    if (o.status === 'booked') out.push({ key: `o${o.id}`, place: o.reviewed ? { at: 'board' } : { at: 'book' }, ...base(o) });
    else if (o.status === 'launched' && o.lotsOpen === 0) out.push({ key: `o${o.id}`, place: { at: 'shipping', index: clientIndex.get(o.client) ?? 0, progress: progress(o.id) }, ...base(o) });
    else if (o.status === 'delivered' && !o.replenishment && o.deliveredAt !== null && time - o.deliveredAt < DELIVERED_VISIBLE_HOURS) {
      out.push({ key: `o${o.id}`, place: { at: 'client', index: clientIndex.get(o.client) ?? 0 }, ...base(o), late: day > o.promisedDay && Math.floor(o.deliveredAt / 24) > o.promisedDay });
    }
  }
  for (const k in state.lots) {
    const lot = state.lots[k];
    const o = state.orders[lot.order];
    const st = stationIndex.get(routing.get(o.product)?.[lot.step] ?? '') ?? 0;
    out.push({ key: `l${lot.id}`, place: { at: 'station', index: st, busy: state.stations[st].current === lot.id }, ...base(o) });
  }
  return out;
}
