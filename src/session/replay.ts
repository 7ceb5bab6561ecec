/**
 * Replaying a session: the same scenario, seed and seats, each recorded decision answered as
 * it was when it comes, and the run taken to the moment the session was saved (the same
 * number of events handled). The replay is
 * identical when every decision comes in the same order with the same trace digest and the
 * final digest is the saved one; otherwise the first decision that diverges is named.
 * Branching is replaying the decisions before N, then answering N anew.
 */
import { Simulation } from '../simulation/simulation';
import { SessionRecorder } from './recorder';
import type { Session } from './session';

/** Where and why a replay left the recorded session. */
export interface Divergence {
  /** The first recorded decision (its id) that did not come as recorded, or null for the final state. */
  decision: number | null;
  reason: string;
}

/** A replayed session: the recorder over its run (ready to play on), and how it compared. */
export interface Replay {
  recorder: SessionRecorder;
  decisions: number;
  identical: boolean;
  divergence: Divergence | null;
}

/**
 * Replays `session`'s first `upTo` decisions (all by default) and, when it replays them all,
 * runs on to the moment it was saved at. Pure of I/O; deterministic.
 */
export function replaySession(session: Session, upTo = session.decisions.length, trace = false): Replay {
  const sim = new Simulation(session.scenario, { seed: session.seed, controllers: session.seats, journal: { interventions: session.interventions, disruptions: session.disruptions ?? [] }, trace });
  const recorder = new SessionRecorder(sim, session.scenario, session.seats, session.origin);
  recorder.messages.push(...structuredClone(session.messages ?? [])); // kept, not read by the run
  const take = session.decisions.slice(0, upTo);
  for (const d of take) {
    // one event more than the saved count: a decision pending at save time is asked by the next event
    const stop = sim.step(session.events - sim.eventsHandled + 1);
    const p = sim.desk.pending;
    if (stop !== 'pending' || !p) return { recorder, decisions: recorder.decisions.length, identical: false, divergence: { decision: d.id, reason: `decision ${d.id} (${d.kind} by ${d.agent}) was never asked` } };
    if (p.id !== d.id || p.kind !== d.kind || p.agent !== d.agent) {
      return { recorder, decisions: recorder.decisions.length, identical: false, divergence: { decision: d.id, reason: `decision ${d.id} (${d.kind} by ${d.agent}) came as decision ${p.id} (${p.kind} by ${p.agent})` } };
    }
    if (sim.traceDigest !== d.digest) {
      return { recorder, decisions: recorder.decisions.length, identical: false, divergence: { decision: d.id, reason: `the run before decision ${d.id} (${d.kind} by ${d.agent}) has trace digest ${sim.traceDigest}, recorded ${d.digest}` } };
    }
    recorder.answer(d.answer, { via: d.via, note: d.note, seconds: d.seconds });
  }
  if (upTo < session.decisions.length) return { recorder, decisions: take.length, identical: true, divergence: null };
  if (sim.eventsHandled < session.events) sim.step(session.events - sim.eventsHandled);
  const identical = sim.traceDigest === session.traceDigest;
  return {
    recorder,
    decisions: take.length,
    identical,
    divergence: identical ? null : { decision: null, reason: `after the last decision the trace digest is ${sim.traceDigest}, recorded ${session.traceDigest}` },
  };
}

/**
 * A branch of `session` at its decision of rank `index` (0-based in `session.decisions`): the
 * decisions before it replayed from the journal, that one waiting to be answered anew, checked
 * to come with its recorded trace digest. It does not depend on where the session was saved
 * (a session saved before its decision N can still branch there). The branch keeps its origin,
 * and the messages sent up to that decision.
 */
export function branchSession(session: Session, index: number): SessionRecorder {
  const d = session.decisions[index];
  if (!d) throw new Error(`the session has no decision at rank ${index}`);
  const before = session.decisions.slice(0, index);
  const decisions = before.map((b) => ({ id: b.id, kind: b.kind, agent: b.agent, answer: b.answer }));
  const sim = new Simulation(session.scenario, { seed: session.seed, controllers: session.seats, journal: { interventions: session.interventions, disruptions: session.disruptions ?? [], decisions } });
  const stop = sim.runToEnd();
  const p = sim.desk.pending;
  if (stop !== 'pending' || !p || p.id !== d.id || p.kind !== d.kind || p.agent !== d.agent) throw new Error(`cannot branch: decision ${d.id} (${d.kind} by ${d.agent}) was not asked again`);
  if (sim.traceDigest !== d.digest) throw new Error(`cannot branch: the run before decision ${d.id} has trace digest ${sim.traceDigest}, recorded ${d.digest}`);
  const branched = new SessionRecorder(sim, session.scenario, session.seats, { digest: d.digest, decision: d.id, ...(session.name ? { name: session.name } : {}) });
  branched.decisions.push(...structuredClone(before));
  branched.messages.push(...structuredClone((session.messages ?? []).filter((m) => m.day * 24 + m.hour <= d.time)));
  return branched;
}
