/**
 * The trace digest: a 64-bit fingerprint of a run's trace records, kept as they are produced
 * (so it exists with the records off), the same in Node and in every browser, and plain data
 * in the run's snapshot so that a restored run goes on from it.
 *
 * What it hashes, for each record in order: its time, its kind (two words hashing its type and
 * the names of its data's fields, in order), its agent, its order, then the value of each field.
 * A value is a short sequence of 32-bit words whose first word says what it is in its low four
 * bits:
 *
 * | value                                 | words                                                       |
 * |---------------------------------------|-------------------------------------------------------------|
 * | integer in [-2^27, 2^27)               | `1 + 16·n`                                                  |
 * | other integer in the int32 range       | `2`, n                                                      |
 * | any other finite number                | `3`, low and high halves of its IEEE 754 double             |
 * | string of length L                     | `4 + 16·L`, then its UTF-16 code units two to a word (the first in the low half) |
 * | null, a non-finite number              | `5`                                                         |
 * | true, false                            | `6`, `7`                                                    |
 * | array                                  | `8`, its items (one left out by JSON counts as null), `10`   |
 * | plain object                           | `9`, key (as a string) and value of each member JSON writes, in its order, `10` |
 * | nothing (a member JSON leaves out)     | `11`                                                        |
 *
 * so that the words of a sequence of records can be read back one way only. A field, or any
 * value, that JSON leaves out is not there; any other object (a Date, one with toJSON, a class
 * instance) is hashed as what JSON writes for it, parsed back. The values are therefore exactly
 * what a `--trace` file holds, one record per JSON line, and {@link traceFileDigest} computes the
 * same digest from such a file (-0 is written `0`, and hashed as 0).
 *
 * A run declares each record type's fields ({@link traceKind}): its kind's words are computed once,
 * and a record is read field by field ({@link digestKindRecord}), the same digest as walking it.
 *
 * Each word moves two 32-bit lanes by rotate, xor, multiply (different rotations and odd
 * multipliers); the 16 hex digits are both lanes through murmur3's finaliser. It tells runs
 * apart; it is no cryptographic hash.
 */
import type { TraceRecord } from './trace';

/** A digest under way: its two lanes. Plain data (it survives JSON and structuredClone). */
export interface DigestState {
  h1: number;
  h2: number;
}

/** The lanes under way (copied in from a DigestState, written back after each record). */
let h1 = 0;
let h2 = 0;

const MUL1 = 0x9e3779b1 | 0;
const MUL2 = 0x85ebca77 | 0;

/** One word into the first lane, and into the second. */
const lane1 = (h: number, w: number): number => Math.imul(((h << 5) | (h >>> 27)) ^ w, MUL1);
const lane2 = (h: number, w: number): number => Math.imul(((h << 13) | (h >>> 19)) ^ w, MUL2);

/** Folds one word into the lanes under way. */
function word(w: number): void {
  h1 = lane1(h1, w);
  h2 = lane2(h2, w);
}

const SMALL_INT = 1;
const INT = 2;
const DOUBLE = 3;
const STRING = 4;
const NULL = 5;
const TRUE = 6;
const FALSE = 7;
const ARRAY = 8;
const OBJECT = 9;
const END = 10;
const NOTHING = 11;
const SMALL = 0x8000000;

const double = new Float64Array(1);
const halves = new Int32Array(double.buffer);
/** Which of `halves` holds the low half of the double (the machine's byte order). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

function foldNumber(n: number): void {
  if ((n | 0) === n) {
    if (n >= -SMALL && n < SMALL) word(SMALL_INT | (n << 4));
    else {
      word(INT);
      word(n);
    }
  } else if (n - n === 0) {
    double[0] = n;
    word(DOUBLE);
    word(halves[LOW]);
    word(halves[1 - LOW]);
  } else word(NULL);
}

function foldString(s: string): void {
  const n = s.length;
  word(STRING | (n << 4));
  let a = h1;
  let b = h2;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = lane1(a, w);
    b = lane2(b, w);
  }
  h1 = a;
  h2 = b;
  if (i < n) word(s.charCodeAt(i));
}

/** True when JSON writes something for `v` (as an object's member; in an array, null stands for nothing). */
function written(v: unknown): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'string' || t === 'boolean') return true;
  if (v === undefined || t === 'function' || t === 'symbol') return false;
  return v === null || plain(v as object) || JSON.stringify(v) !== undefined;
}

/** True for an object JSON writes member by member (or item by item), with nothing of its own to say (no toJSON). */
function plain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null && !Array.isArray(v)) return false;
  return typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Folds a value JSON writes something for ({@link written}). */
