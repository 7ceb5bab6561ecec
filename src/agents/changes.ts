/**
 * Late changes. A client may ask to change an order's volume, its object (another of its
 * products) or its priority until the cut-off
 * before its launch; the lanceur answers (accept, refuse, counter) through the negotiation
 * protocol; a counter goes back to the client, who answers before its deadline. A request
 * after the cut-off, or after launch, is refused by rule, whatever the strategies say.
 */
import type { Model } from './model';
import type { Order } from './state';
import { propose, answer, type Terms } from '../negotiation/proposal';
import { affectTrust } from './trust';
import { ask } from './decisions/registry';
import { orderTerms } from '../negotiation/transcript';

/** The hour an unlaunched order is planned to go into the shop. */
export function launchTime(m: Model, o: Order): number {
  return (o.launchedAt ?? o.plannedLaunchDay * 24 + m.scenario.lanceur.reviewHour);
}

/**
 * At booking: draws whether and when the client will ask a change on this order. An
 * order-giver asks at its change rate, a co-producer half as often.
 */
export function maybeScheduleChange(m: Model, order: Order): void {
  const spec = m.scenario.clients[m.clientIndex(order.client)];
  if (spec.changeRate <= 0) return;
  const rng = m.rng.stream(`changes:${spec.id}`);
  const tuning = m.scenario.strategies.client;
  if (rng.next() >= spec.changeRate * (spec.posture === 'orderGiver' ? 1 : tuning.coProducerChangeRateFactor)) return;
  const until = Math.max(m.now, launchTime(m, order)) + tuning.changeWindowAfterLaunchHours;
  m.schedule({ type: 'change.request', time: m.now + rng.next() * (until - m.now), order: order.id });
}

/** The client decides what to ask, and the request goes to the lanceur (via the commercial). */
export function onChangeRequest(m: Model, orderId: number): void {
  const order = m.order(orderId);
  if (order.status === 'delivered' || order.status === 'cancelled') return;
  const ci = m.clientIndex(order.client);
  const spec = m.scenario.clients[ci];
  const asked = ask(m, 'client.requestChange', spec.id, order.id, order);
  if (!asked.terms) return;
  const hoursToLaunch = launchTime(m, order) - m.now;
  const p = propose(m.proposals.length, {
    subject: 'change',
    from: spec.id,
    to: 'lanceur',
    order: order.id,
    terms: asked.terms,
    madeAt: m.now,
    deadline: Math.max(m.now, launchTime(m, order) - m.scenario.changes.cutoffHours),
  });
  m.proposals.push(p);
  m.state.counters.changeAsked++;
  m.trace('change.asked', spec.id, order.id, { proposal: p.id, terms: asked.terms, hoursToLaunch });
  m.say('change.asked', 'commercial', order, { client: spec.id, kind: spec.kind, terms: { ...asked.terms }, before: orderTerms(order), hoursToLaunch });
  m.schedule({ type: 'change.answer', time: m.now, proposal: p.id });
}

/** The lanceur's answer to a change request, after the cut-off rule. */
export function onChangeAnswer(m: Model, proposalId: number): void {
  const p = m.proposals[proposalId];
  const order = m.order(p.order);
  const ci = m.clientIndex(order.client);
  const cutoff = m.scenario.changes.cutoffHours;
  const hoursToLaunch = launchTime(m, order) - m.now;
  if (order.status !== 'booked' || hoursToLaunch < cutoff) {
    m.proposals[proposalId] = { ...p, status: 'rejected', answeredAt: m.now, reason: 'after the cut-off' };
    m.state.counters.changeRefused++;
    m.state.counters.changeAfterCutoffRefused++;
    m.trace('change.refusedAfterCutoff', 'lanceur', order.id, { proposal: p.id, hoursToLaunch });
    m.say('change.refusedAfterCutoff', 'lanceur', order, { hoursToLaunch, cutoff });
    return;
  }
  const decision = ask(m, 'lanceur.answerChange', 'lanceur', order.id, { proposal: p, hoursToLaunch });
  const deadline = Math.min(p.deadline, m.now + m.scenario.strategies.lanceur.counterDeadlineHours);
  const terms = decision.verdict === 'counter' ? decision.terms : null;
  const a = terms ? { verdict: 'counter' as const, terms, deadline } : decision.verdict === 'accept' ? { verdict: 'accept' as const } : { verdict: 'reject' as const };
  const { answered, counter } = answer(p, a, m.now, m.proposals.length);
  m.proposals[proposalId] = answered;
  m.trace('change.answered', 'lanceur', order.id, { proposal: p.id, verdict: decision.verdict, terms });
  m.say('change.answered', 'lanceur', order, { verdict: decision.verdict, terms: counter ? { ...counter.terms } : null, before: orderTerms(order) });
  if (decision.verdict === 'accept') {
    m.state.counters.changeAccepted++;
    applyChange(m, order, p.terms, p.from);
    affectTrust(m, ci, 'changeAccepted');
  } else if (decision.verdict === 'reject') {
    m.state.counters.changeRefused++;
    affectTrust(m, ci, 'changeRefused');
  } else if (counter) {
    m.state.counters.changeCountered++;
    m.proposals.push(counter);
    const responseHours = m.scenario.strategies.client.counterResponseHours[m.scenario.clients[ci].posture];
    m.schedule({ type: 'counter.answer', time: m.now + responseHours, proposal: counter.id });
  }
}

