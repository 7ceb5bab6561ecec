/**
 * The fabrication: stations working over the calendar, lots queued and processed along each
 * product's routing, breakdowns, quality control into good / off-spec / scrap, and shipping.
 * Plain typed code (no machine): this is the high-volume mechanics. Its one decision, whether
 * to offer off-spec parts, goes through the desk in `derogation.offer` (see derogation.ts).
 */
import type { Model } from '../core/model';
import type { Lot, Order, StationState } from '../core/state';
import { binomial, sample } from '../core/distributions';
import { launchQuantity } from './lanceurPlan';
import { drawForShortfall } from './stock';

/** Puts a new lot of `quantity` parts of `order` into the workshop. */
export function launchLot(m: Model, order: Order, quantity: number, priority: number, complement: boolean): Lot {
  const lot: Lot = {
    id: m.state.nextLotId++,
    order: order.id,
    quantity,
    uo: quantity * order.uoPerUnit,
    step: 0,
    priority,
    complement,
    queuedAt: m.now,
  };
  m.state.lots[lot.id] = lot;
  order.launched += quantity;
  order.lotsOpen++;
  if (order.status === 'booked') {
    order.firstLaunched = quantity;
    order.firstLaunchRequested = order.quantity;
    order.status = 'launched';
    order.launchedAt = m.now;
  }
  arrive(m, lot);
  return lot;
}

function routingOf(m: Model, lot: Lot): string[] {
  return m.product(m.order(lot.order).product).routing;
}

function arrive(m: Model, lot: Lot): void {
  const si = m.stationIndex(routingOf(m, lot)[lot.step]);
  lot.queuedAt = m.now;
  m.state.stations[si].queue.push(lot.id);
  tryStart(m, si);
}

function nextInQueue(m: Model, st: StationState): number {
  let best = 0;
  for (let i = 1; i < st.queue.length; i++) {
    const a = m.state.lots[st.queue[i]];
    const b = m.state.lots[st.queue[best]];
    if (a.priority < b.priority || (a.priority === b.priority && (a.queuedAt < b.queuedAt || (a.queuedAt === b.queuedAt && a.id < b.id)))) best = i;
  }
  return best;
}

/** Starts the next lot at station `si` if it is idle and up. */
export function tryStart(m: Model, si: number): void {
  const st = m.state.stations[si];
  if (st.down || st.current !== null || st.queue.length === 0) return;
  const [lotId] = st.queue.splice(nextInQueue(m, st), 1);
  const lot = m.state.lots[lotId];
  st.current = lotId;
  st.busySince = m.now;
  st.doneAt = m.calendar.addWorkingHours(m.now, lot.uo / st.uoPerHour);
  st.token++;
  m.schedule({ type: 'station.done', time: st.doneAt, station: si, token: st.token });
}

/** A station finishes its lot: the lot moves on, or to control after its last step. */
export function onStationDone(m: Model, si: number, token: number): void {
  const st = m.state.stations[si];
  if (token !== st.token || st.current === null) return;
  const lot = m.state.lots[st.current];
  st.busyHours += m.calendar.workingHoursBetween(st.busySince, m.now);
  st.current = null;
  lot.step++;
  if (lot.step < routingOf(m, lot).length) arrive(m, lot);
  else control(m, lot);
  tryStart(m, si);
}

/** Schedules the first breakdown of every station that has a breakdown law. */
export function startBreakdowns(m: Model): void {
  m.scenario.stations.forEach((spec, si) => {
    if (!spec.breakdowns) return;
    const rng = m.rng.stream(`breakdowns:${spec.id}`);
    m.schedule({ type: 'station.down', time: m.calendar.addWorkingHours(0, sample(spec.breakdowns.mtbfHours, rng)), station: si });
  });
}

/** Stops station `si` (breakdown): its current lot waits with the work left. */
export function stationDown(m: Model, si: number, repairHours: number | null): void {
  const st = m.state.stations[si];
  if (st.down) return;
  const spec = m.scenario.stations[si];
  const hours = repairHours ?? sample(spec.breakdowns!.repairHours, m.rng.stream(`breakdowns:${spec.id}`));
  st.down = true;
  st.downSince = m.now;
  st.breakdowns++;
  if (st.current !== null) {
    st.remainingHours = m.calendar.workingHoursBetween(m.now, st.doneAt);
    st.busyHours += m.calendar.workingHoursBetween(st.busySince, m.now);
    st.token++;
  }
  m.trace('station.down', spec.id, null, { hours });
  m.say('station.down', 'fabrication', null, { station: spec.id });
  if (repairHours === null) m.schedule({ type: 'station.up', time: m.now + hours, station: si });
}

/** Restarts station `si` after a breakdown, and schedules its next random one. */
export function stationUp(m: Model, si: number, random: boolean): void {
  const st = m.state.stations[si];
  const spec = m.scenario.stations[si];
  if (!st.down) {
    if (random && spec.breakdowns) scheduleNextBreakdown(m, si);
    return;
  }
  st.down = false;
  const hours = m.now - st.downSince;
  st.downHours += hours;
  m.trace('station.up', spec.id, null, { hours });
  m.say('station.up', 'fabrication', null, { station: spec.id, hours });
  if (st.current !== null) {
    st.busySince = m.now;
    st.doneAt = m.calendar.addWorkingHours(m.now, st.remainingHours);
    st.token++;
    m.schedule({ type: 'station.done', time: st.doneAt, station: si, token: st.token });
  } else tryStart(m, si);
  if (random && spec.breakdowns) scheduleNextBreakdown(m, si);
}

function scheduleNextBreakdown(m: Model, si: number): void {
  const spec = m.scenario.stations[si];
  const next = sample(spec.breakdowns!.mtbfHours, m.rng.stream(`breakdowns:${spec.id}`));
  m.schedule({ type: 'station.down', time: m.calendar.addWorkingHours(m.now, next), station: si });
}

/** Quality control of a finished lot: splits it into good, off-spec and scrap. */
function control(m: Model, lot: Lot): void {
  const order = m.order(lot.order);
  const product = m.product(order.product);
  const rng = m.rng.stream('quality');
  const rate = product.lotDefectSpread > 0 ? sample({ type: 'normal', mean: product.defectRate, sd: product.lotDefectSpread, min: 0, max: 1 }, rng) : product.defectRate;
  const defects = binomial(lot.quantity, rate, rng);
  const offSpec = binomial(defects, product.offSpecShare, rng);
  const good = lot.quantity - defects;
  order.good += good;
  order.offSpec += offSpec;
  order.scrap += defects - offSpec;
  order.lotsOpen--;
  m.state.counters.producedUO += lot.uo;
  delete m.state.lots[lot.id];
  m.trace('lot.controlled', 'fabrication', order.id, { lot: lot.id, quantity: lot.quantity, good, offSpec, scrap: defects - offSpec });
  if (order.lotsOpen === 0) settle(m, order);
}

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
  m.state.counters.shortOrders++;
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
  m.state.stock[order.product] = (m.state.stock[order.product] ?? 0) + parts;
}

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
