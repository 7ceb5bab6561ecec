import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/scenario/encoding';
import { thrownMessage } from '../helpers';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const refusal = (b: Uint8Array) => thrownMessage(() => decodeUtf8(b, 'f.json'));

describe('reading a file as UTF-8', () => {
  it('accepts UTF-8 with and without a byte-order mark, and drops the mark', () => {
    expect(decodeUtf8(utf8('{"name": "Café ⚙ 𝄞"}'), 'f.json')).toBe('{"name": "Café ⚙ 𝄞"}');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('{}')), 'f.json')).toBe('{}');
    expect(decodeUtf8(bytes(), 'f.json')).toBe('');
    expect(decodeUtf8(utf8('a\tb\r\nc\f'), 'f.json')).toBe('a\tb\r\nc\f');
  });

  it('refuses UTF-16, with or without its mark, saying UTF-8 was expected', () => {
    const le = new Uint8Array(Buffer.from('{"schemaVersion": 1}', 'utf16le'));
    const be = new Uint8Array(Buffer.from('{"schemaVersion": 1}', 'utf16le').swap16());
    for (const b of [bytes(0xff, 0xfe, ...le), bytes(0xfe, 0xff, ...be), le, be]) {
      expect(refusal(b)).toBe('f.json: UTF-16 text; expected UTF-8 text (save the file as UTF-8)');
    }
  });

  it('refuses binary data where its first control byte lies, without echoing it', () => {
    expect(refusal(bytes(0x50, 0x4b, 0x03, 0x04, 0x1b, 0x5b))).toBe('f.json: binary data (byte 0x03 at line 1, column 3); expected UTF-8 text');
    expect(refusal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toMatch(/^f\.json: binary data \(byte 0x1A at line 2, column 1\)/);
    expect(refusal(utf8('{\n  "a": "x\u001b[2J"\n}'))).toBe('f.json: binary data (byte 0x1B at line 2, column 10); expected UTF-8 text');
  });

  it('refuses Latin-1 and every ill-formed UTF-8 sequence', () => {
    expect(refusal(new Uint8Array(Buffer.from('{\n "name": "Café"}', 'latin1')))).toBe('f.json: not UTF-8 (byte 0xE9 at line 2, column 14); expected UTF-8 text (save the file as UTF-8)');
    for (const bad of [[0x80], [0xc0, 0xaf], [0xc3], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(refusal(bytes(0x61, ...bad)), bad.join(' ')).toMatch(/^f\.json: not UTF-8 \(byte 0x[0-9A-F]{2} at line 1, column 2\)/);
    }
  });
});
