/**
 * How the producer's behaviour moves a client's trust: sends the kept or broken commitment
 * to the client's machine, mirrors the result into the state, and acts on a break (a lost
 * client stops ordering; an internal one escalates for `trust.escalationDays`).
 */
import type { Model } from './model';
import type { Scenario } from '../scenario/schema';

/** The commitments a client watches, each a key of the scenario's `trust` deltas. */
export type TrustReason = keyof Omit<Scenario['trust'], 'initial' | 'escalationDays'>;

/** Applies the trust change for `reason` to client `index`. */
export function affectTrust(m: Model, index: number, reason: TrustReason): void {
  const cs = m.state.clients[index];
  if (cs.lost) return;
  const delta = m.scenario.trust[reason];
  const actor = m.actors.clients[index];
  const before = actor.getSnapshot().value;
  actor.send({ type: delta >= 0 ? 'commitment.kept' : 'commitment.broken', reason, delta });
  const snap = actor.getSnapshot();
  cs.trust = snap.context.trust;
  if (snap.value === before) return;
  if (snap.value === 'lost') {
    cs.lost = true;
    cs.lostAt = m.now;
    m.trace('client.lost', cs.id, null, { trust: cs.trust });
    m.say('client.lost', cs.id, null, { client: cs.id, trust: cs.trust });
  } else if (snap.value === 'escalated') {
    cs.escalations++;
    m.trace('client.escalated', cs.id, null, { trust: cs.trust });
    m.say('client.escalated', cs.id, null, { client: cs.id, trust: cs.trust });
    m.schedule({ type: 'escalation.end', time: m.now + m.scenario.trust.escalationDays * 24, client: index });
  }
}

/** The hierarchy settles an internal client's escalation: trust back just above its threshold. */
export function endEscalation(m: Model, index: number): void {
  const actor = m.actors.clients[index];
  const spec = m.scenario.clients[index];
  actor.send({ type: 'escalation.end', restoredTrust: spec.trustThreshold + 0.2 });
  m.state.clients[index].trust = actor.getSnapshot().context.trust;
  m.trace('client.escalationEnd', spec.id, null, { trust: m.state.clients[index].trust });
}
