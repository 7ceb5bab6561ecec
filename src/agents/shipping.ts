/**
 * Shipping: parts leave the supplier's dock for a client and arrive after the transport time.
 */
import type { Model } from './model';
import type { Order } from './state';

/**
 * Sends parts to the client: `produced` from the order's own lots (of which `offSpec`
 * off-spec) and `fromStock` already taken from the stock. They leave now, or (just-in-time,
 * unless expedited) so as to arrive at the start of the promised day, and arrive after the
 * transport time.
 */
export function ship(m: Model, order: Order, produced: number, offSpec: number, fromStock = 0, expedite = false): void {
  order.delivered += produced;
  order.deliveredOffSpec += offSpec;
  const quantity = produced + fromStock;
  const { transportHours, deliverOnDueDay } = m.scenario.fabrication;
  const departure = deliverOnDueDay && !expedite ? Math.max(m.now, order.promisedDay * 24 - transportHours) : m.now;
  m.trace('order.shipped', 'fabrication', order.id, { quantity, offSpec, fromStock, departure });
  m.schedule({ type: 'delivery.arrive', time: departure + transportHours, order: order.id, quantity, offSpec });
}
