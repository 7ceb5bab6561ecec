/**
 * The links of the sessions pages, read from the URL hash beside the run links of
 * settings.ts (which they never collide with):
 * - `#join=CODE`: a participant joins with the session's code (and gives a name);
 * - `#invite=TOKEN`: a participant's personal link, straight into their seat;
 * - `#console`: the facilitator makes a session; `#console=ID`: the console of session ID
 *   (its facilitator token stays in this browser's storage, never in the link).
 * Pure.
 */

/** A sessions page and its parameter. */
export type SessionLink = { page: 'join'; code: string } | { page: 'invite'; token: string } | { page: 'console'; id: string | null };

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/** The sessions page `hash` names, or null when it is a run link (or empty). */
export function parseSessionLink(hash: string): SessionLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const join = params.get('join');
  if (join !== null) return { page: 'join', code: join.trim().toUpperCase().slice(0, 20) };
  const invite = params.get('invite');
  if (invite !== null && TOKEN.test(invite)) return { page: 'invite', token: invite };
  if (params.has('console')) {
    const id = params.get('console') ?? '';
    return { page: 'console', id: TOKEN.test(id) ? id : null };
  }
  return null;
}
