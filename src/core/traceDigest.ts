/**
 * The trace digest: a 64-bit fingerprint of a run's trace records, kept as they are produced
 * (so it exists with the records off), the same in Node and in every browser, and plain data
 * in the run's snapshot so that a restored run goes on from it.
 *
 * What it hashes: each record's five members in order (time, type, agent, order, data),
 * each value as a short sequence of 32-bit words. A value's first word says what it is in
 * its low four bits; the words are
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
 * so that the words of a sequence of records can be read back one way only. Any other object
 * (a Date, one with toJSON, a class instance) is hashed as what JSON writes for it, parsed
 * back. The values are therefore exactly what a `--trace` file holds, one record per JSON
 * line, and {@link traceFileDigest} computes the same digest from such a file (-0 is written
 * `0`, and hashed as 0).
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

function word(w: number): void {
  h1 = Math.imul(((h1 << 5) | (h1 >>> 27)) ^ w, MUL1);
  h2 = Math.imul(((h2 << 13) | (h2 >>> 19)) ^ w, MUL2);
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
    a = Math.imul(((a << 5) | (a >>> 27)) ^ w, MUL1);
    b = Math.imul(((b << 13) | (b >>> 19)) ^ w, MUL2);
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

/**
 * Folds one record into `d`, in place. No allocation for the records a run writes (numbers,
 * strings, booleans, null, plain objects and arrays of them).
 */
export function digestRecord(d: DigestState, time: number, type: string, agent: string, order: number | null, data: Record<string, unknown> | undefined): void {
  h1 = d.h1;
  h2 = d.h2;
  if (typeof time === 'number' && typeof type === 'string' && typeof agent === 'string') {
    // The shape of every record a run writes.
    foldNumber(time);
    foldString(type);
    foldString(agent);
  } else {
    foldMember(time);
    foldMember(type);
    foldMember(agent);
  }
  if (order === null) word(NULL);
  else foldMember(order);
  // A trace line writes `data ?? {}`: no data (or none JSON writes) reads back as {}.
  if (data == null || !written(data)) {
    word(OBJECT);
    word(END);
  } else foldValue(data);
  d.h1 = h1;
  d.h2 = h2;
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
