/**
 * The lanceur's daily review in the running model: gets the day's plan through the decision
 * desk (view: views/lanceur.ts; automatic strategy: strategies/lanceur.ts, levelling), launches,
 * moves dates (each move a plan version, told to the client), records the reserve held, and
 * tells the lanceur's machine when the review can change its standing.
 */
import type { Model } from './model';
import type { Order } from './state';
import { dailyNorm, type DateMove } from './lanceurPlan';
import { launchLot } from './workshop';
import { affectTrust } from './trust';
import { reviewMatters } from './lanceur.machine';
import { serveFromStock } from './stock';
import { ask } from './decisions/registry';
import type { DateMoveReason } from '../negotiation/transcript';

/** The daily review at the lanceur's hour on a working day. */
export function onReview(m: Model, day: number): void {
  const plan = ask(m, 'lanceur.plan', 'lanceur', null, day);
  for (const mv of plan.moves) moveDate(m, m.order(mv.order), mv.to, mv.reason);
  const { orders, openOrders } = m.state;
  for (let i = 0; i < openOrders.length; i++) {
    const o = orders[openOrders[i]];
    if (o.status === 'booked') o.reviewed = true;
  }
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
  const normUO = dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay);
  const lanceur = m.actors.lanceur;
  if (reviewMatters(lanceur.getSnapshot().value === 'catchingUp', plan.overdueUO, normUO)) lanceur.send({ type: 'plan.reviewed', overdueUO: plan.overdueUO, normUO, reserveHeld: plan.reserveHeld });
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
