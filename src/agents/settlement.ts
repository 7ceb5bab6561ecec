/**
 * What follows quality control of an order's last lot: ship what is owed when the good parts
 * cover it (the surplus goes to stock), otherwise cover the shortfall from stock, with a
 * complement lot, or after a derogation.
 */
import type { Model } from './model';
import type { Order } from './state';
import { launchQuantity } from './lanceurPlan';
import { drawForShortfall, stockPolicy } from './stock';
import { shelveSurplus } from './surplus';
import { launchLot } from './workshop';
import { ship } from './shipping';
import { own, setOwn } from '../core/keyed';

/** Good parts of the order not yet shipped nor put aside as surplus. */
export function goodAvailable(order: Order): number {
  return order.good - (order.delivered - order.deliveredOffSpec) - order.surplus;
}

/** Parts of the order still owed to the client. */
export function owed(order: Order): number {
  return order.quantity - order.delivered - order.fromStock;
}

/**
 * Once every lot of `order` is controlled: ship when the good parts cover what is owed
 * (the surplus goes to stock), otherwise ask for a derogation or launch a complement.
 */
export function settle(m: Model, order: Order): void {
  const need = owed(order);
  const available = goodAvailable(order);
  if (order.replenishment) {
    toStock(m, order, available);
    order.status = 'delivered';
    order.deliveredAt = m.now;
    return;
  }
  if (available >= need) {
    toStock(m, order, available - need);
    ship(m, order, need, 0);
    return;
  }
  order.wentShort = true;
  m.trace('order.short', 'fabrication', order.id, { good: available, needed: need });
  m.say('order.short', 'fabrication', order, { good: available, needed: need });
  m.schedule({ type: 'derogation.offer', time: m.now, order: order.id });
}

/**
 * Covers what control left short without off-spec parts: from the family's stock when it has
 * one and holds enough (the parts ship at once), otherwise with a complement lot (urgent
 * priority) for what is missing.
 */
export function coverShortfall(m: Model, order: Order): void {
  const available = goodAvailable(order);
  const missing = owed(order) - available;
  const drawn = drawForShortfall(m, order, missing);
  if (drawn > 0) ship(m, order, available, 0, drawn);
  else launchComplement(m, order, missing);
}

function launchComplement(m: Model, order: Order, missing: number): void {
  const quantity = launchQuantity(missing, m.scenario.lanceur.quantityMargin);
  m.state.counters.complementLots++;
  m.trace('order.complement', 'lanceur', order.id, { quantity, missing });
  m.say('order.launched', 'lanceur', order, { quantity, requested: missing, reserve: true });
  launchLot(m, order, quantity, 0, true);
}

function toStock(m: Model, order: Order, parts: number): void {
  order.surplus += parts;
  setOwn(m.state.stock, order.product, (own(m.state.stock, order.product) ?? 0) + parts);
  if (parts > 0 && !order.replenishment && !stockPolicy(m, order.family)) shelveSurplus(m, order.product, parts);
}

