/**
 * The sessions' sockets (socket.io). A participant connects with their personal token (or
 * the session's code and a name: they are given a token to reconnect with); the facilitator
 * with the session id and their token. Each participant has a room of their own: decisions go
 * only to the participants of the deciding seat, messages only to the two seats concerned, the
 * console's state only to the facilitator. Answers are acknowledged after their journal row is
 * committed; events are limited in size (by socket.io) and in rate (per socket).
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { InvalidAnswer } from '../core/decisions';
import { BodyError, parseBody, socketAnswer, socketEarlier, socketJoin, socketMessage, socketName } from './config';
import type { SessionHost } from './host';
import type { LiveParticipant, LiveSession, SessionListener } from './liveSession';
import { AnswerRefused } from './teamRun';
import { decisionOut, facilitatorState, messagesOf, mine, participantState } from './view';

/** Largest socket message (bytes), and the events a socket may send per 10 seconds. */
export const SOCKET_BYTES = 64_000;
export const EVENTS_PER_10S = 200;
export const MESSAGES_PER_10S = 5;

type Ack = (reply: { ok: true; [k: string]: unknown } | { ok: false; error: string; code?: string }) => void;

/** A limit of `n` events per window of 10 s (a fixed window, per socket). */
class RateLimit {
  private start = 0;
  private used = 0;
  constructor(private readonly n: number) {}
  allow(now: number): boolean {
    if (now - this.start >= 10_000) {
      this.start = now;
      this.used = 0;
    }
    return ++this.used <= this.n;
  }
}

/** The socket side of a server: build it with the host's listener, then attach it. */
export class SessionSockets implements SessionListener {
  io!: Server;
  private host!: SessionHost;
  private readonly consoleTimers = new Map<string, NodeJS.Timeout>();
  /** What each participant was last told of their seat, to tell them again only on a change. */
  private readonly told = new Map<string, string>();
  /** The host each session's facilitator reached the server at (for the join link). */
  private readonly hostOf = new Map<string, string>();

  constructor(private readonly publicUrl?: string) {}

  /** Attaches socket.io to `http` for `host`'s sessions. */
  attach(http: HttpServer, host: SessionHost): void {
    this.host = host;
    this.io = new Server(http, { maxHttpBufferSize: SOCKET_BYTES, serveClient: false, connectionStateRecovery: undefined, pingInterval: 10_000, pingTimeout: 8_000 });
    this.io.on('connection', (socket) => this.connected(socket));
  }

  pending(s: LiveSession, team: number, seat: string, request: import('../core/decisions').DecisionRequest | null): void {
    if (s.modeOf(team, seat) === 'person') {
      for (const p of s.playersOf(team, seat)) {
        if (request) this.io.to(`p:${p.id}`).emit('decision', decisionOut(s, team, seat, request));
        else this.io.to(`p:${p.id}`).emit('decided', { team, seat });
      }
    }
    this.changed(s);
  }

  message(s: LiveSession, m: import('./liveSession').SeatMessage): void {
    for (const p of s.participants.values()) if (mine(m, p)) this.io.to(`p:${p.id}`).emit('message', m);
    this.io.to(`f:${s.id}`).emit('message', m);
  }

  changed(s: LiveSession): void {
    for (const p of s.participants.values()) {
      if (p.connections === 0) continue;
      const summary = JSON.stringify([s.status, p.team, p.seat, p.team !== null && p.seat !== null ? s.modeOf(p.team, p.seat) : null]);
      if (this.told.get(p.id) === summary) continue;
      this.told.set(p.id, summary);
      this.io.to(`p:${p.id}`).emit('state', participantState(s, p));
    }
    if (this.consoleTimers.has(s.id) || !this.io.sockets.adapter.rooms.get(`f:${s.id}`)?.size) return; // no console open: nothing to compute
    this.consoleTimers.set(s.id, setTimeout(() => {
      this.consoleTimers.delete(s.id);
      this.io.to(`f:${s.id}`).emit('state', facilitatorState(s, this.joinUrl(s)));
    }, 250));
  }

  /** Closes every socket and timer. */
  close(): Promise<void> {
    for (const t of this.consoleTimers.values()) clearTimeout(t);
    return new Promise((r) => this.io.close(() => r()));
  }

  private joinUrl(s: LiveSession): string {
    return `${this.publicUrl ?? `http://${this.hostOf.get(s.id) ?? 'localhost'}/`}#join=${s.code}`;
  }

