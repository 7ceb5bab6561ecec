/**
 * Quality renegotiation. When control leaves an order short, fabrication may offer the client
 * off-spec parts (policy: never, when short and the client is at risk, always); the client
 * decides from the defect's visibility, the risk to its line and its trust. A refusal, or no
 * offer, means the shortfall is drawn from the imposed stock when it can be, else a complement
 * lot is launched.
 */
import type { Model } from './model';
import type { Order } from './state';
import { propose, answer } from '../negotiation/proposal';
import { coverShortfall, goodAvailable, owed } from './settlement';
import { ship } from './shipping';
import { affectTrust } from './trust';
import { ask } from './decisions/registry';

/** Fabrication's decision: offer off-spec parts for a short order, or launch a complement. */
export function onDerogationOffer(m: Model, orderId: number): void {
  const order = m.order(orderId);
  const offer = ask(m, 'fabrication.offerDerogation', 'fabrication', order.id, order);
  const missing = owed(order) - goodAvailable(order);
  const possible = missing > 0 && order.offSpec - order.deliveredOffSpec >= missing;
  if (!offer.offer || !possible) {
    coverShortfall(m, order);
    return;
  }
  const product = m.product(order.product);
  const p = propose(m.proposals.length, {
    subject: 'derogation',
    from: 'fabrication',
    to: order.client,
    order: order.id,
    terms: { quantity: missing, quality: 'derogation' },
    madeAt: m.now,
    deadline: m.now + 24,
  });
  m.proposals.push(p);
  m.state.counters.derogationOffered++;
  m.trace('derogation.offered', 'fabrication', order.id, { quantity: missing, proposal: p.id });
  m.say('derogation.offered', 'fabrication', order, { quantity: missing, visible: product.defectVisible });
  affectTrust(m, m.clientIndex(order.client), 'derogationOffered');
  m.schedule({ type: 'derogation.answer', time: m.now, proposal: p.id });
}

/** The client's decision on off-spec parts. */
export function onDerogationAnswer(m: Model, proposalId: number): void {
  const p = m.proposals[proposalId];
  const order = m.order(p.order);
  const ci = m.clientIndex(order.client);
  const spec = m.scenario.clients[ci];
  const product = m.product(order.product);
  const decision = ask(m, 'client.acceptDerogation', spec.id, order.id, p);
  const { answered } = answer(p, decision.accept ? { verdict: 'accept' } : { verdict: 'reject', reason: 'off-spec refused' }, m.now, m.proposals.length);
  m.proposals[proposalId] = answered;
  m.trace('derogation.answered', spec.id, order.id, { accept: decision.accept });
  m.say('derogation.answered', spec.id, order, { client: spec.id, accept: decision.accept });
  if (!decision.accept) {
    m.state.counters.derogationRefused++;
    coverShortfall(m, order);
    return;
  }
  m.state.counters.derogationAccepted++;
  const good = goodAvailable(order);
  const off = p.terms.quantity ?? 0;
  order.version = m.history.record({ time: m.now, by: spec.id, order: order.id, commitment: 'quality', from: 'conforming', to: `derogation ${off}`, reason: 'client takes off-spec parts' });
  ship(m, order, good + off, off);
}
