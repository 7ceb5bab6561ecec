/**
 * Helpers for the server's tests: a server on an in-memory (or given) database, requests
 * with the facilitator's token, a session made in one call.
 */
import { afterEach } from 'vitest';
import { buildServer, type SessionsServer } from '../../src/server/server';

const open: SessionsServer[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** A server (not listening) on `db`, closed after the test. */
export async function testServer(db = ':memory:'): Promise<SessionsServer> {
  const s = await buildServer({ db, dist: null });
  open.push(s);
  return s;
}

/** Makes a session; returns its id, token and the create reply. */
export async function makeSession(s: SessionsServer, body: Record<string, unknown> = {}) {
  const r = await s.app.inject({ method: 'POST', url: '/api/sessions', payload: { scenario: 'terssac-circuits', seed: 3, human: ['commercial'], teams: 2, days: 20, ...body } });
  if (r.statusCode !== 201) throw new Error(`create: ${r.statusCode} ${r.body}`);
  const j = r.json() as { id: string; facilitatorToken: string; joinUrl: string; code: string };
  const call = (method: 'GET' | 'POST', path: string, payload?: unknown) =>
    s.app.inject({ method, url: `/api/sessions/${j.id}${path}`, headers: { authorization: `Bearer ${j.facilitatorToken}` }, ...(payload === undefined ? (method === 'POST' ? { payload: {} } : {}) : { payload: payload as object }) });
  return { ...j, call };
}

/** Waits until `check` holds (polling every 20 ms, at most `ms`). */
export async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