  private connected(socket: Socket): void {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    if (typeof auth.facilitator === 'string' && typeof auth.session === 'string') return this.facilitator(socket, auth.session, auth.facilitator);
    let found: { session: LiveSession; participant: LiveParticipant } | undefined;
    if (typeof auth.token === 'string' && auth.token.length <= 200) found = this.host.byToken(auth.token);
    else if (auth.code !== undefined) {
      try {
        const j = parseBody(socketJoin, { code: auth.code, name: auth.name });
        const r = this.host.joinByCode(j.code, j.name);
        if (r) {
          found = { session: r.session, participant: r.credentials.participant };
          socket.emit('welcome', { token: r.credentials.token });
        }
      } catch (e) {
        socket.emit('refused', { error: e instanceof BodyError ? e.message : 'cannot join' });
        return void socket.disconnect(true);
      }
    }
    if (!found) {
      socket.emit('refused', { error: 'unknown code or invitation' });
      return void socket.disconnect(true);
    }
    this.participant(socket, found.session, found.participant);
  }

  private facilitator(socket: Socket, id: string, token: string): void {
    const s = id.length <= 100 ? this.host.get(id) : undefined;
    if (!s || !this.host.isFacilitator(s, token)) {
      socket.emit('refused', { error: 'not the facilitator of this session' });
      return void socket.disconnect(true);
    }
    void socket.join(`f:${s.id}`);
    const h = socket.handshake.headers.host;
    if (h && /^[A-Za-z0-9.:[\]-]{1,200}$/.test(h)) this.hostOf.set(s.id, h);
    socket.emit('state', facilitatorState(s, this.joinUrl(s)));
  }

  private participant(socket: Socket, s: LiveSession, p: LiveParticipant): void {
    const events = new RateLimit(EVENTS_PER_10S);
    const messages = new RateLimit(MESSAGES_PER_10S);
    void socket.join(`p:${p.id}`);
    this.told.delete(p.id); // told its whole state now, by `changed`
    s.connection(p, 1);
    if (s.status === 'ended') socket.emit('state', participantState(s, p)); // an ended session's clock and listeners are stopped: told here, with the debrief
    const guard = (ack: unknown, act: (ack: Ack) => void) => {
      const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
      if (!events.allow(Date.now())) return reply({ ok: false, error: 'too many events: wait a few seconds', code: 'rate' });
      try {
        act(reply);
      } catch (e) {
        if (e instanceof BodyError || e instanceof InvalidAnswer) return reply({ ok: false, error: e.message, code: 'invalid' });
        if (e instanceof AnswerRefused) return reply({ ok: false, error: e.message, code: e.code });
        reply({ ok: false, error: 'internal error' });
        console.error(e);
      }
    };
    socket.on('answer', (payload: unknown, ack: unknown) =>
      guard(ack, (reply) => {
        const b = parseBody(socketAnswer, payload);
        if (p.team === null || p.seat === null) throw new AnswerRefused('seat', 'you have no seat yet');
        const r = s.answer(p.team, p.seat, 'person', b);
        reply({ ok: true, decision: r.decision.id, duplicate: r.duplicate });
      }),
    );
    socket.on('message', (payload: unknown, ack: unknown) =>
      guard(ack, (reply) => {
        if (!messages.allow(Date.now())) return reply({ ok: false, error: 'too many messages: wait a few seconds', code: 'rate' });
        const b = parseBody(socketMessage, payload);
        if (p.team === null || p.seat === null) throw new AnswerRefused('seat', 'you have no seat yet');
        if (!s.seats.includes(b.to) || b.to === p.seat) throw new BodyError('to', `expected another played seat (${s.seats.filter((x) => x !== p.seat).join(', ')})`);
        const m = s.say(p.team, p.seat, b.to, p.name, b.text);
        reply({ ok: true, seq: m.seq });
      }),
    );
    socket.on('name', (payload: unknown, ack: unknown) =>
      guard(ack, (reply) => {
        const { name } = parseBody(socketName, payload);
        s.rename(p, name);
        reply({ ok: true, name });
      }),
    );
    socket.on('state', (_: unknown, ack: unknown) => guard(ack, (reply) => reply({ ok: true, state: participantState(s, p) })));
    socket.on('earlier', (payload: unknown, ack: unknown) =>
      guard(ack, (reply) => {
        const { before } = parseBody(socketEarlier, payload);
        reply({ ok: true, ...messagesOf(s, p, before) });
      }),
    );
    socket.on('disconnect', () => s.connection(p, -1));
  }
}
