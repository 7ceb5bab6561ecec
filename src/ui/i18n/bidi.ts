/**
 * Bidirectional isolation of the scenario's strings (names, descriptions, client, product and
 * station ids), so that one which holds right-to-left text or a direction override such as
 * U+202E never reorders the app's own text around it. In the DOM a string shown alone goes in
 * a `<bdi>` ({@link bdi}); one mixed into a sentence, an `<option>`, a chart legend or the
 * pixi canvas is wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE
 * ({@link isolate}; the transcript's renderers take it as their `id` wrapper). Strings are
 * always text, never HTML. Pure, except {@link bdi}.
 */
/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const ISOLATE_OPEN = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI

/**
 * `text` with its isolates balanced: a U+2069 that closes no isolate opened inside it is
 * dropped (it would close the isolate around the text early and let what follows escape),
 * and an isolate left open is closed at the end (it would swallow the PDI meant for ours).
 */
export function balanced(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (ISOLATE_OPEN.has(c)) depth++;
    else if (c === PDI) {
      if (depth === 0) continue;
      depth--;
    }
    out += c;
  }
  return out + PDI.repeat(depth);
}

/** `text` as an isolated run (FSI text PDI): its direction cannot leak into what surrounds it. */
export function isolate(text: string): string {
  return FSI + balanced(text) + PDI;
}

/** A `<bdi>` element showing `text` (as text), isolated from its neighbours. */
export function bdi(text: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement('bdi');
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.textContent = balanced(text);
  return e;
}

const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * `text` (a banner message, which may quote a user's value) with every invisible direction control
 * shown as its code point, `<U+202E>`, so a quoted value can neither reorder the message nor
 * hide what it holds.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
