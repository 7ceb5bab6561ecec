/**
 * What fabrication sees when control leaves an order short: the order's control result (good,
 * off-spec and scrapped parts, what is still owed and missing), the stock of its product (and
 * whether its family holds an imposed stock that could cover the shortfall), and what the
 * client's call-offs tell of its line (the days its buffer covers). It does not see the
 * client's trust nor its other orders.
 */
import { own } from '../../core/keyed';
import type { Model } from '../model';
import type { Order } from '../state';
import { dayOf } from '../../core/calendar';
import { goodAvailable, owed } from '../settlement';
import { stockPolicy } from '../stock';
import { complementLeadDays, coverageDays } from './client';

/** Fabrication's view of a short order. */
export interface OffSpecView {
  today: number;
  order: { id: number; client: string; product: string; quantity: number; promisedDay: number };
  /** The control result: parts still owed, good ones available, off-spec ones not yet delivered, scrapped. */
  control: { owed: number; good: number; offSpecFree: number; scrap: number; missing: number };
  /** Good parts of the product in stock, and whether its family holds an imposed stock. */
  stock: { onHand: number; imposed: boolean };
  /** Days the client's line buffer covers, as its call-offs say; null for a client without a line. */
  clientCoverageDays: number | null;
  /** Days a complement lot is expected to take. */
  complementLeadDays: number;
}

/** Fabrication's view of `order` after control left it short. */
export function offSpecView(m: Model, order: Order): OffSpecView {
  const good = goodAvailable(order);
  const due = owed(order);
  const line = own(m.state.lines, order.client);
  return {
    today: dayOf(m.now),
    order: { id: order.id, client: order.client, product: order.product, quantity: order.quantity, promisedDay: order.promisedDay },
    control: { owed: due, good, offSpecFree: order.offSpec - order.deliveredOffSpec, scrap: order.scrap, missing: due - good },
    stock: { onHand: m.state.stock[order.product] ?? 0, imposed: stockPolicy(m, order.family) !== undefined },
    clientCoverageDays: line ? coverageDays(line) : null,
    complementLeadDays: complementLeadDays(m),
  };
}
