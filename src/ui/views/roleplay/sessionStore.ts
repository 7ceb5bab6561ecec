/**
 * The session in play, kept in localStorage as it goes (one key), read back checked by the
 * session schema like a file: a broken record is dropped and reported, never half-used.
 * Also the session file's download and reading. Browser only.
 */
import type { Session } from '../../../session/session';
import { checkSession } from '../../../session/sessionCheck';
import { ScenarioError } from '../../../scenario/errors';
import { storage } from '../../storage';

/** The localStorage key of the session in play. */
export const SESSION_KEY = 'negoplan.session.v1';

/** `text` read as a session file: the session, or a one-line problem `where: expected …`. */
export function parseSession(text: string): Session | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  try {
    return checkSession(raw);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const p = e.problems[0];
    return `${p.path || 'the session'}: ${p.message}`;
  }
}

/** The saved session (null when none), or `{ problem }` when the record is broken (then removed). */
export function readSession(): Session | null | { problem: string } {
  const store = storage();
  const text = store?.getItem(SESSION_KEY) ?? null;
  if (text === null) return null;
  const s = parseSession(text);
  if (typeof s === 'string') {
    store?.removeItem(SESSION_KEY);
    return { problem: s };
  }
  return s;
}

/** Saves `s` as the session in play (null forgets it). */
export function writeSession(s: Session | null): void {
  try {
    if (s) storage()?.setItem(SESSION_KEY, JSON.stringify(s));
    else storage()?.removeItem(SESSION_KEY);
  } catch {
    // storage full or refused: the session still plays, it is just not kept
  }
}

/** Offers `s` as a download `negoplan-session.json`. */
export function downloadSession(s: Session): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(s, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'negoplan-session.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
