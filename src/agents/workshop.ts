/**
 * The fabrication: stations working over the calendar, lots queued and processed along each
 * product's routing, breakdowns, and quality control into good / off-spec / scrap (what
 * follows control is in settlement.ts).
 * Plain typed code (no machine): this is the high-volume mechanics. Its one decision, whether
 * to offer off-spec parts, goes through the desk in `derogation.offer` (see derogation.ts).
 */
import type { Model } from './model';
import type { Lot, Order, StationState } from './state';
import { binomial, sample, sampleWithin } from '../core/distributions';
import { RANGES } from '../scenario/ranges';

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
  enqueue(m, m.state.stations[si], lot);
  tryStart(m, si);
}

/** True when lot `a` goes before lot `b` in a station queue: priority, then arrival, then id. */
function goesBefore(a: Lot, b: Lot): boolean {
  return a.priority < b.priority || (a.priority === b.priority && (a.queuedAt < b.queuedAt || (a.queuedAt === b.queuedAt && a.id < b.id)));
}

/** Inserts `lot` into the queue of `st`, which is kept in the order the station serves it. */
function enqueue(m: Model, st: StationState, lot: Lot): void {
  const q = st.queue;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (goesBefore(m.state.lots[q[mid]], lot)) lo = mid + 1;
    else hi = mid;
  }
  if (lo === q.length) q.push(lot.id);
  else q.splice(lo, 0, lot.id);
}

/** Starts the next lot at station `si` if it is idle and up. */
export function tryStart(m: Model, si: number): void {
  const st = m.state.stations[si];
  if (st.down || st.current !== null || st.queue.length === 0) return;
  const lotId = st.queue.shift()!;
  const lot = m.state.lots[lotId];
  st.current = lotId;
  st.busySince = m.now;
  const doneAt = m.calendar.addWorkingHours(m.now, lot.uo / st.uoPerHour);
  st.doneAt = doneAt;
  st.token++;
  m.schedule({ type: 'station.done', time: doneAt, station: si, token: st.token });
}

/**
 * A station finishes its lot: the lot moves on, or to control after its last step. Returns
 * the order when control has just finished its last open lot (the caller settles it), else null.
 */
export function onStationDone(m: Model, si: number, token: number): Order | null {
  const st = m.state.stations[si];
  if (token !== st.token || st.current === null) return null;
  const lot = m.state.lots[st.current];
  st.busyHours += m.calendar.workingHoursBetween(st.busySince, m.now);
  st.current = null;
  lot.step++;
  const controlled = lot.step < routingOf(m, lot).length ? (arrive(m, lot), null) : control(m, lot);
  tryStart(m, si);
  return controlled;
}

/** Schedules the first breakdown of every station that has a breakdown law. */
export function startBreakdowns(m: Model): void {
  m.scenario.stations.forEach((spec, si) => {
    if (!spec.breakdowns) return;
    const rng = m.rng.stream(`breakdowns:${spec.id}`);
    m.schedule({ type: 'station.down', time: m.calendar.addWorkingHours(0, sampleWithin(spec.breakdowns.mtbfHours, rng, RANGES.hours.max)), station: si });
  });
}

/** Stops station `si` (breakdown): its current lot waits with the work left. */
export function stationDown(m: Model, si: number, repairHours: number | null): void {
  const st = m.state.stations[si];
  if (st.down) return;
  const spec = m.scenario.stations[si];
  const hours = repairHours ?? sampleWithin(spec.breakdowns!.repairHours, m.rng.stream(`breakdowns:${spec.id}`), RANGES.hours.max);
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
  const next = sampleWithin(spec.breakdowns!.mtbfHours, m.rng.stream(`breakdowns:${spec.id}`), RANGES.hours.max);
  m.schedule({ type: 'station.down', time: m.calendar.addWorkingHours(m.now, next), station: si });
}

/** Quality control of a finished lot: splits it into good, off-spec and scrap. Returns the order once its last lot is controlled. */
function control(m: Model, lot: Lot): Order | null {
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
  return order.lotsOpen === 0 ? order : null;
}
