import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../helpers';
import { readFileSync } from 'node:fs';
import { loadScenario, parseJson } from '../../src/scenario/load';
import { clipText, showList, showValue } from '../../src/scenario/errors';

const base = () => JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
const message = thrownMessage;

describe('values echoed in error messages', () => {
  it('show at most their first 60 characters and their length', () => {
    expect(showValue('x'.repeat(100_000))).toBe(`"${'x'.repeat(60)}"…(100000 characters)`);
    expect(showValue('intern')).toBe('"intern"');
    expect(showValue([1, 2])).toBe('[1,2]');
    expect(showValue(NaN)).toBe('NaN');
    expect(showValue(undefined)).toBe('nothing');
    expect(clipText('y'.repeat(61))).toBe(`${'y'.repeat(60)}…(61 characters)`);
    expect(showList(['a', 'b', 'c'], 2)).toBe('"a", "b" and 1 more');
  });

  it('escape control, bidi and other invisible characters', () => {
    expect(showValue('a\u202eb\u009b[2J\u200b\ufeff')).toBe('"a\\u202eb\\u009b[2J\\u200b\\ufeff"');
  });

  it('a 100,000-character id gives a line of a few hundred characters, not 200 kB', () => {
    const id = 'X'.repeat(100_000);
    const dup = base();
    dup.clients[0].id = id;
    dup.clients[1].id = id;
    const ref = base();
    ref.products[0].routing[0] = id;
    const kind = base();
    kind.clients[0].kind = id;
    const field = base();
    field.lanceur[id] = 1;
    for (const s of [dup, ref, kind, field]) {
      const m = message(() => loadScenario(JSON.stringify(s), 'big.json'));
      expect(m).toMatch(/^big\.json: .*…\(100000 characters\)/);
      expect(m.split('\n')).toHaveLength(1);
      expect(m.length).toBeLessThan(400);
    }
  });

  it('bad JSON is described without echoing the text', () => {
    expect(message(() => parseJson('PK\u0003\u0004' + 'z'.repeat(1000), 'f.json'))).toBe('f.json: not valid JSON: unexpected character "P"');
    expect(message(() => parseJson('{"a":1}x', 'f.json'))).toBe('f.json: not valid JSON at line 1, column 8: unexpected non-whitespace character after JSON');
    expect(parseJson('\ufeff{"a":1}')).toEqual({ a: 1 });
  });
});
