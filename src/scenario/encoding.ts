/**
 * From a file's bytes to its text: UTF-8, with or without a byte-order mark. Binary data,
 * UTF-16 and any other encoding are refused with one line saying what the file is and that
 * UTF-8 was expected, never echoing the bytes. Pure (no file system): the CLI reads the
 * bytes, the browser may too.
 */
import { ScenarioError } from './errors';

const SAVE_AS = 'expected UTF-8 text (save the file as UTF-8)';

/** Where byte `at` lies, as `line L, column C` (columns counted in bytes, from 1). */
function whereIs(bytes: Uint8Array, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${at - start + 1}`;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Whether the bytes look like UTF-16: a byte-order mark, or a zero byte beside each of the first ASCII characters. */
function looksUtf16(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  if (b.length < 4) return false;
  const pairs = Math.min(32, b.length >> 1);
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (b[2 * i] === 0 && b[2 * i + 1] !== 0) zeroHigh++;
    if (b[2 * i + 1] === 0 && b[2 * i] !== 0) zeroLow++;
  }
  return zeroHigh === pairs || zeroLow === pairs;
}

/**
 * The length (1 to 4) of the well-formed UTF-8 sequence at `i`, or 0 when it is not one
 * (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
 */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const [n, lo, hi] =
    c >= 0xc2 && c <= 0xdf ? [2, 0x80, 0xbf]
    : c === 0xe0 ? [3, 0xa0, 0xbf]
    : c === 0xed ? [3, 0x80, 0x9f]
    : c >= 0xe1 && c <= 0xef ? [3, 0x80, 0xbf]
    : c === 0xf0 ? [4, 0x90, 0xbf]
    : c >= 0xf1 && c <= 0xf3 ? [4, 0x80, 0xbf]
    : c === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (n === 0 || i + n > b.length || b[i + 1] < lo || b[i + 1] > hi) return 0;
  for (let k = 2; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * The text of a UTF-8 file, its byte-order mark (if any) dropped. Throws a
 * {@link ScenarioError} naming `source` when the bytes are UTF-16, binary (a control byte
 * other than tab, line feed, carriage return and form feed, anywhere) or else not
 * well-formed UTF-8, saying where the first such byte lies but not showing the bytes.
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  const refuse = (message: string): never => {
    throw new ScenarioError([{ path: '', message }], source);
  };
  if (looksUtf16(bytes)) refuse(`UTF-16 text; ${SAVE_AS}`);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let invalid = -1;
  for (let i = start; i < bytes.length; ) {
    const c = bytes[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) refuse(`binary data (byte ${hex(c)} at ${whereIs(bytes, i)}); expected UTF-8 text`);
    const n = sequenceAt(bytes, i);
    if (n === 0 && invalid < 0) invalid = i;
    i += Math.max(n, 1);
  }
  if (invalid >= 0) refuse(`not UTF-8 (byte ${hex(bytes[invalid])} at ${whereIs(bytes, invalid)}); ${SAVE_AS}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start));
}
