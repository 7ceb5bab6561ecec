/**
 * The measured window's orders picked, summed and counted in one pass, their lead times written
 * into typed arrays. A ten-year run holds some 90,000 orders of some 30 fields each: a pass over
 * them costs about what its arithmetic does, so the KPIs read them once here rather than once a
 * figure. Every sum runs in the orders' order, so each figure is the one a filter and a sum of
 * its own would give. Reads only.
 */
import type { Order } from '../agents/state';
import { clientKinds, perClientKind, type ClientKind } from '../scenario/schema';

/** What the KPIs need of the window's orders. */
export interface OrderTally {
  /** The window's orders. */
  orders: number;
  /** Orders of each kind that are not urgent, the urgent ones, and the sums of their quoted cycles (first promised day less the day received). */
  normalOf: Record<ClientKind, number>;
  normalCycleDaysOf: Record<ClientKind, number>;
  urgent: number;
  urgentCycleDays: number;
  internal: number;
  /** Delivered orders, all and by client kind. */
  delivered: number;
  deliveredOf: Record<ClientKind, number>;
  /** The delivered orders' lead times in days (delivered less received), in the orders' order: all, and by client kind (`leadDays` itself for a kind every delivered order is of). */
  leadDays: Float64Array;
  leadDaysOf: Record<ClientKind, Float64Array>;
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

/**
 * The tally of the window's orders among `orders` (a run's, in the order received): client
 * orders (not stock replenishments) received at hour `fromHour` or later and quoted.
 */
export function tallyOrders(orders: readonly Order[], fromHour: number): OrderTally {
  const leads = new Float64Array(orders.length);
  const kindOfLead = new Uint8Array(orders.length);
  const t: OrderTally = {
    orders: 0,
    normalOf: perClientKind(() => 0),
    normalCycleDaysOf: perClientKind(() => 0),
    urgent: 0,
    urgentCycleDays: 0,
    internal: 0,
    delivered: 0,
    deliveredOf: perClientKind(() => 0),
    leadDays: leads,
    leadDaysOf: perClientKind(() => leads),
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
    if (o.receivedAt < fromHour || o.status === 'received' || o.replenishment) continue;
    t.orders++;
    if (o.kind === 'internal') t.internal++;
    const cycle = o.firstPromisedDay - Math.floor(o.receivedAt / 24);
    if (o.urgent) {
      t.urgent++;
      t.urgentCycleDays += cycle;
    } else {
      t.normalOf[o.kind]++;
      t.normalCycleDaysOf[o.kind] += cycle;
    }
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
      leads[t.delivered] = ((o.deliveredAt ?? 0) - o.receivedAt) / 24;
      kindOfLead[t.delivered] = clientKinds.indexOf(o.kind);
      t.delivered++;
      t.deliveredOf[o.kind]++;
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
  const n = t.delivered;
  t.leadDays = leads.subarray(0, n);
  // Each kind's lead times in the same order: all of them (the same array) when every delivered order is of the kind.
  t.leadDaysOf = perClientKind((k) => {
    if (t.deliveredOf[k] === n) return t.leadDays;
    const out = new Float64Array(t.deliveredOf[k]);
    const ki = clientKinds.indexOf(k);
    for (let i = 0, j = 0; i < n; i++) if (kindOfLead[i] === ki) out[j++] = leads[i];
    return out;
  });
  return t;
}
