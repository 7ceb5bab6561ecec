/**
 * Deliveries reaching the client: the order is delivered when all it is owed has arrived;
 * on time means by the end of its current promised day. The client's trust moves with it,
 * and falls further when the lateness was never announced (no date moved).
 */
import type { Model } from './model';
import { dayOf } from '../core/calendar';
import { affectTrust } from './trust';

/** A shipment arrives at the client. */
export function onDeliveryArrive(m: Model, orderId: number, quantity: number, offSpec: number): void {
  const order = m.order(orderId);
  m.trace('delivery.arrived', order.client, order.id, { quantity, offSpec });
  if (order.delivered + order.fromStock < order.quantity || order.status === 'delivered') return;
  order.status = 'delivered';
  order.deliveredAt = m.now;
  const day = dayOf(m.now);
  const late = day > order.promisedDay;
  const c = m.state.counters;
  c.delivered++;
  if (late) c.deliveredLate++;
  if (day > order.firstPromisedDay) c.deliveredLateVsFirst++;
  m.say('order.delivered', 'fabrication', order, { quantity: order.delivered + order.fromStock, late, days: Math.max(0, day - order.promisedDay), offSpec: order.deliveredOffSpec });
  const ci = m.clientIndex(order.client);
  affectTrust(m, ci, late ? 'late' : 'onTime');
  if (late && order.dateMoves === 0) affectTrust(m, ci, 'unannouncedLate');
}
