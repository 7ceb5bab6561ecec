/**
 * How the producer's behaviour moves a client's trust: tells the client's machine of a kept
 * or broken commitment when it can move its trust, and acts on a break (a lost client stops
 * ordering; an internal one escalates for `trust.escalationDays`). The trust itself lives
 * only in the client machine's context: {@link clientTrust} reads it.
 */
import type { Model } from './model';
import type { Scenario } from '../scenario/schema';
import { movesTrust, type ClientTerms } from './client.machine';

/** The commitments a client watches, each a key of the scenario's `trust` deltas. */
export type TrustReason = keyof Omit<Scenario['trust'], 'initial' | 'escalationDays'>;

/** The initial trust of a client of origin `origin` under scenario `s` (a fraction). */
export function initialTrust(s: Scenario, origin: Scenario['clients'][number]['origin']): number {
  return s.trust.initial[origin] ?? 0.6;
}

/** Client `index`'s trust now (a fraction), as its machine holds it. Pure read. */
export function clientTrust(m: Pick<Model, 'actors'>, index: number): number {
  return m.actors.clients[index].getSnapshot().context.trust;
}

/** Client `index`'s kind and threshold as the scenario states them now (levers apply). */
function terms(m: Model, index: number): ClientTerms {
  const spec = m.scenario.clients[index];
  return { kind: spec.kind, threshold: spec.trustThreshold };
}

/**
 * Applies the trust change for `reason` to client `index`. A change that cannot move the
 * trust (a zero delta, or trust already at 0 or 1) is not sent: it could change nothing.
 */
export function affectTrust(m: Model, index: number, reason: TrustReason): void {
  const cs = m.state.clients[index];
  if (cs.lost) return;
  const delta = m.scenario.trust[reason];
  if (delta === 0) return;
  const actor = m.actors.clients[index];
  const before = actor.getSnapshot();
  if (!movesTrust(before.context, delta)) return;
  actor.send({ type: delta >= 0 ? 'commitment.kept' : 'commitment.broken', reason, delta, ...terms(m, index) });
  const snap = actor.getSnapshot();
  if (snap.value === before.value) return;
  const trust = snap.context.trust;
  if (snap.value === 'lost') {
    cs.lost = true;
    cs.lostAt = m.now;
    m.trace('client.lost', cs.id, null, { trust });
    m.say('client.lost', cs.id, null, { client: cs.id, trust });
  } else if (snap.value === 'escalated') {
    cs.escalations++;
    m.trace('client.escalated', cs.id, null, { trust });
    m.say('client.escalated', cs.id, null, { client: cs.id, trust });
    m.schedule({ type: 'escalation.end', time: m.now + m.scenario.trust.escalationDays * 24, client: index });
  }
}

/** The hierarchy settles an internal client's escalation: trust back just above its threshold. */
export function endEscalation(m: Model, index: number): void {
  const actor = m.actors.clients[index];
  const spec = m.scenario.clients[index];
  actor.send({ type: 'escalation.end', restoredTrust: spec.trustThreshold + 0.2, ...terms(m, index) });
  m.trace('client.escalationEnd', spec.id, null, { trust: clientTrust(m, index) });
}