function foldValue(v: unknown): void {
  switch (typeof v) {
    case 'number':
      foldNumber(v);
      return;
    case 'string':
      foldString(v);
      return;
    case 'boolean':
      word(v ? TRUE : FALSE);
      return;
    case 'object':
      if (v === null) word(NULL);
      // What JSON writes for it, read back: what a trace file holds.
      else if (!plain(v)) foldValue(JSON.parse(JSON.stringify(v)));
      else if (Array.isArray(v)) {
        word(ARRAY);
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          if (written(x)) foldValue(x);
          else word(NULL);
        }
        word(END);
      } else foldObject(v as Record<string, unknown>);
      return;
    default:
      // A bigint: JSON refuses it, and so does this, with JSON's own error.
      JSON.stringify(v);
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

function foldObject(o: Record<string, unknown>): void {
  word(OBJECT);
  // for-in with hasOwnProperty.call: V8 answers the check from the loop's own key cache.
  for (const key in o) {
    if (!hasOwn.call(o, key)) continue;
    const v = o[key];
    if (!written(v)) continue;
    foldString(key);
    foldValue(v);
  }
  word(END);
}

/** Folds one of a record's first four members: `nothing` when JSON leaves it out of the line. */
function foldMember(v: unknown): void {
  if (written(v)) foldValue(v);
  else word(NOTHING);
}

/** The state of the digest of no record. */
export function digestStart(): DigestState {
  return { h1: 0x811c9dc5 | 0, h2: 0x5bd1e995 };
}

/** A record type and its data's fields in order, with the two words of its kind. */
export interface TraceKind {
  readonly type: string;
  readonly fields: readonly string[];
  readonly a: number;
  readonly b: number;
}

/** The kind of records of `type` whose data holds `fields` (in that order). */
export function traceKind(type: string, fields: readonly string[]): TraceKind {
  const s1 = h1;
  const s2 = h2;
  h1 = 0x243f6a88;
  h2 = 0x85a308d3 | 0;
  foldString(type);
  for (const f of fields) foldString(f);
  const kind = { type, fields, a: h1, b: h2 };
  h1 = s1;
  h2 = s2;
  return kind;
}

/** Kinds met by {@link digestRecord}, by type and fields (a file or a run holds a few dozen). */
const kinds = new Map<string, TraceKind>();

function kindOf(type: string, fields: string[]): TraceKind {
  const key = fields.length ? `${type}\u0000${fields.join('\u0000')}` : type;
  let k = kinds.get(key);
  if (k === undefined) {
    k = traceKind(type, fields);
    if (kinds.size < 10_000) kinds.set(key, k);
  }
  return k;
}

/** The record's type as a string: itself, or (any other value, in odd records) a mark and what JSON writes for it. */
function typeText(type: unknown): string {
  return typeof type === 'string' ? type : `\u0000${JSON.stringify(type) ?? ''}`;
}

function foldHead(time: number, kind: TraceKind, agent: string, order: number | null): void {
  if (typeof time === 'number') foldNumber(time);
  else foldMember(time);
  word(kind.a);
  word(kind.b);
  if (typeof agent === 'string') foldString(agent);
  else foldMember(agent);
  if (order === null) word(NULL);
  else foldMember(order);
}

/**
 * Folds one record into `d`, in place, walking its data: its fields are the members JSON
 * writes, in their order (data that is not a plain object is hashed as one value, after a kind
 * without fields and a `nothing`).
 */
export function digestRecord(d: DigestState, time: number, type: string, agent: string, order: number | null, data: Record<string, unknown> | undefined): void {
  h1 = d.h1;
  h2 = d.h2;
  // A trace line writes `data ?? {}`: no data (or none JSON writes) reads back as {}.
  const json: unknown = data == null || !written(data) ? {} : plain(data) ? data : JSON.parse(JSON.stringify(data));
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    const fields: string[] = [];
    for (const key in o) if (hasOwn.call(o, key) && written(o[key])) fields.push(key);
    foldHead(time, kindOf(typeText(type), fields), agent, order);
    for (let i = 0; i < fields.length; i++) foldValue(o[fields[i]]);
  } else {
    foldHead(time, kindOf(typeText(type), []), agent, order);
    word(NOTHING);
    foldValue(json);
  }
  d.h1 = h1;
  d.h2 = h2;
}

/**
 * Folds one record of a declared kind into `d`, in place: the same as {@link digestRecord} of a
 * record whose data holds the kind's fields in the kind's order, read field by field. A field
 * whose value JSON leaves out (undefined) is not there, as in the trace line.
 *
 * The run's own records take the way written out here, the lanes in local variables: a finite
 * time, a string agent, a small whole order (or none), and data whose own keys are the kind's
 * fields in the kind's order (the run's literals are written so), read by a for-in (whose loads
 * V8 answers from the loop's key cache) with each key checked against the kind's; small
 * integers and booleans are folded in place, other values through the shared folds. Any other
 * record (a head of another type, keys in another order or more of them) goes the general way,
 * to the same digest.
 */
