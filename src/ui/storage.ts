/** The browser's local storage, shared by the saved run and the session in play. Browser only. */

/** The page's localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
export function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
