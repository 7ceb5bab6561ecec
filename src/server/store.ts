/**
 * The sessions' database (SQLite through better-sqlite3, WAL): `sessions` (settings, the
 * digest of the facilitator's token, join code, status), `teams` (where each team's run stood
 * when last written), `participants` (name, team, seat, digest of their personal token) and
 * `journal`, append-only, one row per answer, lever, seat change, message, fallback. Every
 * write is synchronous and committed when the call returns, so an answer acknowledged after
 * {@link Store.append} is on disk.
 */
import Database, { type Database as Db, type Statement } from 'better-sqlite3';

/** A session's row. */
export interface SessionRow {
  id: string;
  tokenDigest: string;
  code: string;
  /** The settings (CreateBody) and the scenario resolved, as JSON. */
  config: string;
  status: SessionStatus;
  created: number;
}
export type SessionStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** Where a team's run stood: events handled, simulated hours, trace digest. */
export interface TeamRow {
  session: string;
  team: number;
  events: number;
  hour: number;
  digest: string;
}

/** A participant's row; `team`/`seat` null until assigned. */
export interface ParticipantRow {
  id: string;
  session: string;
  tokenDigest: string;
  name: string;
  team: number | null;
  seat: string | null;
  created: number;
}

/** One journal row: its rank, team (null: the whole session), type and JSON data. */
export interface JournalRow {
  seq: number;
  session: string;
  team: number | null;
  type: string;
  data: string;
  at: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, token_digest TEXT NOT NULL, code TEXT NOT NULL UNIQUE, config TEXT NOT NULL, status TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS teams (session TEXT NOT NULL REFERENCES sessions(id), team INTEGER NOT NULL, events INTEGER NOT NULL, hour REAL NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (session, team));
CREATE TABLE IF NOT EXISTS participants (id TEXT PRIMARY KEY, session TEXT NOT NULL REFERENCES sessions(id), token_digest TEXT NOT NULL UNIQUE, name TEXT NOT NULL, team INTEGER, seat TEXT, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, session TEXT NOT NULL REFERENCES sessions(id), team INTEGER, type TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS journal_by_session ON journal (session, seq);
CREATE TRIGGER IF NOT EXISTS journal_append_only_u BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER IF NOT EXISTS journal_append_only_d BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
`;

/** The database of one server. */
export class Store {
  readonly db: Db;
  private readonly statements = new Map<string, Statement<unknown>>();

  /** Opens (or creates) the database at `file` (`:memory:` for tests), WAL mode, foreign keys on. */
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  /** The statement of `sql`, prepared once for the life of the store (answers hit it on every call). */
  private sql<R = unknown>(sql: string): Statement<R> {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st as Statement<R>;
  }

  /** Creates a session and its teams' rows. */
  createSession(row: SessionRow, teams: number, digest: string): void {
    this.db.transaction(() => {
      this.sql('INSERT INTO sessions (id, token_digest, code, config, status, created) VALUES (?, ?, ?, ?, ?, ?)').run(row.id, row.tokenDigest, row.code, row.config, row.status, row.created);
      const team = this.sql('INSERT INTO teams (session, team, events, hour, digest) VALUES (?, ?, 0, 0, ?)');
      for (let t = 0; t < teams; t++) team.run(row.id, t, digest);
    })();
  }

  /** Every session not ended, oldest first (to resume after a restart). */
  openSessions(): SessionRow[] {
    return this.sql<SessionRow>("SELECT id, token_digest AS tokenDigest, code, config, status, created FROM sessions WHERE status != 'ended' ORDER BY created, id").all();
  }

  /** One session's row. */
  session(id: string): SessionRow | undefined {
    return this.sql<SessionRow>('SELECT id, token_digest AS tokenDigest, code, config, status, created FROM sessions WHERE id = ?').get(id);
  }

  /** The session whose join code is `code`. */
  sessionByCode(code: string): SessionRow | undefined {
    return this.sql<SessionRow>('SELECT id, token_digest AS tokenDigest, code, config, status, created FROM sessions WHERE code = ?').get(code);
  }

  /** Rewrites a session's settings (JSON of its CreateBody and scenario). */
  setConfig(id: string, config: string): void {
    this.sql('UPDATE sessions SET config = ? WHERE id = ?').run(config, id);
  }

  setStatus(id: string, status: SessionStatus): void {
    this.sql('UPDATE sessions SET status = ? WHERE id = ?').run(status, id);
  }

  teams(session: string): TeamRow[] {
    return this.sql<TeamRow>('SELECT session, team, events, hour, digest FROM teams WHERE session = ? ORDER BY team').all(session);
  }

  /** Where team `team` of `session` stands now. */
  setTeamPosition(session: string, team: number, events: number, hour: number, digest: string): void {
    this.sql('UPDATE teams SET events = ?, hour = ?, digest = ? WHERE session = ? AND team = ?').run(events, hour, digest, session, team);
  }

  addParticipant(p: ParticipantRow): void {
    this.sql('INSERT INTO participants (id, session, token_digest, name, team, seat, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(p.id, p.session, p.tokenDigest, p.name, p.team, p.seat, p.created);
  }

  participants(session: string): ParticipantRow[] {
    return this.sql<ParticipantRow>('SELECT id, session, token_digest AS tokenDigest, name, team, seat, created FROM participants WHERE session = ? ORDER BY created, id').all(session);
  }

  participantByToken(digest: string): ParticipantRow | undefined {
    return this.sql<ParticipantRow>('SELECT id, session, token_digest AS tokenDigest, name, team, seat, created FROM participants WHERE token_digest = ?').get(digest);
  }

  assign(id: string, team: number, seat: string): void {
    this.sql('UPDATE participants SET team = ?, seat = ? WHERE id = ?').run(team, seat, id);
  }

  setName(id: string, name: string): void {
    this.sql('UPDATE participants SET name = ? WHERE id = ?').run(name, id);
  }

  /**
   * Appends a journal row and, in the same transaction, the team's position (when given);
   * committed on return. Returns the row's rank.
   */
  append(session: string, team: number | null, type: string, data: unknown, at: number, position?: Omit<TeamRow, 'session' | 'team'>): number {
    return this.db.transaction(() => {
      const r = this.sql('INSERT INTO journal (session, team, type, data, at) VALUES (?, ?, ?, ?, ?)').run(session, team, type, JSON.stringify(data), at);
      if (position && team !== null) this.setTeamPosition(session, team, position.events, position.hour, position.digest);
      return Number(r.lastInsertRowid);
    })();
  }

  /** A session's journal in order (of one team and the session-wide rows when `team` is given). */
  journal(session: string, team?: number): JournalRow[] {
    if (team === undefined) return this.sql<JournalRow>('SELECT seq, session, team, type, data, at FROM journal WHERE session = ? ORDER BY seq').all(session);
    return this.sql<JournalRow>('SELECT seq, session, team, type, data, at FROM journal WHERE session = ? AND (team = ? OR team IS NULL) ORDER BY seq').all(session, team);
  }

  close(): void {
    this.db.close();
  }
}
