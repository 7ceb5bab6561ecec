/**
 * One hosted session in memory: its teams' runs, who answers each seat (a person, the
 * facilitator, automatic), the participants and their connections, the clock (turn-based or
 * timed) and the timers (a decision's time limit, a participant's fallback delay). Every
 * change that matters goes to the journal first (synchronously), then to the listeners (the
 * sockets). The simulation is only ever advanced here, in bounded slices.
 */
import type { DecisionRequest } from '../core/decisions';
import type { Scenario } from '../scenario/schema';
import { messageAt, type SessionDecision } from '../session/session';
import type { Intervention, JournalDisruption } from '../simulation/runState';
import { disruptionProblem, timingProblem } from '../simulation/givenDisruptions';
import { ScenarioError } from '../scenario/errors';
import type { CreateBody, Pace } from './config';
import { debrief } from './debrief';
import type { ParticipantRow, SessionStatus, Store } from './store';
import { AnswerRefused, SLICE_EVENTS, TeamRun, type TeamFigures } from './teamRun';

/** Who answers a seat now. */
export type SeatMode = 'person' | 'facilitator' | 'auto';

/** What a session is made of, as stored in its row. */
export interface SessionConfig extends CreateBody {
  scenarioResolved: Scenario;
  /** The figures the facilitator ranked the teams on when they ended the session (`figure:higher,…`). */
  debriefRank?: string;
}

/** A short message between two seats of a team. */
export interface SeatMessage {
  team: number;
  from: string;
  to: string;
  name: string;
  text: string;
  hour: number;
  seq: number;
}

/** What the sockets are told. */
export interface SessionListener {
  /** The decision waiting at `seat` of `team` changed (null: none any more). */
  pending(s: LiveSession, team: number, seat: string, request: DecisionRequest | null): void;
  message(s: LiveSession, m: SeatMessage): void;
  /** Anything the facilitator's console shows changed (status, seats, connections, figures). */
  changed(s: LiveSession): void;
}

/** A participant with their live connections. */
export interface LiveParticipant extends ParticipantRow {
  connections: number;
}

/** Real milliseconds between two moves of a timed clock. */
const TICK_MS = 200;

/** A hosted session. */
export class LiveSession {
  status: SessionStatus;
  readonly participants = new Map<string, LiveParticipant>();
  readonly messages: SeatMessage[] = [];
  private readonly modes = new Map<string, SeatMode>();
  /** Seats gone automatic because their person left (they come back when the person does). */
  private readonly fellBack = new Set<string>();
  private readonly fallbackTimers = new Map<string, NodeJS.Timeout>();
  private readonly decisionTimers = new Map<number, NodeJS.Timeout>();
  /** Per team: when (ms, the session's clock) the decision shown under a time limit was shown. */
  private readonly decisionSince = new Map<number, number>();
  /** Per team: the decision shown to its seat (so it is announced once). */
  private readonly shown = new Map<number, number>();
  /** Per team: the simulated hour a timed clock may reach. */
  private readonly targets: number[];
  private pumping = false;
  /** Set when the server closes: nothing runs or writes any more. */
  private stopped = false;
  private ticker: NodeJS.Timeout | null = null;
  private final: ReturnType<typeof debrief> | null = null;

  constructor(
    readonly id: string,
    readonly code: string,
    readonly tokenDigest: string,
    readonly config: SessionConfig,
    readonly teams: TeamRun[],
    status: SessionStatus,
    private readonly store: Store,
    private readonly listener: SessionListener,
    private readonly now: () => number = Date.now,
  ) {
    this.status = status;
    this.targets = teams.map((t) => t.sim.now);
  }

  /** The debrief once the session has ended (computed once), else null. */
  finalDebrief(): ReturnType<typeof debrief> | null {
    if (this.status !== 'ended') return null;
    return (this.final ??= debrief(this.teams, this.config.debriefRank));
  }

  /** Real seconds left to answer the decision waiting in `team` (the whole limit if not shown yet), or 0 without a limit. */
  secondsLeft(team: number): number {
    const limit = this.config.decisionSeconds;
    if (limit <= 0) return 0;
    const since = this.decisionSince.get(team);
    return since === undefined ? limit : Math.max(0, Math.round((limit - (this.now() - since) / 1000) * 10) / 10);
  }

