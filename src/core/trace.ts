/**
 * The event trace: one record per domain event, in the order the simulation handled them.
 * Records are plain data; the digest is a 64-bit hash of their JSON lines, the same in
 * Node and in the browser.
 */

/** One line of the trace. `time` in hours; `agent` and `order` may be empty. */
export interface TraceRecord {
  time: number;
  type: string;
  agent: string;
  order: number | null;
  data?: Record<string, unknown>;
}

/** The record as one JSON line, with a stable key order. */
export function traceLine(r: TraceRecord): string {
  return JSON.stringify({ time: r.time, type: r.type, agent: r.agent, order: r.order, data: r.data ?? {} });
}

/** A 64-bit hex digest (two FNV-1a 32-bit lanes) of a sequence of strings. */
export function digestLines(lines: Iterable<string>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 10, 0x01000193);
    h2 = Math.imul(h2 ^ 10, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The digest of a whole trace. */
export function traceDigest(records: readonly TraceRecord[]): string {
  return digestLines(records.map(traceLine));
}
