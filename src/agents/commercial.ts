/**
 * The commercial's part: quoting a promised date for each new order and booking it. The date
 * is the `commercial.promise` decision (automatic strategy: strategies/commercial.ts, the
 * cycle table, or in the consulting posture the lanceur's day when sooner). The posture and
 * the weekly target are read from the scenario at each quote, so a lever applies at once.
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
  const consulting = m.scenario.commercial.quoting === 'loadAware';
  const received = dayOf(order.receivedAt);
  const answer = ask(m, 'commercial.promise', 'commercial', order.id, order);
  const day = Math.max(received, Math.round(answer.day));
  order.promisedDay = day;
  order.firstPromisedDay = day;
  order.plannedLaunchDay = day - m.scenario.lanceur.plannedLeadDays;
  order.status = 'booked';
  order.version = m.history.record({ time: m.now, by: 'commercial', order: order.id, commitment: 'order', from: null, to: day, reason: consulting ? 'quoted after asking the lanceur' : 'quoted from the cycle table' });
  book(m, order.quantity * order.uoPerUnit);
  m.trace('order.promised', 'commercial', order.id, { day, cycle: day - received });
  m.say('order.promised', 'commercial', order, { cycle: day - received, day, consulted: consulting });
  maybeScheduleChange(m, order);
}

/**
 * Adds `uo` to the week's booked UO; tells the commercial machine when the book reaches the
 * week's target (the scenario's, as of now): one signal per crossing, not one per order.
 */
function book(m: Model, uo: number): void {
  const target = m.scenario.commercial.orderBookTargetUOPerWeek;
  const before = m.state.bookedThisWeekUO;
  m.state.bookedThisWeekUO = before + uo;
  if (before < target && before + uo >= target) m.actors.commercial.send({ type: 'book.reached', bookedUO: before + uo, targetUOPerWeek: target });
}

/** A week starts: the commercial judges the week closed against the target of now, and the tally restarts. */
export function startWeek(m: Model): void {
  m.actors.commercial.send({ type: 'week.start', bookedUO: m.state.bookedThisWeekUO, targetUOPerWeek: m.scenario.commercial.orderBookTargetUOPerWeek });
  m.state.bookedThisWeekUO = 0;
}
