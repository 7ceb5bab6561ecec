/**
 * The running digest's fast path: a record's JSON line folded into the digest character by
 * character as it would be written, without the line being built. `traceLine` and
 * `digestLine` define the digest; this computes the same thing for less. Building each line
 * (JSON.stringify of a new object, a new string of some 130 characters, for each of the 12,000
 * lines of a year of the baseline, 52,000 of the single-server queue) cost about twice the hash.
 *
 * Exactness: numbers are written by `String` (what JSON writes for a finite number; a
 * non-finite one is `null`), integers below 10^9 digit by digit; strings with no character
 * JSON escapes are folded between their quotes, any other string as `JSON.stringify` writes
 * it; a plain object's own enumerable keys in JSON's order, members whose value is
 * undefined, a function or a symbol left out (in an array: `null`), as JSON does. Any other object
 * (one with `toJSON`, a Map, a class instance) is folded as `JSON.stringify` writes it.
 * tests/core/digestRecord.test.ts holds it to `digestLine(d, traceLine(r))` on random data.
 */
import { LANE1, LANE2, type DigestState } from './trace';

/** The two lanes under way (copied into locals in each loop, written back after), moved by trace.ts's step. */
let h1 = 0;
let h2 = 0;

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;

function foldChar(c: number): void {
  h1 = Math.imul(h1 ^ c, LANE1);
  h2 = Math.imul(h2 ^ c, LANE2) ^ (h2 >>> 15);
}

/** Folds `s`'s UTF-16 code units as they are (no quotes, no escaping). */
function foldChars(s: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, LANE1);
    b = Math.imul(b ^ c, LANE2) ^ (b >>> 15);
  }
  h1 = a;
  h2 = b;
}

/** Folds `s` as a JSON string: between quotes when nothing in it is escaped, else as JSON.stringify writes it. */
function foldString(s: string): void {
  let a = Math.imul(h1 ^ QUOTE, LANE1);
  let b = Math.imul(h2 ^ QUOTE, LANE2) ^ (h2 >>> 15);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A control character, a quote, a backslash or a surrogate (JSON escapes a lone one): let JSON write it.
    if (c < 0x20 || c === QUOTE || c === 92 || (c & 0xf800) === 0xd800) {
      foldChars(JSON.stringify(s));
      return;
    }
    a = Math.imul(a ^ c, LANE1);
    b = Math.imul(b ^ c, LANE2) ^ (b >>> 15);
  }
  h1 = Math.imul(a ^ QUOTE, LANE1);
  h2 = Math.imul(b ^ QUOTE, LANE2) ^ (b >>> 15);
}

/** Digits of an integer being written, least significant first. */
const digits = new Uint8Array(10);
/** The last non-integer number written and its text (a run writes the same time on several lines in a row). */
let lastNumber = NaN;
let lastText = '';

/** Folds `n` as JSON writes it. */
function foldNumber(n: number): void {
  if (Number.isInteger(n) && n > -1e9 && n < 1e9) {
    let m = n;
    if (m < 0) {
      foldChar(45);
      m = -m;
    }
    let k = 0;
    do {
      const q = (m / 10) | 0;
      digits[k++] = 48 + m - q * 10;
      m = q;
    } while (m > 0);
    let a = h1;
    let b = h2;
    while (k > 0) {
      const c = digits[--k];
      a = Math.imul(a ^ c, LANE1);
      b = Math.imul(b ^ c, LANE2) ^ (b >>> 15);
    }
    h1 = a;
    h2 = b;
  } else if (n === lastNumber) {
    foldChars(lastText);
  } else if (Number.isFinite(n)) {
    lastNumber = n;
    lastText = String(n);
    foldChars(lastText);
  } else {
    foldChars('null');
  }
}

/** True when JSON leaves a member with this value out of an object (and writes `null` in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function hasToJSON(v: object): boolean {
  return typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/** True when JSON leaves a member with this value out of an object: {@link omitted}, or an object whose toJSON gives nothing. */
