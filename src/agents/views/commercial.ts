/**
 * What the commercial sees when it promises a date: the new order (client, kind, urgency,
 * quantity and its UO), the order book (orders and UO), what it booked this week against the
 * target, its posture, and, when it consults the shop, what the lanceur answered (the day its
 * levelled plan would deliver the order). It does not see the workshop's queues, nor clients'
 * lines or trust.
 */
import type { Model } from '../model';
import type { Order } from '../state';
import type { ClientKind } from '../../scenario/schema';
import { dayOf } from '../../core/calendar';
import { byPlannedLaunch, planDay } from '../lanceurPlan';
import { bookLine, planView } from './lanceur';

/** The commercial's view of an order to quote. */
export interface PromiseView {
  /** Day index the order was received. */
  receivedDay: number;
  order: { id: number; client: string; kind: ClientKind; urgent: boolean; product: string; quantity: number; uo: number };
  /** Imposing dates from the cycle table, or consulting the lanceur first. */
  posture: 'imposing' | 'consulting';
  /** The order book: client orders booked and not yet delivered, and their UO. */
  book: { orders: number; uo: number };
  /** UO booked since Monday, and the weekly target. */
  bookedThisWeekUO: number;
  targetUOPerWeek: number;
  /** When consulting: the day the lanceur's plan would deliver the order; else null. */
  lanceurDeliveryDay: number | null;
}

/** The commercial's view of `order` (received, not yet booked): plain data. */
export function promiseView(m: Model, order: Order): PromiseView {
  const consulting = m.scenario.commercial.quoting === 'loadAware';
  return {
    receivedDay: dayOf(order.receivedAt),
    order: { id: order.id, client: order.client, kind: order.kind, urgent: order.urgent, product: order.product, quantity: order.quantity, uo: order.quantity * order.uoPerUnit },
    posture: consulting ? 'consulting' : 'imposing',
    // A pass over the open orders (a day's worth or two in the shipped scenarios): cheaper than
    // a getter computing it on first read, whose object V8 builds field by field.
    book: orderBook(m),
    bookedThisWeekUO: m.state.bookedThisWeekUO,
    targetUOPerWeek: m.scenario.commercial.orderBookTargetUOPerWeek,
    lanceurDeliveryDay: consulting ? projectedDeliveryDay(m, order) : null,
  };
}

/** Client orders booked or in the shop, not yet delivered: how many, and their UO. Reads the model only. */
export function orderBook(m: Model): PromiseView['book'] {
  let orders = 0;
  let uo = 0;
  for (const id of m.state.openOrders) {
    const o = m.state.orders[id];
    if (o.replenishment || (o.status !== 'booked' && o.status !== 'launched')) continue;
    orders++;
    uo += o.quantity * o.uoPerUnit;
  }
  return { orders, uo };
}

/**
 * The day the lanceur's levelled plan would deliver `order` if it were booked now with its
 * table date: what the commercial hears when it consults the shop.
 */
export function projectedDeliveryDay(m: Model, order: Order): number {
  const today = Math.floor(m.now / 24);
  const view = planView(m, today);
  const line = bookLine(m, order, false);
  line.plannedLaunchDay = today;
  line.promisedDay = today;
  // The view's book is the lanceur's last book as made (never changed): the one asked about joins a copy.
  const book = [...view.book, line].sort(byPlannedLaunch);
  const plan = planDay({ ...view, book }, { ...m.scenario.lanceur, datePolicy: 'level', dateToleranceDays: -1 }, m.calendar);
  const move = plan.moves.find((mv) => mv.order === order.id);
  return move ? move.to : today + m.scenario.lanceur.plannedLeadDays;
}
