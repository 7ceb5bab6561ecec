/**
 * The facilitator's calls to the sessions API (fetch, same origin, the token as a Bearer
 * header) and where this browser keeps each session's facilitator token.
 */
import { storage } from '../../storage';

const KEY = 'negoplan.v1.console.';

/** The facilitator token this browser holds for session `id`, if any. */
export function consoleToken(id: string): string | null {
  return storage()?.getItem(KEY + id) ?? null;
}

/** Keeps the facilitator token of session `id` in this browser. */
export function keepConsoleToken(id: string, token: string): void {
  storage()?.setItem(KEY + id, token);
}

/** A refused call: the server's message (it names the field). */
export class ApiError extends Error {}

/** Calls `path` under /api/ with `body` (POST) or none (GET); resolves with the JSON reply or throws an ApiError. */
export async function api<T = Record<string, unknown>>(path: string, token: string | null, body?: unknown): Promise<T> {
  const r = await fetch(`api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const j = (await r.json().catch(() => ({}))) as T & { error?: string };
  if (!r.ok) throw new ApiError(j.error ?? `HTTP ${r.status}`);
  return j;
}
