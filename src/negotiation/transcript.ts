/**
 * The transcript: every exchange and decision as a structured entry. Entries carry data only
 * (ids, numbers, booleans and enum tokens: kinds, terms, verdicts, disruption kinds, lever
 * paths and values), never a sentence or a word of any language; the views render them in
 * English or French (src/ui/i18n/transcript.ts).
 */
import type { ClientKind } from '../scenario/schema';
import type { Terms } from './proposal';

/** What kind of disruption begins. */
export type DisruptionKind = 'transport' | 'weather' | 'breakdown';

/** Why the lanceur moves a promised date: capacity is free earlier, or the load is above the norm. */
export type DateMoveReason = 'freeCapacity' | 'overNorm';

/** An order's commitments just before a change, to read the change's terms against. Dates are day indices. */
export interface OrderTerms {
  quantity: number;
  product: string;
  day: number;
  priority: 'urgent' | 'normal';
}

/** A lever's value as set: scenario data (a number, a choice token, a flag, or structured data such as stock policies). */
export type LeverValue = number | string | boolean | null | readonly LeverValue[] | { readonly [key: string]: LeverValue };

/** The kinds of line the transcript holds, each with its parameters. Hours are hours, days day indices or counts of days. */
export interface TranscriptParams {
  'order.received': { client: string; kind: ClientKind; quantity: number; product: string; urgent: boolean };
  /** `cycle` days from the order to the promised `day`; `consulted`: the commercial asked the lanceur. */
  'order.promised': { cycle: number; day: number; consulted: boolean };
  'date.moved': { from: number; to: number; reason: DateMoveReason };
  /** `quantity` launched for `requested` ordered; `reserve`: on the capacity reserve. */
  'order.launched': { quantity: number; requested: number; reserve: boolean };
  /** `days` late (0 when on time); `offSpec` of the parts are off-spec (a derogation). */
  'order.delivered': { quantity: number; late: boolean; days: number; offSpec: number };
  'order.short': { good: number; needed: number };
  /** The client asks `terms`; `hoursToLaunch` negative when the order was already launched. */
  'change.asked': { client: string; kind: ClientKind; terms: Terms; before: OrderTerms; hoursToLaunch: number };
  'change.refusedAfterCutoff': { hoursToLaunch: number; cutoff: number };
  /** The lanceur's answer to a change request; `terms` the counter-proposal's, null unless `counter`. */
  'change.answered': { verdict: 'accept' | 'reject' | 'counter'; terms: Terms | null; before: OrderTerms };
  /** The client's answer to the lanceur's counter-proposal; `cutoffPassed`: the cut-off came first. */
  'counter.answered': { client: string; outcome: 'accepted' | 'rejected' | 'expired'; cutoffPassed: boolean };
  /** `visible`: the defect can be seen on the part. */
  'derogation.offered': { quantity: number; visible: boolean };
  'derogation.answered': { client: string; accept: boolean };
  'client.lost': { client: string; trust: number };
  'client.escalated': { client: string; trust: number };
  'station.down': { station: string };
  'station.up': { station: string; hours: number };
  /** `station` the broken-down station's id, null for a transport stoppage or the weather. */
  'disruption.start': { what: DisruptionKind; station: string | null; hours: number };
  'line.stopped': { client: string; missing: number };
  'line.restarted': { client: string; hours: number };
  /** `path` the scenario path of the lever. */
  'lever.set': { path: string; value: LeverValue };
}

export type TranscriptKind = keyof TranscriptParams;

/**
 * One line of the transcript. `time` in hours; `agent` who speaks: a role id (`commercial`,
 * `lanceur`, `fabrication`, `world`, `trainer`) or a client id.
 */
export interface TranscriptEntry<K extends TranscriptKind = TranscriptKind> {
  time: number;
  kind: K;
  agent: string;
  client: string | null;
  order: number | null;
  params: TranscriptParams[K];
}

/** An order's commitments now, as {@link OrderTerms}. Pure. */
export function orderTerms(o: { quantity: number; product: string; promisedDay: number; urgent: boolean }): OrderTerms {
  return { quantity: o.quantity, product: o.product, day: o.promisedDay, priority: o.urgent ? 'urgent' : 'normal' };
}
