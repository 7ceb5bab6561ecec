/**
 * The event trace: one record per domain event, in the order the simulation handled them.
 * Records are plain data; a `--trace` file holds one JSON line per record. Their digest (a
 * fingerprint kept as the records are produced, with the records off too) is in
 * core/traceDigest.ts.
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
