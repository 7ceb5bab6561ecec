/**
 * Playing a session: a run whose played seats are answered by people. The recorder answers
 * the pending decision for them, keeping what the debrief needs (the suggestion, how it was
 * answered, the note, the time taken, the trace digest when it was asked), and turns the whole
 * into a {@link Session} at any moment.
 */
import type { Scenario } from '../scenario/schema';
import type { Controller } from '../core/decisions';
import { Simulation } from '../simulation/simulation';
import { SESSION_FORMAT, SESSION_VERSION, type AnsweredVia, type Session, type SessionDecision, type SessionMessage, type SessionOrigin } from './session';

/** How a person answered: the note and seconds are optional. */
export interface AnswerMeta {
  via?: AnsweredVia;
  note?: string;
  seconds?: number;
}

/** A session in play over its simulation. */
export class SessionRecorder {
  readonly decisions: SessionDecision[] = [];
  /** Messages between seats so far (kept in the file; the run does not read them). */
  readonly messages: SessionMessage[] = [];

  /** `scenario` is the one the run started from (before any intervention). */
  constructor(
    readonly sim: Simulation,
    readonly scenario: Scenario,
    readonly seats: Record<string, Controller>,
    readonly origin?: SessionOrigin,
  ) {}

  /** A new session of `scenario` on `seed` with `seats` played by people. */
  static start(scenario: Scenario, seed: number, seats: Record<string, Controller>, trace = false): SessionRecorder {
    return new SessionRecorder(new Simulation(scenario, { seed, controllers: seats, trace }), scenario, seats);
  }

  /** Answers the decision waiting for a person; a note is cut to 500 characters. */
  answer(answer: unknown, meta: AnswerMeta = {}): void {
    const p = this.sim.desk.pending;
    if (!p) throw new Error('no decision is waiting for an answer');
    const d: SessionDecision = { id: p.id, kind: p.kind, agent: p.agent, answer, suggestion: p.suggestion, via: meta.via ?? 'person', time: p.time, digest: this.sim.traceDigest };
    if (meta.note) d.note = meta.note.slice(0, 500);
    if (meta.seconds !== undefined) d.seconds = meta.seconds;
    this.sim.desk.answer(answer);
    this.decisions.push(d);
  }

  /** Answers the waiting decision with the automatic strategy's suggestion. */
  useSuggestion(meta: Omit<AnswerMeta, 'via'> & { via?: 'suggestion' | 'timeout' } = {}): void {
    const p = this.sim.desk.pending;
    if (!p) throw new Error('no decision is waiting for an answer');
    this.answer(p.suggestion, { ...meta, via: meta.via ?? 'suggestion' });
  }

  /** The session as it stands now, ready to save or export. */
  toSession(name?: string): Session {
    const sim = this.sim;
    const s: Session = {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      scenario: structuredClone(this.scenario),
      seed: sim.seed,
      seats: { ...this.seats },
      decisions: structuredClone(this.decisions),
      interventions: structuredClone(sim.interventions),
      hour: sim.now,
      events: sim.eventsHandled,
      traceDigest: sim.traceDigest,
    };
    if (sim.disruptions.length) s.disruptions = structuredClone(sim.disruptions);
    if (this.messages.length) s.messages = structuredClone(this.messages);
    if (name) s.name = name;
    if (this.origin) s.origin = { ...this.origin };
    return s;
  }
}
