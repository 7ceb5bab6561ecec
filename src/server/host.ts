/**
 * The sessions a server hosts: made from a checked body (ids, tokens and join code from
 * crypto.randomBytes; the database keeps the tokens' digests), looked up by id, code or
 * participant token, and, after a restart, each rebuilt from its row: scenario, seed and the
 * journal's answers, levers, disruptions and seat changes replayed to the position last written.
 */
import type { SessionDecision } from '../session/session';
import type { Intervention, JournalDisruption } from '../simulation/runState';
import { digestHex, digestStart } from '../core/traceDigest';
import { type CreateBody, resolveScenario } from './config';
import { newJoinCode, newToken, tokenDigest, tokenMatches } from './ids';
import { LiveSession, type LiveParticipant, type SeatMessage, type SessionConfig, type SessionListener, type SeatMode } from './liveSession';
import type { SessionRow, Store } from './store';
import { TeamRun, type TeamJournal } from './teamRun';

/** A participant's credentials as handed out once (the token is not kept). */
export interface Credentials {
  participant: LiveParticipant;
  token: string;
}

/** Every session of one server. */
export class SessionHost {
  private readonly live = new Map<string, LiveSession>();

  constructor(
    readonly store: Store,
    readonly scenarioDir: string,
    private readonly listener: SessionListener,
    private readonly now: () => number = Date.now,
  ) {}

  /** Makes a session; returns it and the facilitator's token (shown once). */
  create(body: CreateBody): { session: LiveSession; token: string } {
    const scenario = resolveScenario(body, this.scenarioDir);
    const config: SessionConfig = { ...body, scenario: typeof body.scenario === 'string' ? body.scenario : 'inline', scenarioResolved: scenario };
    const id = newToken(12);
    const token = newToken(24);
    const row: SessionRow = { id, tokenDigest: tokenDigest(token), code: newJoinCode(), config: JSON.stringify(config), status: 'lobby', created: this.now() };
    this.store.createSession(row, body.teams, digestHex(digestStart()));
    const s = this.build(row, config, []);
    return { session: s, token };
  }

  /** Rebuilds every session not ended (after a restart) and starts the running ones again. */
  resumeAll(): LiveSession[] {
    const out: LiveSession[] = [];
    for (const row of this.store.openSessions()) out.push(this.load(row));
    for (const s of out) s.pump();
    return out;
  }

  /** The session `id` (rebuilt from the database when it is not in memory), or undefined. */
  get(id: string): LiveSession | undefined {
    const s = this.live.get(id);
    if (s) return s;
    const row = this.store.session(id);
    return row ? this.load(row) : undefined;
  }

  /** Whether `token` is the facilitator's of session `s`. */
  isFacilitator(s: LiveSession, token: string): boolean {
    return tokenMatches(token, s.tokenDigest);
  }

  /** A personal invitation for `seat` of `team`: a participant made now, and their token. */
  invite(s: LiveSession, team: number, seat: string, name = ''): Credentials {
    return this.addParticipant(s, name, team, seat);
  }

  /** Someone joined with the session's code and a name: a participant without a seat yet. */
  joinByCode(code: string, name: string): { session: LiveSession; credentials: Credentials } | undefined {
    const row = this.store.sessionByCode(code.trim().toUpperCase());
    const s = row && this.get(row.id);
    if (!s || s.status === 'ended') return undefined;
    return { session: s, credentials: this.addParticipant(s, name, null, null) };
  }

  /** The session and participant of a personal token, or undefined. */
  byToken(token: string): { session: LiveSession; participant: LiveParticipant } | undefined {
    const row = this.store.participantByToken(tokenDigest(token));
    const s = row && this.get(row.session);
    const p = s?.participants.get(row!.id);
    return s && p ? { session: s, participant: p } : undefined;
  }

  /** Assigns (or reassigns) a participant to `seat` of `team`; their old seat sees them gone. */
  assign(s: LiveSession, p: LiveParticipant, team: number, seat: string): void {
    const from = p.team !== null && p.seat !== null ? { team: p.team, seat: p.seat } : null;
    const was = p.connections;
    if (from && was > 0) {
      p.connections = 1;
      s.connection(p, -1);
    }
    this.store.assign(p.id, team, seat);
    this.store.append(s.id, team, 'assign', { participant: p.id, name: p.name, seat, from }, this.now());
    p.team = team;
    p.seat = seat;
    if (was > 0) {
      p.connections = was - 1;
      s.connection(p, 1);
    }
  }

  /** Stops every session's timers (the server is closing). */
  close(): void {
    for (const s of this.live.values()) s.stopTimers();
  }

  private addParticipant(s: LiveSession, name: string, team: number | null, seat: string | null): Credentials {
    const token = newToken(24);
    const row = { id: newToken(9), session: s.id, tokenDigest: tokenDigest(token), name, team, seat, created: this.now() };
    this.store.addParticipant(row);
    this.store.append(s.id, team, 'participant', { participant: row.id, name, seat }, this.now());
    const p: LiveParticipant = { ...row, connections: 0 };
    s.participants.set(p.id, p);
    return { participant: p, token };
  }

  /** A session rebuilt from its row and journal. */
  private load(row: SessionRow): LiveSession {
    const config = JSON.parse(row.config) as SessionConfig;
    const byTeam = new Map<number, TeamJournal>();
    const modes: [number, string, SeatMode, string][] = [];
    const messages: SeatMessage[] = [];
    for (const j of this.store.journal(row.id)) {
      const data = JSON.parse(j.data);
      if (j.team === null) {
        if (j.type === 'pace') config.pace = data.pace;
        continue;
      }
      const t = byTeam.get(j.team) ?? emptyJournal();
      byTeam.set(j.team, t);
      if (j.type === 'answer') {
        const { by: _by, ...d } = data;
        t.decisions.push(d as SessionDecision);
      } else if (j.type === 'lever') t.interventions.push(data as Intervention);
      else if (j.type === 'disruption') t.disruptions.push(data as JournalDisruption);
      else if (j.type === 'seat') modes.push([j.team, data.seat, data.mode, data.reason]);
      else if (j.type === 'message') messages.push({ team: j.team, ...data, seq: j.seq });
    }
    const s = this.build(row, config, this.store.teams(row.id).map((tr) => ({ ...tr, ...(byTeam.get(tr.team) ?? emptyJournal()) })));
    for (const [team, seat, mode, reason] of modes) s.applyMode(team, seat, mode, reason);
    for (const m of messages) s.keep(m);
    for (const p of this.store.participants(row.id)) s.participants.set(p.id, { ...p, connections: 0 });
    // a seat whose person is not back within the delay falls back to automatic
    for (const p of s.participants.values()) if (p.team !== null && p.seat !== null) s.connection(p, -1);
    return s;
  }

  private build(row: SessionRow, config: SessionConfig, resumed: ({ team: number; events: number; digest: string } & TeamJournal)[]): LiveSession {
    const seats = Object.fromEntries(config.human.map((h) => [h, 'human' as const]));
    const teams = resumed.length
      ? resumed.map((t) => TeamRun.resume(t.team, config.scenarioResolved, config.seed, seats, t, t.events, t.digest))
      : Array.from({ length: config.teams }, (_, i) => TeamRun.start(i, config.scenarioResolved, config.seed, seats));
    const s = new LiveSession(row.id, row.code, row.tokenDigest, config, teams, row.status, this.store, this.listener, this.now);
    this.live.set(row.id, s);
    return s;
  }
}

function emptyJournal(): TeamJournal {
  return { decisions: [], interventions: [], disruptions: [] };
}