  get pace(): Pace {
    return this.config.pace;
  }

  /** The played seats. */
  get seats(): string[] {
    return this.config.human;
  }

  /** Who answers `seat` of `team`. */
  modeOf(team: number, seat: string): SeatMode {
    return this.modes.get(`${team}:${seat}`) ?? 'person';
  }

  /** Sets who answers a seat (journal first); a waiting decision of an automatic seat is answered at once. */
  setMode(team: number, seat: string, mode: SeatMode, reason: 'facilitator' | 'left' | 'returned' = 'facilitator'): void {
    this.store.append(this.id, team, 'seat', { seat, mode, reason }, this.now());
    this.applyMode(team, seat, mode, reason);
    this.shown.delete(team); // the waiting decision is announced again, to whoever answers now
    this.listener.changed(this);
    this.pump();
  }

  /** Applies a seat change (from the journal on a restart, or live). */
  applyMode(team: number, seat: string, mode: SeatMode, reason: string): void {
    const key = `${team}:${seat}`;
    this.modes.set(key, mode);
    if (reason === 'left') this.fellBack.add(key);
    else this.fellBack.delete(key);
  }

  /** The participants playing `seat` of `team`. */
  playersOf(team: number, seat: string): LiveParticipant[] {
    return [...this.participants.values()].filter((p) => p.team === team && p.seat === seat);
  }

  /** Starts or resumes the clock. */
  start(): void {
    if (this.status === 'ended') return;
    this.setStatus('running');
    this.pump();
  }

  pause(): void {
    if (this.status === 'running') this.setStatus('paused');
  }

  /**
   * Ends the session: the clock stops for good, timers are cleared; the debrief, ranked on
   * `rank` (checked first: a bad name throws and nothing ends), is then public to the session.
   */
  end(rank?: string): void {
    if (rank !== undefined) {
      debrief(this.teams, rank);
      this.config.debriefRank = rank;
      this.store.setConfig(this.id, JSON.stringify(this.config));
    }
    this.final = null;
    this.setStatus('ended');
    this.stopTimers();
  }

  /** Changes the pace (journal first). */
  setPace(pace: Pace): void {
    this.store.append(this.id, null, 'pace', { pace }, this.now());
    this.config.pace = pace;
    this.store.setConfig(this.id, JSON.stringify(this.config));
    this.teams.forEach((t, i) => (this.targets[i] = t.sim.now));
    this.listener.changed(this);
    this.pump();
  }

  private setStatus(status: SessionStatus): void {
    this.status = status;
    this.store.setStatus(this.id, status);
    this.store.append(this.id, null, 'status', { status }, this.now());
    this.teams.forEach((t, i) => (this.targets[i] = t.sim.now));
    this.listener.changed(this);
  }

  /** Stops every timer of the session (end, or server shut down). */
  stopTimers(): void {
    this.stopped = true;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    for (const t of this.fallbackTimers.values()) clearTimeout(t);
    for (const t of this.decisionTimers.values()) clearTimeout(t);
    this.fallbackTimers.clear();
    this.decisionTimers.clear();
  }

  /**
   * A person's (or the facilitator's) answer to decision `decision` of `team` at `seat`:
   * checked (the seat must be the one deciding, the answer must fit), journaled, and only
   * then returned; the run goes on after. A decision answered before returns its answer.
   */
  answer(team: number, seat: string, by: 'person' | 'facilitator', body: { decision: number; answer: unknown; via?: 'person' | 'suggestion'; note?: string; seconds?: number }): { decision: SessionDecision; duplicate: boolean } {
    const run = this.teams[team];
    if (!run) throw new AnswerRefused('seat', `team ${team} does not exist`);
    if (this.status === 'ended') throw new AnswerRefused('none', 'the session has ended');
    const done = run.recorder.decisions.find((d) => d.id === body.decision);
    if (done) return { decision: done, duplicate: true };
    const p = run.pending;
    if (p && run.seatOf(p) !== seat) throw new AnswerRefused('seat', `decision ${body.decision} is not for ${seat}`);
    if (p && this.modeOf(team, seat) !== by) throw new AnswerRefused('seat', `${seat} is answered by ${this.modeOf(team, seat)} now`);
    if (body.via === 'suggestion' && !this.config.suggestions) throw new AnswerRefused('seat', 'suggestions are off in this session');
    const answer = body.via === 'suggestion' && p ? p.suggestion : body.answer;
    const out = run.answer(body.decision, answer, { via: body.via ?? 'person', ...(body.note ? { note: body.note } : {}), ...(body.seconds !== undefined ? { seconds: body.seconds } : {}) });
    if ('duplicate' in out) return { decision: out.duplicate, duplicate: true };
    this.journalAnswer(run, out.taken, by, seat);
    return { decision: out.taken, duplicate: false };
  }