export function digestKindRecord(d: DigestState, time: number, kind: TraceKind, agent: string, order: number | null, data: Readonly<Record<string, unknown>>): void {
  if (typeof time !== 'number' || time - time !== 0 || typeof agent !== 'string' || !(order === null || ((order | 0) === order && order >= -SMALL && order < SMALL))) {
    digestKindRecordMember(d, time, kind, agent, order, data);
    return;
  }
  let a = d.h1;
  let b = d.h2;
  let w: number;
  if ((time | 0) === time) {
    if (time >= -SMALL && time < SMALL) {
      w = SMALL_INT | (time << 4);
      a = lane1(a, w);
      b = lane2(b, w);
    } else {
      a = lane1(lane1(a, INT), time);
      b = lane2(lane2(b, INT), time);
    }
  } else {
    double[0] = time;
    a = lane1(a, DOUBLE);
    b = lane2(b, DOUBLE);
    w = halves[LOW];
    a = lane1(a, w);
    b = lane2(b, w);
    w = halves[1 - LOW];
    a = lane1(a, w);
    b = lane2(b, w);
  }
  a = lane1(lane1(a, kind.a), kind.b);
  b = lane2(lane2(b, kind.a), kind.b);
  // The agent as foldString folds it, written out here: through foldString's module lanes the
  // whole digest of a run's records takes a fifth longer (34 against 28 ms over 526k records).
  const n = agent.length;
  w = STRING | (n << 4);
  a = lane1(a, w);
  b = lane2(b, w);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    w = agent.charCodeAt(i) | (agent.charCodeAt(i + 1) << 16);
    a = lane1(a, w);
    b = lane2(b, w);
  }
  if (i < n) {
    w = agent.charCodeAt(i);
    a = lane1(a, w);
    b = lane2(b, w);
  }
  w = order === null ? NULL : SMALL_INT | (order << 4);
  a = lane1(a, w);
  b = lane2(b, w);
  const fields = kind.fields;
  let f = 0;
  for (const key in data) {
    if (key !== fields[f]) {
      digestKindRecordMember(d, time, kind, agent, order, data);
      return;
    }
    f++;
    const v = data[key];
    if (typeof v === 'number' && (v | 0) === v && v >= -SMALL && v < SMALL) w = SMALL_INT | (v << 4);
    else if (typeof v === 'boolean') w = v ? TRUE : FALSE;
    else {
      h1 = a;
      h2 = b;
      if (typeof v === 'number') foldNumber(v);
      else if (typeof v === 'string') foldString(v);
      else if (written(v)) foldValue(v);
      else {
        // A field the trace line leaves out: the record as its line holds it, from `d` as it was.
        digestRecord(d, time, kind.type, agent, order, pickFields(data, fields));
        return;
      }
      a = h1;
      b = h2;
      continue;
    }
    a = lane1(a, w);
    b = lane2(b, w);
  }
  if (f !== fields.length) {
    digestKindRecordMember(d, time, kind, agent, order, data);
    return;
  }
  d.h1 = a;
  d.h2 = b;
}

/** {@link digestKindRecord} of a record whose head (time, agent, order) may be anything. */
function digestKindRecordMember(d: DigestState, time: number, kind: TraceKind, agent: string, order: number | null, data: Readonly<Record<string, unknown>>): void {
  const fields = kind.fields;
  h1 = d.h1;
  h2 = d.h2;
  foldHead(time, kind, agent, order);
  for (let i = 0; i < fields.length; i++) {
    const v = data[fields[i]];
    if (written(v)) foldValue(v);
    else {
      digestRecord(d, time, kind.type, agent, order, pickFields(data, fields));
      return;
    }
  }
  d.h1 = h1;
  d.h2 = h2;
}

/** The data's declared fields, in the kind's order, those JSON writes only: the data a trace line holds. */
export function pickFields(data: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (written(data[f])) out[f] = data[f];
  return out;
}

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 16 hex digits of the digest so far (`d` is left as it is). */
export function digestHex(d: DigestState): string {
  return fmix(d.h1).toString(16).padStart(8, '0') + fmix(d.h2 ^ 0x27d4eb2f).toString(16).padStart(8, '0');
}

/** The digest of a list of records. */
export function traceDigest(records: readonly TraceRecord[]): string {
  const d = digestStart();
  for (const r of records) digestRecord(d, r.time, r.type, r.agent, r.order, r.data);
  return digestHex(d);
}

/**
 * The digest of a `--trace` file's lines (one JSON record each; empty lines and the header
 * line a strategy of one's own adds are skipped): the run's `traceDigest`.
 */
export function traceFileDigest(lines: Iterable<string>): string {
  const d = digestStart();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as TraceRecord & { header?: unknown };
    if (r.header !== undefined && r.time === undefined) continue;
    digestRecord(d, r.time, r.type, r.agent, r.order, r.data);
  }
  return digestHex(d);
}
