/**
 * The run engine: one Simulation advanced by time, with snapshots at fixed day boundaries so
 * that jumping back to any moment is a restore plus a replay. Every path to a time (playing,
 * stepping, scrubbing) goes through the same event loop (`advanceTo`, which hands the core's
 * `runUntil` one stretch between snapshot boundaries at a time), so the state at a given time
 * does not depend on how the user got there. Pure TypeScript, no DOM: the UI only
 * reads `sim` after a call, it never changes its state.
 */
import { Simulation, type Intervention, type JournalDisruption, type RunState } from '../../simulation/simulation';
import type { Scenario } from '../../scenario/schema';
import type { Controller, DecisionRequest } from '../../core/decisions';
import type { SessionDecision, SessionMessage, SessionOrigin } from '../../session/session';
import { SessionRecorder, type AnswerMeta } from '../../session/recorder';

/** Days between two saved snapshots. */
export const SNAPSHOT_EVERY_DAYS = 28;

/** What a run is made of: the scenario (levers already applied), the seed, the interventions. */
export interface RunSpec {
  scenario: Scenario;
  seed: number;
  interventions: Intervention[];
  /** Disruptions a trainer gave (absent: none). */
  disruptions?: JournalDisruption[];
  /** Roles or agents played by people (absent: all automatic). */
  seats?: Record<string, Controller>;
}

/**
 * The day a run opens on when no day is asked for: the last day of its warm-up (all of it
 * handled), so the order book, the board and the stations are already busy; day 0 for a
 * scenario without warm-up.
 */
export function openingDay(scenario: Scenario): number {
  return Math.max(0, scenario.warmupDays - 1);
}

/** A simulation the UI can move through in time. Times are in hours since day 0. */
export class RunEngine {
  sim: Simulation;
  /** The displayed time: every event at or before it has been handled. */
  time = 0;
  private readonly snapshots = new Map<number, RunState>();
  /** People's answers so far, in order (a session's decisions); replayed when the run restarts. */
  readonly decisions: SessionDecision[] = [];
  /** Where this run's session was branched from, if it is a branch (kept in its session file). */
  origin?: SessionOrigin;
  /** Messages between seats of this run's session (an opened session file's), kept in its session file. */
  readonly messages: SessionMessage[] = [];
  /**
   * Decisions with an id above this one are answered by the automatic strategy as they come
   * (a branch continued automatically), recorded with `via: 'auto'`; null: people answer.
   */
  autoAfter: number | null = null;

  constructor(readonly spec: RunSpec) {
    this.sim = this.fresh();
  }

  /** End of the run in hours. */
  get endTime(): number {
    return this.sim.days * 24;
  }

  /** The displayed day index. */
  get day(): number {
    return Math.min(Math.floor(this.time / 24), this.sim.days - 1);
  }

  /** Whether the run has reached its end. */
  get finished(): boolean {
    return this.time >= this.endTime - 1e-6;
  }

  /**
   * The run's trace digest once it has reached its end (null before): the `traceDigest` that
   * `sim run --json` prints for the same scenario and seed, however the user got to the end.
   */
  get traceDigest(): string | null {
    return this.finished ? this.sim.traceDigest : null;
  }

  /** The decision waiting for a person (the run is held at it), or null (also once answered, before the run goes on). */
  get pending(): DecisionRequest | null {
    const p = this.sim.desk.pending;
    return p && this.decisions[this.decisions.length - 1]?.id !== p.id ? p : null;
  }

  /**
   * Answers the pending decision through a {@link SessionRecorder} (so the decision keeps its
   * suggestion, note, seconds and how it was given). Throws the desk's InvalidAnswer and
   * leaves the decision pending when the answer does not fit.
   */
  answer(answer: unknown, meta: AnswerMeta = {}): void {
    const r = this.recorder();
    r.answer(answer, meta);
    this.decisions.push(r.decisions[r.decisions.length - 1]!);
  }

  /** A recorder over the current run holding the decisions so far (for the session file). */
  recorder(): SessionRecorder {
    const r = new SessionRecorder(this.sim, this.spec.scenario, this.spec.seats ?? {}, this.origin);
    r.decisions.push(...this.decisions);
    r.messages.push(...this.messages);
    return r;
  }

  /**
   * Restarts the run with `decisions` (a saved session's, of this same run) as people's answers
   * so far, at time 0; then seek where the session was. Snapshots are dropped.
   */
  resume(decisions: readonly SessionDecision[]): void {
    this.decisions.length = 0;
    this.decisions.push(...structuredClone(decisions as SessionDecision[]));
    this.snapshots.clear();
    this.sim = this.fresh();
    this.time = 0;
  }

  /** Moves to time `t` (hours), forward by playing, backward by restoring a snapshot. */
  seekTime(t: number): void {
    const target = Math.max(0, Math.min(t, this.endTime - 1e-9));
    if (target < this.time) this.rewindTo(target);
    this.advanceTo(target);
  }

  /**
   * Where the run stands, as settings carry it: the day, and the exact time when it is not
   * the end of that day (after stepping to an event).
   */
  get moment(): { day: number; time?: number } {
    const day = this.day;
    return Math.abs(this.time - ((day + 1) * 24 - 1e-9)) < 1e-6 ? { day } : { day, time: this.time };
  }

  /** Moves to `m` (see {@link moment}): its exact time if it has one, else the end of its day. */
  seekMoment(m: { day: number; time?: number }): void {
    if (m.time !== undefined && Math.floor(m.time / 24) === m.day) this.seekTime(m.time);
    else this.seekDay(m.day);
  }

  /** Moves to the end of day `d` (all of day d's events handled). */
  seekDay(d: number): void {
    this.seekTime((d + 1) * 24 - 1e-9);
  }

  /** Handles exactly the next event (if any) and moves the displayed time to it. */
  stepEvent(): void {
    const next = this.sim.nextEventTime();
    if (next === null) {
      this.time = this.endTime;
      return;
    }
    this.seekTime(Math.max(this.time, next));
  }

  /** Handles every event up to `t`, saving a snapshot at each boundary it crosses. */
  private advanceTo(t: number): void {
    const every = SNAPSHOT_EVERY_DAYS * 24;
    for (;;) {
      const boundary = (Math.floor((this.time + 1e-6) / every) + 1) * every;
      const stop = Math.min(t, boundary - 1e-9);
      if (this.sim.runUntil(stop) === 'pending') {
        const p = this.pending;
        if (p && this.autoAfter !== null && p.id > this.autoAfter) {
          this.answer(p.suggestion, { via: 'auto' });
          continue;
        }
        this.time = Math.max(this.time, this.sim.now);
        return;
      }
      this.time = Math.max(this.time, stop);
      if (stop >= t) return;
      const day = Math.round(boundary / 24);
      if (!this.snapshots.has(day)) this.snapshots.set(day, this.sim.snapshot());
    }
  }

  private rewindTo(t: number): void {
    let best = -1;
    for (const day of this.snapshots.keys()) if (day * 24 - 1e-9 <= t && day > best) best = day;
    if (best < 0) {
      this.sim = this.fresh();
      this.time = 0;
    } else {
      this.sim = Simulation.restore(this.snapshots.get(best)!);
      this.time = best * 24 - 1e-9;
    }
  }

  private fresh(): Simulation {
    const decisions = this.decisions.map((d) => ({ id: d.id, kind: d.kind, agent: d.agent, answer: d.answer }));
    return new Simulation(this.spec.scenario, { seed: this.spec.seed, controllers: this.spec.seats, journal: { interventions: this.spec.interventions, disruptions: this.spec.disruptions ?? [], decisions }, trace: false });
  }
}
