/**
 * One order's whole story for the detail panel: its transcript lines and its plan versions,
 * merged by time (transcript first at equal times). Pure; reads records, never the live run.
 */
import type { TranscriptEntry } from '../../negotiation/transcript';
import type { PlanVersion } from '../../negotiation/planVersions';

/** One line of an order's history: a transcript entry or a plan version. */
export type HistoryItem = { time: number; entry: TranscriptEntry; version?: undefined } | { time: number; version: PlanVersion; entry?: undefined };

/** Every record about `order`, oldest first. */
export function orderHistory(order: number, transcript: readonly TranscriptEntry[], versions: readonly PlanVersion[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const e of transcript) if (e.order === order) items.push({ time: e.time, entry: e });
  for (const v of versions) if (v.order === order) items.push({ time: v.time, version: v });
  return items.sort((a, b) => a.time - b.time || (a.entry ? 0 : 1) - (b.entry ? 0 : 1));
}

/** A filter on records: by agent, by client, by order (null = any). */
export interface RecordFilter {
  agent: string | null;
  client: string | null;
  order: number | null;
}

/** Whether a transcript entry passes `f`. */
export function entryMatches(e: TranscriptEntry, f: RecordFilter): boolean {
  return (f.agent === null || e.agent === f.agent) && (f.client === null || e.client === f.client) && (f.order === null || e.order === f.order);
}

/** The indices of the entries of `transcript` that pass `f`, in order. */
export function filterEntries(transcript: readonly TranscriptEntry[], f: RecordFilter): number[] {
  const out: number[] = [];
  for (let i = 0; i < transcript.length; i++) if (entryMatches(transcript[i], f)) out.push(i);
  return out;
}