  private journalAnswer(run: TeamRun, d: SessionDecision, by: string, seat: string): void {
    this.store.append(this.id, run.team, 'answer', { ...d, by }, this.now(), run.position());
    const timer = this.decisionTimers.get(run.team);
    if (timer) clearTimeout(timer);
    this.decisionTimers.delete(run.team);
    this.decisionSince.delete(run.team);
    this.shown.delete(run.team);
    this.listener.pending(this, run.team, seat, null);
    this.pump();
  }

  /** Answers the waiting decision of `team` with its suggestion (automatic seat, time limit). */
  private answerAutomatically(run: TeamRun, via: 'suggestion' | 'timeout', note: string): void {
    const p = run.pending;
    if (!p) return;
    run.recorder.useSuggestion({ via, note });
    this.journalAnswer(run, run.recorder.decisions[run.recorder.decisions.length - 1], 'auto', run.seatOf(p));
  }

  /** A lever for every team from `day` on (each team from its next day at the earliest; journal first). */
  intervene(path: string, value: unknown, day?: number): Intervention[] {
    const ivs = this.teams.map((t) => ({ day: Math.max(day ?? 0, t.sim.day + 1), path, value }));
    this.teams.forEach((t, i) => t.sim.intervene(ivs[i]));
    ivs.forEach((iv, i) => this.store.append(this.id, i, 'lever', iv, this.now(), this.teams[i].position()));
    this.listener.changed(this);
    return ivs;
  }

  /**
   * One disruption for every team at the same simulated time: `day` and `hour` when given
   * (after every team's clock), else the next whole hour after the furthest team's clock.
   * Checked for every team before any is given (a {@link ScenarioError} naming the field,
   * `team N:` in front of a timing problem), then journaled and given to each team's run.
   */
  disrupt(d: Omit<JournalDisruption, 'day' | 'hour'> & { day?: number; hour?: number }): JournalDisruption {
    const next = Math.floor(Math.max(...this.teams.map((t) => t.sim.now))) + 1;
    const given: JournalDisruption = { day: d.day ?? Math.floor(next / 24), hour: d.day === undefined ? next % 24 : (d.hour ?? 0), kind: d.kind, durationHours: d.durationHours };
    if (d.station !== undefined) given.station = d.station;
    const shape = disruptionProblem(given, this.config.scenarioResolved);
    if (shape) throw new ScenarioError([shape], 'disruption');
    for (const t of this.teams) {
      const p = timingProblem(given, t.sim.now, t.sim.days * 24);
      if (p) throw new ScenarioError([{ path: p.path, message: `team ${t.team + 1}: ${p.message}` }], 'disruption');
    }
    for (const t of this.teams) {
      this.store.append(this.id, t.team, 'disruption', given, this.now(), t.position());
      t.sim.disrupt(given);
    }
    this.listener.changed(this);
    return given;
  }

  /** A participant's name (journal first). */
  rename(p: LiveParticipant, name: string): void {
    this.store.setName(p.id, name);
    this.store.append(this.id, p.team, 'name', { participant: p.id, name }, this.now());
    p.name = name;
    this.listener.changed(this);
  }

