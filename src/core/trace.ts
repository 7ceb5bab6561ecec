/**
 * The event trace: one record per domain event, in the order the simulation handled them.
 * Records are plain data; the digest is a 64-bit hash of their JSON lines, the same in
 * Node and in the browser. A run folds each line into its digest as it is produced, so the
 * digest exists with the records off too (core/digestRecord.ts folds it without building it).
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

/**
 * A digest under way: two 32-bit FNV-1a-style lanes. Plain data (it survives JSON and
 * structuredClone), so a run can keep it in its snapshot and go on from it.
 */
export interface DigestState {
  h1: number;
  h2: number;
}

/**
 * The lanes' multipliers. Each character c moves the lanes as
 * `h1 = imul(h1 ^ c, LANE1)` and `h2 = imul(h2 ^ c, LANE2) ^ (h2 >>> 15)`: this file's
 * {@link digestLine} and core/digestRecord.ts write the step inline, the hot loop of every run.
 */
export const LANE1 = 0x01000193;
export const LANE2 = 0x5bd1e995;

/** The state of the digest of an empty sequence. */
export function digestStart(): DigestState {
  return { h1: 0x811c9dc5 | 0, h2: LANE1 ^ LANE2 };
}

/** Folds one line (and its line end) into `d`, in place. O(length), no allocation. */
export function digestLine(d: DigestState, line: string): void {
  let h1 = d.h1;
  let h2 = d.h2;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, LANE1);
    h2 = Math.imul(h2 ^ c, LANE2) ^ (h2 >>> 15);
  }
  d.h1 = Math.imul(h1 ^ 10, LANE1);
  d.h2 = Math.imul(h2 ^ 10, LANE2) ^ (h2 >>> 15);
}

/** The 16 hex digits of the digest so far (`d` is left as it is). */
export function digestHex(d: DigestState): string {
  return (d.h1 >>> 0).toString(16).padStart(8, '0') + (d.h2 >>> 0).toString(16).padStart(8, '0');
}

/** A 64-bit hex digest (two FNV-1a 32-bit lanes) of a sequence of strings. */
export function digestLines(lines: Iterable<string>): string {
  const d = digestStart();
  for (const line of lines) digestLine(d, line);
  return digestHex(d);
}

/** The digest of a whole trace. */
export function traceDigest(records: readonly TraceRecord[]): string {
  return digestLines(records.map(traceLine));
}
