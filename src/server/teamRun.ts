/**
 * One team's run on the server: a {@link SessionRecorder} over its Simulation, every played
 * seat a `human` controller (a seat taken over by the facilitator or fallen back to automatic
 * is answered with the suggestion by the host, so every decision of a played seat is in the
 * journal and the session file replays with the same seats). Advanced in bounded slices so
 * the server stays responsive. Rebuilt after a restart by replaying the journal's answers.
 */
import type { DecisionRequest } from '../core/decisions';
import type { Scenario } from '../scenario/schema';
import type { Session, SessionDecision } from '../session/session';
import { SESSION_FORMAT, SESSION_VERSION } from '../session/session';
import { SessionRecorder, type AnswerMeta } from '../session/recorder';
import { replaySession } from '../session/replay';
import { computeKpis } from '../metrics/kpis';
import type { Intervention, JournalDisruption } from '../simulation/runState';

/** Events handled in one slice of work before the server looks at its sockets again. */
export const SLICE_EVENTS = 4000;

/** What an answer did: taken, or the same decision answered before (idempotent). */
export type AnswerOutcome = { taken: SessionDecision } | { duplicate: SessionDecision };

/** A refused answer (wrong decision, none pending); `code` for the client. */
export class AnswerRefused extends Error {
  constructor(
    readonly code: 'stale' | 'none' | 'seat',
    message: string,
  ) {
    super(message);
  }
}

/** What the database's journal holds for one team: answers, levers set, disruptions given. */
export interface TeamJournal {
  decisions: SessionDecision[];
  interventions: Intervention[];
  disruptions: JournalDisruption[];
}

/** A team's figures as the facilitator's console shows them. */
export interface TeamFigures {
  team: number;
  day: number;
  hour: number;
  finished: boolean;
  decisions: number;
  pending: { id: number; kind: string; seat: string } | null;
  ordersDelivered: number;
  onTimeRate: number;
  leadTimeDays: number;
  utilization: number;
  trustMean: number;
}

/** The run of one team. */
export class TeamRun {
  constructor(
    readonly team: number,
    readonly recorder: SessionRecorder,
  ) {}

  /** A fresh run of `scenario` on `seed` with `seats` played. */
  static start(team: number, scenario: Scenario, seed: number, seats: Record<string, 'human'>): TeamRun {
    return new TeamRun(team, SessionRecorder.start(scenario, seed, seats, false));
  }

  /**
   * The run rebuilt from what the database holds: the answers, levers and disruptions of the
   * journal, the position (events handled) last written. Throws when the replay does not come out as recorded.
   */
  static resume(team: number, scenario: Scenario, seed: number, seats: Record<string, 'human'>, journal: TeamJournal, events: number, digest: string): TeamRun {
    const { decisions, interventions, disruptions } = journal;
    const session: Session = { format: SESSION_FORMAT, version: SESSION_VERSION, scenario, seed, seats, decisions, interventions, disruptions, hour: 0, events, traceDigest: digest };
    const r = replaySession(session);
    if (r.divergence && r.divergence.decision !== null) throw new Error(`team ${team}: the journal does not replay: ${r.divergence.reason}`);
    return new TeamRun(team, r.recorder);
  }

  get sim() {
    return this.recorder.sim;
  }

  /** Whether the run reached its end. */
  get finished(): boolean {
    return this.sim.nextEventTime() === null && !this.sim.desk.pending;
  }

  /** The decision waiting for an answer (null once answered, before the run goes on). */
  get pending(): DecisionRequest | null {
    const p = this.sim.desk.pending;
    const last = this.recorder.decisions[this.recorder.decisions.length - 1];
    return p && last?.id !== p.id ? p : null;
  }

  /** The seat that answers `p`: its agent's when the agent is played, else its role's. */
  seatOf(p: DecisionRequest): string {
    return Object.hasOwn(this.recorder.seats, p.agent) ? p.agent : p.role;
  }

  /**
   * Handles at most `maxEvents` events, up to simulated hour `until` (Infinity: no bound),
   * stopping at a decision waiting for an answer. Returns what stopped it.
   */
  advance(maxEvents: number, until = Infinity): 'pending' | 'end' | 'slice' | 'until' {
    if (this.pending) return 'pending';
    const sim = this.sim;
    const end = sim.days * 24 - 1e-9;
    const stop = sim.runUntil(until, maxEvents);
    if (stop === 'pending') return 'pending';
    if (this.finished) return 'end';
    if (stop === 'steps') return 'slice';
    return until < end ? 'until' : 'end';
  }

  /**
   * Answers decision `id`: when it is the one pending, checked by the desk (an InvalidAnswer
   * leaves it pending); when it was answered already, the earlier answer (idempotent).
   */
  answer(id: number, answer: unknown, meta: AnswerMeta): AnswerOutcome {
    const done = this.recorder.decisions.find((d) => d.id === id);
    if (done) return { duplicate: done };
    const p = this.pending;
    if (!p) throw new AnswerRefused('none', `decision ${id}: no decision is waiting for an answer`);
    if (p.id !== id) throw new AnswerRefused('stale', `decision ${id}: the decision waiting is ${p.id}`);
    this.recorder.answer(answer, meta);
    return { taken: this.recorder.decisions[this.recorder.decisions.length - 1] };
  }

  /** The position to write with a journal row: events handled, hour, trace digest. */
  position(): { events: number; hour: number; digest: string } {
    return { events: this.sim.eventsHandled, hour: this.sim.now, digest: this.sim.traceDigest };
  }

  /** The team's session file as it stands (what `sim replay` accepts). */
  toSession(name?: string): Session {
    return this.recorder.toSession(name);
  }

  private cached: { key: string; figures: TeamFigures } | null = null;

  /** The team's key figures now (reads the run, changes nothing; computed again only when the run moved). */
  figures(): TeamFigures {
    const key = `${this.sim.eventsHandled}:${this.recorder.decisions.length}`;
    if (this.cached?.key !== key) this.cached = { key, figures: this.computeFigures() };
    return this.cached.figures;
  }

  private computeFigures(): TeamFigures {
    const sim = this.sim;
    const k = computeKpis(sim);
    const p = this.pending;
    return {
      team: this.team,
      day: sim.day,
      hour: sim.now,
      finished: this.finished,
      decisions: this.recorder.decisions.length,
      pending: p ? { id: p.id, kind: p.kind, seat: this.seatOf(p) } : null,
      ordersDelivered: k.ordersDelivered,
      onTimeRate: k.onTimeRate,
      leadTimeDays: k.leadTimeDays.all.mean,
      utilization: k.utilization,
      trustMean: k.trustMean,
    };
  }
}