  /** A short message from `seat` to another played seat of the team (journal first). */
  say(team: number, from: string, to: string, name: string, text: string): SeatMessage {
    const run = this.teams[team];
    const hour = run.sim.now;
    const seq = this.store.append(this.id, team, 'message', { from, to, name, text, hour }, this.now());
    const m = { team, from, to, name, text, hour, seq };
    this.keep(m);
    this.listener.message(this, m);
    return m;
  }

  /** Keeps message `m` (said now, or read back from the journal) in the session and in its team's session file. */
  keep(m: SeatMessage): void {
    this.messages.push(m);
    this.teams[m.team]?.recorder.messages.push(messageAt(m.hour, m));
  }

  /** A participant connected (`+1`) or left (`-1`): their seat's fallback timer is set or cleared. */
  connection(p: LiveParticipant, delta: 1 | -1): void {
    p.connections = Math.max(0, p.connections + delta);
    if (this.stopped) return;
    if (p.team === null || p.seat === null) return this.listener.changed(this);
    const key = `${p.team}:${p.seat}`;
    const here = this.playersOf(p.team, p.seat).some((q) => q.connections > 0);
    if (here) {
      const t = this.fallbackTimers.get(key);
      if (t) clearTimeout(t);
      this.fallbackTimers.delete(key);
      if (this.fellBack.has(key)) this.setMode(p.team, p.seat, 'person', 'returned');
    } else if (!this.fallbackTimers.has(key) && this.modeOf(p.team, p.seat) === 'person') {
      const team = p.team;
      const seat = p.seat;
      this.fallbackTimers.set(key, setTimeout(() => {
        this.fallbackTimers.delete(key);
        if (this.status !== 'ended' && !this.playersOf(team, seat).some((q) => q.connections > 0)) this.setMode(team, seat, 'auto', 'left');
      }, this.config.fallbackSeconds * 1000));
    }
    this.listener.changed(this);
  }

  /** Runs the teams on, a slice at a time, until each waits for an answer, its clock or its end. */
  pump(): void {
    if (this.pumping || this.status !== 'running') return;
    this.pumping = true;
    setImmediate(() => this.work());
  }

  private work(): void {
    this.pumping = false;
    if (this.status !== 'running' || this.stopped) return;
    let more = false;
    for (const run of this.teams) {
      const until = this.pace === 'turns' ? Infinity : this.targets[run.team];
      const before = run.sim.eventsHandled;
      const stop = run.advance(SLICE_EVENTS, until);
      if (run.sim.eventsHandled !== before) this.store.setTeamPosition(this.id, run.team, run.sim.eventsHandled, run.sim.now, run.sim.traceDigest);
      if (stop === 'slice') more = true;
      if (stop === 'pending') this.onPending(run);
    }
    if (this.pace !== 'turns') this.tickLater();
    this.listener.changed(this); // the sockets throttle what the console is sent
    if (more) this.pump();
  }

  /** A decision came to a played seat: answered at once when the seat is automatic, else shown. */
  private onPending(run: TeamRun): void {
    const p = run.pending;
    if (!p) return;
    const seat = run.seatOf(p);
    const mode = this.modeOf(run.team, seat);
    if (mode === 'auto') return this.answerAutomatically(run, 'suggestion', this.fellBack.has(`${run.team}:${seat}`) ? 'automatic: the participant left' : 'automatic: seat handed back');
    if (this.shown.get(run.team) === p.id) return;
    this.shown.set(run.team, p.id);
    const limit = this.config.decisionSeconds;
    if (limit > 0) this.decisionSince.set(run.team, this.now());
    this.listener.pending(this, run.team, seat, p);
    if (limit > 0) this.decisionTimers.set(run.team, setTimeout(() => this.answerAutomatically(run, 'timeout', 'time limit reached'), limit * 1000));
  }

  private tickLater(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => {
      if (this.status !== 'running') return;
      const pace = this.pace;
      if (pace === 'turns') return;
      this.teams.forEach((t, i) => {
        if (!t.pending) this.targets[i] = Math.max(this.targets[i], t.sim.now) + (pace * TICK_MS) / 1000;
      });
      this.pump();
    }, TICK_MS);
  }

  /** Every team's key figures now. */
  figures(): TeamFigures[] {
    return this.teams.map((r) => r.figures());
  }

}
