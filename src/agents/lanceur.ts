/**
 * The lanceur's daily review in the running model: builds its view of the order book, gets
 * the day's plan through the decision desk (automatic strategy: {@link planDay}), launches,
 * moves dates (each move a plan version, told to the client), and records the reserve held.
 */
import type { Model } from './model';
import type { Order } from './state';
import { planDay, launchQuantity, byPlannedLaunch, dailyNorm, type BookLine, type DailyPlan, type DateMove, type ReviewView } from './lanceurPlan';
import { launchLot } from './workshop';
import { affectTrust } from './trust';
import { serveFromStock } from './stock';
import { meanOf } from '../core/distributions';
import type { DateMoveReason } from '../negotiation/transcript';

function bookLine(m: Model, o: Order, important: boolean): BookLine {
  return {
    id: o.id,
    plannedLaunchDay: o.plannedLaunchDay,
    promisedDay: o.promisedDay,
    uo: launchQuantity(o.quantity, m.scenario.lanceur.quantityMargin) * o.uoPerUnit,
    quantity: o.quantity,
    urgent: o.urgent,
    important,
    reviewed: o.reviewed,
  };
}

/** UO launched but not yet past the bottleneck, beyond one day's norm. */
function wipExcessUO(m: Model): number {
  const bottleneck = m.state.stations[m.capacity.bottleneck].id;
  let uo = 0;
  for (const key in m.state.lots) {
    const lot = m.state.lots[key];
    const routing = m.product(m.order(lot.order).product).routing;
    if (routing.indexOf(bottleneck) >= lot.step) uo += lot.uo;
  }
  return Math.max(0, uo - dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay));
}

/** The lanceur's view of the book today. */
export function reviewView(m: Model, today: number): ReviewView {
  const book: BookLine[] = [];
  for (const id of m.state.openOrders) {
    const o = m.state.orders[id];
    if (o.status === 'booked' && !o.replenishment) book.push(bookLine(m, o, m.scenario.clients[m.clientIndex(o.client)].important));
  }
  return {
    today,
    book,
    capacityUOPerDay: m.capacity.uoPerDay,
    wipExcessUO: wipExcessUO(m),
    quantityMargin: m.scenario.lanceur.quantityMargin,
    bookedShare: bookedShareProfile(m),
  };
}

/**
 * The share of a future day's load already booked, k days ahead, from the cycle table and
 * the demand mix by client kind: orders of a kind are booked (cycle − planned lead) days
 * before their planned launch. Derived from the scenario (recomputed after a lever).
 */
export function bookedShareProfile(m: Model): number[] {
  return m.derived('bookedShareProfile', () => profileOf(m.scenario));
}

function profileOf(s: Model['scenario']): number[] {
  const weight: Record<string, number> = {};
  for (const c of s.clients) weight[c.kind] = (weight[c.kind] ?? 0) + 1 / Math.max(1e-9, meanOf(c.interArrivalHours)) * meanOf(c.quantity);
  const total = Object.values(weight).reduce((a, x) => a + x, 0) || 1;
  const horizon = Math.max(...Object.values(s.commercial.cycleDays)) + 1;
  const profile: number[] = [];
  for (let k = 0; k <= horizon; k++) {
    let known = 0;
    for (const [kind, w] of Object.entries(weight)) {
      if (k + s.lanceur.plannedLeadDays <= s.commercial.cycleDays[kind as keyof typeof s.commercial.cycleDays]) known += w / total;
    }
    profile.push(known);
  }
  return profile;
}

/**
 * The day the lanceur's levelled plan would deliver `order` if it were booked now with its
 * table date: what the commercial hears when it consults the shop.
 */
export function projectedDeliveryDay(m: Model, order: Order): number {
  const today = Math.floor(m.now / 24);
  const view = reviewView(m, today);
  const line = bookLine(m, order, false);
  line.plannedLaunchDay = today;
  line.promisedDay = today;
  view.book.push(line);
  view.book.sort(byPlannedLaunch);
  const plan = planDay(view, { ...m.scenario.lanceur, datePolicy: 'level', dateToleranceDays: -1 }, m.calendar);
  const move = plan.moves.find((mv) => mv.order === order.id);
  return move ? move.to : today + m.scenario.lanceur.plannedLeadDays;
}

/** The daily review at the lanceur's hour on a working day. */
export function onReview(m: Model, day: number): void {
  const plan = m.desk.decide<DailyPlan>('lanceur.plan', 'lanceur', 'lanceur', m.now, null, () =>
    planDay(reviewView(m, day), m.scenario.lanceur, m.calendar),
  );
  for (const mv of plan.moves) moveDate(m, m.order(mv.order), mv.to, mv.reason);
  for (const id of m.state.openOrders) if (m.state.orders[id].status === 'booked') m.state.orders[id].reviewed = true;
  for (const l of plan.launches) {
    const order = m.order(l.order);
    if (order.status !== 'booked') continue;
    if (serveFromStock(m, order)) continue;
    const lot = launchLot(m, order, l.quantity, l.reserve || order.urgent ? 0 : 1, false);
    if (l.reserve) m.state.counters.urgentUO += lot.uo;
    m.trace('order.launched', 'lanceur', order.id, { quantity: l.quantity, requested: order.quantity, reserve: l.reserve });
    m.say('order.launched', 'lanceur', order, { quantity: l.quantity, requested: order.quantity, reserve: l.reserve });
  }
  m.state.reserveSamples.push(plan.reserveHeld);
  m.state.reserveDays.push(day);
  m.actors.lanceur.send({ type: 'plan.reviewed', overdueUO: plan.overdueUO, normUO: dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay), reserveHeld: plan.reserveHeld });
}

const MOVE_REASON: Record<DateMove['reason'], DateMoveReason> = { 'free capacity': 'freeCapacity', 'load above the norm': 'overNorm' };

/**
 * Moves an order's promised date to the day the plan delivers it (no later than the first promise plus
 * `lanceur.maxPromiseDelayDays`, past which the promise stands and the order will be late): a new plan
 * version, announced to the client.
 */
export function moveDate(m: Model, order: Order, planned: number, reason: DateMove['reason']): void {
  const limit = m.scenario.lanceur.maxPromiseDelayDays;
  const to = limit === null ? planned : Math.min(planned, order.firstPromisedDay + limit);
  const from = order.promisedDay;
  if (to === from || order.status === 'delivered') return;
  order.promisedDay = to;
  order.plannedLaunchDay = to - m.scenario.lanceur.plannedLeadDays;
  order.dateMoves++;
  if (to < from) order.advanced = true;
  else order.postponed = true;
  order.version = m.history.record({ time: m.now, by: 'lanceur', order: order.id, commitment: 'promisedDay', from, to, reason });
  m.trace('date.moved', 'lanceur', order.id, { from, to, reason });
  m.say('date.moved', 'lanceur', order, { from, to, reason: MOVE_REASON[reason] });
  if (to > from) affectTrust(m, m.clientIndex(order.client), 'announcedChange');
}