function leftOut(v: unknown): boolean {
  if (omitted(v)) return true;
  if (typeof v !== 'object' || v === null || (Array.isArray(v) ? !hasToJSON(v) : plain(v))) return false;
  return JSON.stringify(v) === undefined;
}

/** True for an object JSON writes member by member, with nothing of its own to say (no toJSON). */
function plain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && !hasToJSON(v);
}

/** Folds a value that is not {@link omitted}, as JSON writes it; false when JSON writes nothing for it. */
function foldValue(v: unknown): boolean {
  switch (typeof v) {
    case 'number':
      foldNumber(v);
      return true;
    case 'string':
      foldString(v);
      return true;
    case 'boolean':
      foldChars(v ? 'true' : 'false');
      return true;
    case 'object':
      if (v === null) foldChars('null');
      else if (Array.isArray(v) && !hasToJSON(v)) foldArray(v);
      else if (plain(v)) foldObject(v as Record<string, unknown>);
      else {
        const text = JSON.stringify(v);
        if (text === undefined) return false;
        foldChars(text);
      }
      return true;
    default:
      // A bigint: JSON refuses it, and so does this, with JSON's own error.
      foldChars(JSON.stringify(v));
      return true;
  }
}

function foldArray(a: readonly unknown[]): void {
  foldChar(91);
  for (let i = 0; i < a.length; i++) {
    if (i > 0) foldChar(COMMA);
    const v = a[i];
    if (omitted(v) || !foldValue(v)) foldChars('null');
  }
  foldChar(93);
}

function foldObject(o: Record<string, unknown>): void {
  foldChar(123);
  let first = true;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    const v = o[key];
    if (leftOut(v)) continue;
    if (!first) foldChar(COMMA);
    first = false;
    foldString(key);
    foldChar(COLON);
    foldValue(v);
  }
  foldChar(125);
}

/** The line's top-level keys, with the brace (first member) or comma (any other) before each. */
const FIRST = ['{"time":', '{"type":', '{"agent":', '{"order":', '{"data":'];
const NEXT = [',"time":', ',"type":', ',"agent":', ',"order":', ',"data":'];
/** What `data` is written as when a record has none. */
const NO_DATA = Object.freeze({});

/** Folds member `k` of the line's top level unless JSON leaves it out; returns whether a member has been written so far. */
function foldMember(k: number, v: unknown, written: boolean): boolean {
  if (leftOut(v)) return written;
  foldChars(written ? NEXT[k] : FIRST[k]);
  foldValue(v);
  return true;
}

/**
 * Folds the trace line of the record (`time`, `type`, `agent`, `order`, `data`) and its line end
 * into `d`, in place: the same as `digestLine(d, traceLine({ time, type, agent, order, data }))`,
 * without building the line. No allocation for the records a run writes (numbers, plain strings,
 * flat plain data).
 */
export function digestRecord(d: DigestState, time: number, type: string, agent: string, order: number | null, data: Record<string, unknown> | undefined): void {
  h1 = d.h1;
  h2 = d.h2;
  if (typeof time === 'number' && typeof type === 'string' && typeof agent === 'string' && (order === null || typeof order === 'number') && (data == null || (typeof data === 'object' && plain(data)))) {
    // The shape every record of a run has: no member left out.
    foldChars('{"time":');
    foldNumber(time);
    foldChars(',"type":');
    foldString(type);
    foldChars(',"agent":');
    foldString(agent);
    foldChars(',"order":');
    if (order === null) foldChars('null');
    else foldNumber(order);
    foldChars(',"data":');
    if (data == null) foldChars('{}');
    else foldObject(data);
  } else {
    let written = foldMember(0, time, false);
    written = foldMember(1, type, written);
    written = foldMember(2, agent, written);
    written = foldMember(3, order, written);
    if (!foldMember(4, data ?? NO_DATA, written)) foldChar(123);
  }
  foldChar(125);
  foldChar(10);
  d.h1 = h1;
  d.h2 = h2;
}
