/**
 * Client demand: each client's orders arrive at random intervals from its own stream; each
 * order draws a product, a quantity and whether it is urgent. A lost client goes on ordering
 * from its competitor: its orders are drawn as before and recorded as lost demand, not booked.
 * The new order waits for the commercial's quote (`order.quote`, same instant). Client lines
 * (case B) order through {@link receiveOrder} too.
 */
import type { Model } from './model';
import type { Order } from './state';
import type { Stream } from '../core/random';
import { sampleWithin, pickWeighted } from '../core/distributions';
import { RANGES } from '../scenario/ranges';
import { dayOf } from '../core/calendar';

/** Schedules the first order of every client. */
export function startDemand(m: Model): void {
  m.scenario.clients.forEach((c, i) => {
    const rng = m.rng.stream(`demand:${c.id}`);
    m.schedule({ type: 'demand', time: sampleWithin(c.interArrivalHours, rng, RANGES.hours.max), client: i });
  });
}

/** Every client's product weights, in scenario order. */
const weightsOf = (m: Model): number[][] => m.scenario.clients.map((c) => c.products.map((p) => p.weight));

/** Every client's demand stream, in scenario order. */
const streamsOf = (m: Model): Stream[] => m.scenario.clients.map((c) => m.rng.stream(`demand:${c.id}`));

/** The weights of client `i`'s products, in order (derived from the scenario). */
function productWeights(m: Model, i: number): number[] {
  return m.derived('productWeights', weightsOf)[i];
}

/** Each client's demand stream `demand:<id>`, in scenario order (derived: the names are built once). */
function demandStream(m: Model, i: number): Stream {
  return m.derived('demandStreams', streamsOf)[i];
}

/** A client's random demand: draws an order, and schedules the client's next one. */
export function onDemand(m: Model, clientIndex: number): void {
  const spec = m.scenario.clients[clientIndex];
  const rng = demandStream(m, clientIndex);
  const pick = spec.products[pickWeighted(productWeights(m, clientIndex), rng)];
  const quantity = Math.max(1, Math.round(sampleWithin(spec.quantity, rng, RANGES.parts.max)));
  const urgent = spec.urgentShare > 0 && rng.next() < spec.urgentShare;
  const client = m.state.clients[clientIndex];
  if (client.lost) client.lostDemand.push({ time: m.now, units: quantity });
  else receiveOrder(m, clientIndex, pick.product, quantity, urgent);
  m.schedule({ type: 'demand', time: m.now + sampleWithin(spec.interArrivalHours, rng, RANGES.hours.max), client: clientIndex });
}

/**
 * A new order of `quantity` parts of `productId` from client `clientIndex` (or a stock
 * replenishment when the index is -1): recorded, then quoted by the commercial at the same
 * instant (`order.quote`). Returns the order.
 */
export function receiveOrder(m: Model, clientIndex: number, productId: string, quantity: number, urgent: boolean): Order {
  const spec = clientIndex >= 0 ? m.scenario.clients[clientIndex] : null;
  const product = m.product(productId);
  const day = dayOf(m.now);
  const order: Order = {
    id: m.state.nextOrderId++,
    client: spec?.id ?? '',
    kind: spec?.kind ?? 'internal',
    product: product.id,
    family: product.family,
    urgent,
    quantity,
    firstQuantity: quantity,
    uoPerUnit: product.uoPerUnit,
    receivedAt: m.now,
    firstPromisedDay: day,
    promisedDay: day,
    plannedLaunchDay: day,
    reviewed: false,
    advanced: false,
    postponed: false,
    dateMoves: 0,
    status: 'received',
    launchedAt: null,
    launched: 0,
    firstLaunched: 0,
    firstLaunchRequested: 0,
    good: 0,
    offSpec: 0,
    scrap: 0,
    delivered: 0,
    deliveredOffSpec: 0,
    surplus: 0,
    wentShort: false,
    fromStock: 0,
    deliveredAt: null,
    lotsOpen: 0,
    version: 0,
    replenishment: spec === null,
  };
  m.state.orders.push(order);
  m.state.openOrders.push(order.id);
  if (!spec) return order;
  m.state.clients[clientIndex].orders++;
  m.trace('order.received', spec.id, order.id, { product: product.id, quantity, urgent });
  m.say('order.received', spec.id, order, { client: spec.id, kind: spec.kind, quantity, product: product.id, urgent });
  m.schedule({ type: 'order.quote', time: m.now, order: order.id });
  return order;
}
