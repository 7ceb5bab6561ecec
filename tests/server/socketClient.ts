/**
 * A participant or facilitator over socket.io for the tests and the benchmark: connects with
 * its credentials, keeps what it was sent (state, decisions, messages) and answers with the
 * acknowledgement awaited.
 */
import { io, type Socket } from 'socket.io-client';

/** What a test participant saw. */
export interface Seen {
  states: Record<string, unknown>[];
  decisions: { id: number; kind: string; seat: string; team: number; order: number | null; time: number; view: unknown; suggestion?: unknown }[];
  messages: { from: string; to: string; text: string }[];
  refused: string[];
  /** Every event's name and payload, in order. */
  all: [string, unknown][];
}

/** A connected client. */
export interface TestClient {
  socket: Socket;
  seen: Seen;
  /** The token given on joining with a code (then used to reconnect). */
  token?: string;
  emit(event: string, payload: unknown): Promise<Record<string, unknown>>;
  /** The latest decision shown and not yet answered, waiting up to `ms`. */
  nextDecision(after?: number, ms?: number): Promise<Seen['decisions'][number]>;
  close(): void;
}

/** Connects to `url` with `auth` (token, code and name, or facilitator and session). */
export function connect(url: string, auth: Record<string, unknown>): Promise<TestClient> {
  const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  const seen: Seen = { states: [], decisions: [], messages: [], refused: [], all: [] };
  const client: TestClient = {
    socket,
    seen,
    emit: (event, payload) => socket.timeout(10_000).emitWithAck(event, payload),
    async nextDecision(after = -1, ms = 20_000) {
      const end = Date.now() + ms;
      for (;;) {
        const d = [...seen.decisions].reverse().find((x) => x.id > after);
        if (d) return d;
        if (Date.now() > end) throw new Error(`no decision after ${after}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => void socket.disconnect(),
  };
  socket.onAny((event, payload) => seen.all.push([event, payload]));
  socket.on('state', (s) => {
    seen.states.push(s);
    if (s.pending) seen.decisions.push(s.pending);
  });
  socket.on('decision', (d) => seen.decisions.push(d));
  socket.on('message', (m) => seen.messages.push(m));
  socket.on('welcome', (w) => {
    client.token = w.token;
    socket.auth = { token: w.token };
  });
  return new Promise((resolve, reject) => {
    socket.on('refused', (r) => {
      seen.refused.push(r.error);
      reject(new Error(r.error));
    });
    socket.on('connect_error', reject);
    socket.on('state', () => resolve(client));
  });
}