/** The client answers the lanceur's counter-proposal; late answers find it expired. */
export function onCounterAnswer(m: Model, proposalId: number): void {
  const p = m.proposals[proposalId];
  const order = m.order(p.order);
  const ci = m.clientIndex(order.client);
  const spec = m.scenario.clients[ci];
  const decision = ask(m, 'client.answerCounter', spec.id, order.id, p);
  const stillOpen = order.status === 'booked' && launchTime(m, order) - m.now >= m.scenario.changes.cutoffHours;
  const a = decision.accept && stillOpen ? { verdict: 'accept' as const } : { verdict: 'reject' as const, reason: stillOpen ? 'client declines' : 'after the cut-off' };
  const { answered } = answer(p, a, m.now, m.proposals.length);
  m.proposals[proposalId] = answered;
  m.trace('counter.answered', spec.id, order.id, { proposal: p.id, status: answered.status });
  m.say('counter.answered', spec.id, order, { client: spec.id, outcome: answered.status === 'accepted' || answered.status === 'expired' ? answered.status : 'rejected', cutoffPassed: !stillOpen });
  if (answered.status === 'accepted') {
    m.state.counters.changeAccepted++;
    applyChange(m, order, p.terms, 'lanceur');
  } else if (answered.status === 'rejected' && !stillOpen) {
    m.state.counters.changeAfterCutoffRefused++;
  }
}

/** Applies accepted terms to the order: each changed commitment a plan version. */
export function applyChange(m: Model, order: Order, t: Terms, by: string): void {
  if (launchTime(m, order) - m.now < m.scenario.changes.cutoffHours || order.status !== 'booked') {
    m.state.counters.changeAfterCutoffAccepted++;
  }
  if (t.quantity !== undefined && t.quantity !== order.quantity) {
    order.version = m.history.record({ time: m.now, by, order: order.id, commitment: 'quantity', from: order.quantity, to: t.quantity, reason: 'change request' });
    order.quantity = t.quantity;
  }
  if (t.product !== undefined && t.product !== order.product) {
    const product = m.product(t.product);
    order.version = m.history.record({ time: m.now, by, order: order.id, commitment: 'product', from: order.product, to: product.id, reason: 'change request' });
    order.product = product.id;
    order.family = product.family;
    order.uoPerUnit = product.uoPerUnit;
  }
  if (t.priority && (t.priority === 'urgent') !== order.urgent) {
    order.version = m.history.record({ time: m.now, by, order: order.id, commitment: 'priority', from: order.urgent ? 'urgent' : 'normal', to: t.priority, reason: 'change request' });
    order.urgent = t.priority === 'urgent';
  }
  if (t.day !== undefined && t.day !== order.promisedDay) {
    order.version = m.history.record({ time: m.now, by, order: order.id, commitment: 'promisedDay', from: order.promisedDay, to: t.day, reason: 'change request' });
    order.promisedDay = t.day;
    order.plannedLaunchDay = t.day - m.scenario.lanceur.plannedLeadDays;
  }
}
