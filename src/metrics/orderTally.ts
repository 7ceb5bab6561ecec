/**
 * The measured window's orders summed, counted and sorted into lists in one pass. A ten-year
 * run holds some 90,000 orders of some 30 fields each: a pass over them costs about what its
 * arithmetic does, so the KPIs read them once here rather than once a figure. Every sum runs
 * in the orders' order, so each figure is the one a filter and a sum of its own would give.
 * Reads only.
 */
import type { Order } from '../agents/state';
import { perClientKind, type ClientKind } from '../scenario/schema';

/** What the KPIs need of the window's orders. */
export interface OrderTally {
  /** Delivered orders, all and by client kind, in the orders' order. */
  delivered: Order[];
  deliveredOf: Record<ClientKind, Order[]>;
  /** Orders of each kind that are not urgent, and the urgent ones. */
  normalOf: Record<ClientKind, Order[]>;
  urgent: Order[];
  internal: number;
  /** Orders the lanceur has reviewed (or launched), and how many of them had their date moved, advanced, postponed. */
  reviewed: number;
  dateChanged: number;
  advanced: number;
  postponed: number;
  /** Over launched orders: parts requested and launched at the first launch, and over all lots. */
  firstLaunchRequested: number;
  firstLaunched: number;
  launched: number;
  launchedRequested: number;
  /** Parts controlled, off-spec and scrapped. */
  controlled: number;
  offSpec: number;
  scrap: number;
  /** UO and parts first ordered. */
  orderedUO: number;
  orderedUnits: number;
  shortOrders: number;
  surplus: number;
  deliveredOffSpec: number;
  /** Delivered orders by the day they were delivered: by the promised day (all and by kind), by the first promised day; and late, with their days late. */
  onTime: number;
  onTimeOf: Record<ClientKind, number>;
  onTimeVsFirstPromise: number;
  late: number;
  daysLate: number;
  /** Delivered orders by product family: parts ordered and parts served from stock. */
  deliveredByFamily: Map<string, { quantity: number; fromStock: number }>;
}

/** The tally of `orders` (the window's, see kpis.ts). */
export function tallyOrders(orders: readonly Order[]): OrderTally {
  const t: OrderTally = {
    delivered: [],
    deliveredOf: perClientKind((): Order[] => []),
    normalOf: perClientKind((): Order[] => []),
    urgent: [],
    internal: 0,
    reviewed: 0,
    dateChanged: 0,
    advanced: 0,
    postponed: 0,
    firstLaunchRequested: 0,
    firstLaunched: 0,
    launched: 0,
    launchedRequested: 0,
    controlled: 0,
    offSpec: 0,
    scrap: 0,
    orderedUO: 0,
    orderedUnits: 0,
    shortOrders: 0,
    surplus: 0,
    deliveredOffSpec: 0,
    onTime: 0,
    onTimeOf: perClientKind(() => 0),
    onTimeVsFirstPromise: 0,
    late: 0,
    daysLate: 0,
    deliveredByFamily: new Map(),
  };
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i];
    if (o.kind === 'internal') t.internal++;
    if (o.urgent) t.urgent.push(o);
    else t.normalOf[o.kind].push(o);
    if (o.reviewed || o.status !== 'booked') {
      t.reviewed++;
      if (o.dateMoves > 0) t.dateChanged++;
      if (o.advanced) t.advanced++;
      if (o.postponed) t.postponed++;
    }
    if (o.launched > 0) {
      t.firstLaunchRequested += o.firstLaunchRequested;
      t.firstLaunched += o.firstLaunched;
      t.launched += o.launched;
      t.launchedRequested += o.quantity;
    }
    t.controlled += o.good + o.offSpec + o.scrap;
    t.offSpec += o.offSpec;
    t.scrap += o.scrap;
    t.orderedUO += o.firstQuantity * o.uoPerUnit;
    t.orderedUnits += o.firstQuantity;
    if (o.wentShort) t.shortOrders++;
    t.surplus += o.surplus;
    t.deliveredOffSpec += o.deliveredOffSpec;
    if (o.status === 'delivered') {
      t.delivered.push(o);
      t.deliveredOf[o.kind].push(o);
      const day = Math.floor((o.deliveredAt ?? 0) / 24);
      if (day <= o.promisedDay) {
        t.onTime++;
        t.onTimeOf[o.kind]++;
      } else {
        t.late++;
        t.daysLate += day - o.promisedDay;
      }
      if (day <= o.firstPromisedDay) t.onTimeVsFirstPromise++;
      const f = t.deliveredByFamily.get(o.family);
      if (f) {
        f.quantity += o.quantity;
        f.fromStock += o.fromStock;
      } else t.deliveredByFamily.set(o.family, { quantity: o.quantity, fromStock: o.fromStock });
    }
  }
  return t;
}
