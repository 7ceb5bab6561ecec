/**
 * The trace's vocabulary: every record type the model writes, with the fields of its data in
 * the order a trace line holds them. `Model.trace` takes only these types, each with exactly
 * these fields (the compiler checks every call), and the run's digest reads a record by its
 * declared fields ({@link TRACE_KINDS}, core/traceDigest.ts), not by walking the object.
 */
import { traceKind, type TraceKind } from '../core/traceDigest';

export const TRACE_FIELDS = {
  'order.received': ['product', 'quantity', 'urgent'],
  'order.promised': ['day', 'cycle'],
  'order.launched': ['quantity', 'requested', 'reserve'],
  'order.short': ['good', 'needed'],
  'order.complement': ['quantity', 'missing'],
  'order.shipped': ['quantity', 'offSpec', 'fromStock', 'departure'],
  'order.fromStock': ['quantity', 'stockLeft', 'expedite'],
  'date.moved': ['from', 'to', 'reason'],
  'lot.controlled': ['lot', 'quantity', 'good', 'offSpec', 'scrap'],
  'delivery.arrived': ['quantity', 'offSpec'],
  'delivery.held': ['until'],
  'stock.replenish': ['product', 'quantity', 'missing'],
  'stock.drawn': ['quantity'],
  'station.down': ['hours'],
  'station.up': ['hours'],
  'line.stopped': ['missing'],
  'line.restarted': ['hours'],
  'change.asked': ['proposal', 'terms', 'hoursToLaunch'],
  'change.refusedAfterCutoff': ['proposal', 'hoursToLaunch'],
  'change.answered': ['proposal', 'verdict', 'terms'],
  'counter.answered': ['proposal', 'status'],
  'derogation.offered': ['quantity', 'proposal'],
  'derogation.answered': ['accept'],
  'client.lost': ['trust'],
  'client.escalated': ['trust'],
  'client.escalationEnd': ['trust'],
  'disruption.start': ['what', 'station', 'hours'],
  'disruption.end': ['what'],
  'lever.set': ['path', 'value'],
} as const satisfies Record<string, readonly string[]>;

/** A record type of the trace. */
export type TraceType = keyof typeof TRACE_FIELDS;

/** The data of a record of type `T`: its declared fields, each with a value JSON can write. */
export type TraceData<T extends TraceType> = { [K in (typeof TRACE_FIELDS)[T][number]]: unknown };

/** Each record type's kind, made once (a Map: 29 keys added one by one make a slow object). */
export const TRACE_KINDS: ReadonlyMap<string, TraceKind> = new Map(Object.entries(TRACE_FIELDS).map(([type, fields]) => [type, traceKind(type, fields)]));
