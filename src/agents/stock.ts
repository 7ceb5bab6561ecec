/**
 * The supplier-held stock a client imposes (case B's "intermediate production"): per product
 * family, a target level set as days of cover or as a share of the family's demand. When the
 * lanceur comes to launch an order of such a family, it serves it from stock if the stock
 * holds enough, and launches a replenishment instead; production always refills the stock up
 * to its target. The stock is also drawn on when control leaves an order short, and mobilised
 * at once for a client whose line runs short. Just-in-time is a family without a stock policy.
 */
import type { Model } from './model';
import type { Order } from './state';
import type { StockSpec } from '../scenario/schema';
import { meanOf } from '../core/distributions';
import { receiveOrder } from './demand';
import { launchLot } from './workshop';
import { ship } from './shipping';
import { launchQuantity } from './lanceurPlan';
import { own, setOwn } from '../core/keyed';

/** The stock policy of a family, if the scenario imposes one. */
export function stockPolicy(m: Model, family: string): StockSpec | undefined {
  // A loop, not find(): asked at each launch, shipment and settlement.
  for (const s of m.scenario.stocks) if (s.family === family) return s;
  return undefined;
}

/** Expected parts per working day of each product: random demand plus client lines (derived once). */
export function dailyDemandByProduct(m: Model): Map<string, number> {
  return m.derived('dailyDemandByProduct', demandOf);
}

function demandOf(m: Model): Map<string, number> {
  const hoursPerWeek = m.calendar.hoursPerWeek;
  const workingDaysPerWeek = hoursPerWeek / Math.max(1e-9, m.calendar.hoursPerDay);
  const out = new Map<string, number>();
  for (const c of m.scenario.clients) {
    const ordersPerDay = (168 / meanOf(c.interArrivalHours)) / workingDaysPerWeek;
    const total = c.products.reduce((a, p) => a + p.weight, 0);
    for (const p of c.products) out.set(p.product, (out.get(p.product) ?? 0) + ordersPerDay * meanOf(c.quantity) * (p.weight / total));
    if (c.line) out.set(c.line.product, (out.get(c.line.product) ?? 0) + c.line.consumptionPerDay);
  }
  return out;
}

/** The target stock of a product, in parts (0 without a policy for its family). */
export function stockTarget(m: Model, productId: string): number {
  const product = m.product(productId);
  const policy = stockPolicy(m, product.family);
  if (!policy) return 0;
  const perDay = dailyDemandByProduct(m).get(productId) ?? 0;
  const cover = policy.basis === 'daysOfCover' ? policy.value : policy.value * m.scenario.lanceur.plannedLeadDays;
  return Math.round(perDay * cover);
}

/** Parts of a product on hand plus those in replenishment lots not yet controlled. */
function stockPosition(m: Model, productId: string): number {
  let incoming = 0;
  for (const id of m.state.openOrders) {
    const o = m.state.orders[id];
    if (o.replenishment && o.product === productId && o.lotsOpen > 0) incoming += o.launched - o.good - o.offSpec - o.scrap;
  }
  return (own(m.state.stock, productId) ?? 0) + incoming;
}

/**
 * At launch: serves `order` from the stock when the family has a policy and the stock holds
 * the whole quantity. Ships at once and launches a replenishment. Returns whether it did.
 */
export function serveFromStock(m: Model, order: Order, expedite = false): boolean {
  if (!stockPolicy(m, order.family)) return false;
  const onHand = own(m.state.stock, order.product) ?? 0;
  if (onHand < order.quantity) return false;
  setOwn(m.state.stock, order.product, onHand - order.quantity);
  order.fromStock = order.quantity;
  order.status = 'launched';
  order.launchedAt = m.now;
  m.trace('order.fromStock', 'lanceur', order.id, { quantity: order.quantity, stockLeft: own(m.state.stock, order.product), expedite });
  ship(m, order, 0, 0, order.quantity, expedite);
  replenish(m, order.product);
  return true;
}

/**
 * The reserve mobilised for a client whose line is short: its earliest call-off not yet
 * launched is served from stock and shipped at once. Returns whether a shipment left.
 */
export function expediteFromStock(m: Model, client: string, product: string): boolean {
  const family = m.product(product).family;
  if (!stockPolicy(m, family)) return false;
  const id = m.state.openOrders.find((i) => {
    const o = m.state.orders[i];
    return o.client === client && o.product === product && o.status === 'booked';
  });
  const next = id === undefined ? undefined : m.state.orders[id];
  return next !== undefined && serveFromStock(m, next, true);
}

/** Launches what brings the product's stock position back to its target, if anything. */
export function replenish(m: Model, productId: string): void {
  const missing = stockTarget(m, productId) - stockPosition(m, productId);
  if (missing <= 0) return;
  const quantity = launchQuantity(missing, m.scenario.lanceur.quantityMargin);
  const order = receiveOrder(m, -1, productId, missing, false);
  order.status = 'booked';
  order.reviewed = true;
  m.trace('stock.replenish', 'lanceur', order.id, { product: productId, quantity, missing });
  launchLot(m, order, quantity, 1, false);
}

/**
 * Draws what a short order misses from its family's stock, all or nothing. Returns the parts
 * drawn (0 when the stock cannot cover the whole shortfall or the family has no stock).
 */
export function drawForShortfall(m: Model, order: Order, missing: number): number {
  if (!stockPolicy(m, order.family) || order.replenishment) return 0;
  const onHand = own(m.state.stock, order.product) ?? 0;
  if (onHand < missing || missing <= 0) return 0;
  setOwn(m.state.stock, order.product, onHand - missing);
  order.fromStock += missing;
  m.trace('stock.drawn', 'fabrication', order.id, { quantity: missing });
  replenish(m, order.product);
  return missing;
}

/** Fills every stock to its target at the start of the run (the imposed reserve exists). */
export function openStocks(m: Model): void {
  for (const p of m.scenario.products) {
    const target = stockTarget(m, p.id);
    if (target > 0) {
      setOwn(m.state.stock, p.id, target);
      setOwn(m.state.openingStock, p.id, target);
    }
  }
}
