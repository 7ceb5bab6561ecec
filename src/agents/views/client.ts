/**
 * What a client sees when it decides: itself (kind, posture, the products it orders, its
 * trust in the producer, its line and buffer if it has one), its own open orders with their
 * promises, and the matter in hand (the order it may change, the lanceur's counter, an offer
 * of off-spec parts). It never sees another client's orders, nor the shop's queues, load or
 * stock. Builders read the model and never change it.
 */
import { own } from '../../core/keyed';
import type { Model } from '../model';
import type { LineState, Order, OrderStatus } from '../state';
import type { ClientKind } from '../../scenario/schema';
import type { Proposal, Terms } from '../../negotiation/proposal';
import { dayOf } from '../../core/calendar';

/** One of the client's own orders, as the client knows it. */
export interface OwnOrder {
  id: number;
  product: string;
  quantity: number;
  urgent: boolean;
  /** Day the producer promises now, and the one it first promised. */
  promisedDay: number;
  firstPromisedDay: number;
  status: OrderStatus;
}

/** What a client knows of itself. */
export interface ClientSelf {
  id: string;
  kind: ClientKind;
  posture: 'orderGiver' | 'coProducer';
  /** The products it orders. */
  products: string[];
  /** Its trust in the producer, 0 to 1. */
  trust: number;
  /** Its assembly line: parts used per working day, parts in its buffer, days the buffer covers. */
  line: { product: string; perDay: number; buffer: number; coverageDays: number; stopped: boolean } | null;
  /** Its open orders (not delivered nor cancelled), oldest first. */
  orders: OwnOrder[];
}

/** The client's view when it may ask a change on one of its orders. */
export interface ChangeAskView {
  today: number;
  client: ClientSelf;
  order: OwnOrder;
}

/** The client's view of the lanceur's counter to its change request. */
export interface CounterView {
  today: number;
  client: ClientSelf;
  order: OwnOrder;
  /** The terms the lanceur offers instead, and the hour its offer lapses. */
  counter: Terms;
  deadline: number;
}

/** The client's view of fabrication's offer of off-spec parts for a short order. */
export interface DerogationView {
  today: number;
  client: ClientSelf;
  order: OwnOrder;
  offer: {
    /** Off-spec parts offered in place of the conforming ones missing. */
    quantity: number;
    /** Whether the defect shows on the client's product. */
    defectVisible: boolean;
    /** Days fabrication expects a complement lot to take if the client refuses. */
    complementLeadDays: number;
  };
}

function ownOrder(o: Order): OwnOrder {
  return { id: o.id, product: o.product, quantity: o.quantity, urgent: o.urgent, promisedDay: o.promisedDay, firstPromisedDay: o.firstPromisedDay, status: o.status };
}

/** Client `id`'s view of itself: its standing, its line, its own open orders only. */
export function clientSelf(m: Model, id: string): ClientSelf {
  const ci = m.clientIndex(id);
  const spec = m.scenario.clients[ci];
  const orders: OwnOrder[] = [];
  for (const oid of m.state.openOrders) {
    const o = m.state.orders[oid];
    if (o.client === id && o.status !== 'delivered' && o.status !== 'cancelled') orders.push(ownOrder(o));
  }
  const line = own(m.state.lines, id);
  return {
    id,
    kind: spec.kind,
    posture: spec.posture,
    products: spec.products.map((p) => p.product),
    trust: m.actors.clients[ci].getSnapshot().context.trust,
    line: line ? { product: line.product, perDay: line.perDay, buffer: line.buffer, coverageDays: coverageDays(line), stopped: line.stopped } : null,
    orders,
  };
}

/** The client's view when it may ask a change on `order`. */
export function changeAskView(m: Model, order: Order): ChangeAskView {
  return { today: dayOf(m.now), client: clientSelf(m, order.client), order: ownOrder(order) };
}

/** The client's view of the counter-proposal `counter`. */
export function counterView(m: Model, counter: Proposal): CounterView {
  const order = m.order(counter.order);
  return { today: dayOf(m.now), client: clientSelf(m, order.client), order: ownOrder(order), counter: counter.terms, deadline: counter.deadline };
}

/** The client's view of the derogation proposal `offer`. */
export function derogationView(m: Model, offer: Proposal): DerogationView {
  const order = m.order(offer.order);
  return {
    today: dayOf(m.now),
    client: clientSelf(m, order.client),
    order: ownOrder(order),
    offer: {
      quantity: offer.terms.quantity ?? 0,
      defectVisible: m.product(order.product).defectVisible,
      complementLeadDays: complementLeadDays(m),
    },
  };
}

/** Days fabrication expects a complement lot to take: a share of the lanceur's planned lead. */
export function complementLeadDays(m: Model): number {
  return m.scenario.lanceur.plannedLeadDays * m.scenario.strategies.fabrication.complementLeadShare;
}

/** Days a line can run on its own buffer. */
export function coverageDays(line: LineState): number {
  return line.buffer / Math.max(1e-9, line.perDay);
}
