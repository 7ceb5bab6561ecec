/**
 * The commercial's part: quoting a promised date for each new order and booking it. The date
 * is the `commercial.promise` decision (automatic strategy: strategies/commercial.ts, the
 * cycle table, or in the consulting posture the lanceur's day when sooner).
 */
import type { Model } from './model';
import { dayOf } from '../core/calendar';
import { maybeScheduleChange } from './changes';
import { ask } from './decisions/registry';

/**
 * The quote for a new order: decides the promised day, books the order, records the plan,
 * and draws whether the client will ask a change on it.
 */
export function onQuote(m: Model, orderId: number): void {
  const order = m.order(orderId);
  const consulting = m.actors.commercial.getSnapshot().matches({ posture: 'consulting' });
  const received = dayOf(order.receivedAt);
  const answer = ask(m, 'commercial.promise', 'commercial', order.id, order);
  const day = Math.max(received, Math.round(answer.day));
  order.promisedDay = day;
  order.firstPromisedDay = day;
  order.plannedLaunchDay = day - m.scenario.lanceur.plannedLeadDays;
  order.status = 'booked';
  order.version = m.history.record({ time: m.now, by: 'commercial', order: order.id, commitment: 'order', from: null, to: day, reason: consulting ? 'quoted after asking the lanceur' : 'quoted from the cycle table' });
  m.actors.commercial.send({ type: 'order.booked', uo: order.quantity * order.uoPerUnit });
  m.trace('order.promised', 'commercial', order.id, { day, cycle: day - received });
  m.say('order.promised', 'commercial', order, { cycle: day - received, day, consulted: consulting });
  maybeScheduleChange(m, order);
}
