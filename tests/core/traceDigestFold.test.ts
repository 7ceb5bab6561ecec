import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { traceLine } from '../../src/core/trace';
import { digestHex, digestKindRecord, digestRecord, digestStart, pickFields, traceFileDigest, traceKind } from '../../src/core/traceDigest';
import { TRACE_FIELDS } from '../../src/agents/traceVocabulary';

type TraceLike = { time: number; type: string; agent: string; order: number | null; data?: Record<string, unknown> };

/** The digest a trace file gives: the records' JSON lines, parsed back and folded. */
function byLine(records: { time: number; type: string; agent: string; order: number | null; data?: Record<string, unknown> }[]): string {
  return traceFileDigest(records.map(traceLine));
}

/** The records as the run folds them. */
function byRecord(records: { time: number; type: string; agent: string; order: number | null; data?: Record<string, unknown> }[]): string {
  const d = digestStart();
  for (const r of records) digestRecord(d, r.time, r.type, r.agent, r.order, r.data);
  return digestHex(d);
}

const number = fc.oneof(fc.integer(), fc.integer({ min: -2e9, max: 2e9 }), fc.double(), fc.constantFrom(0, -0, 1e9, -1e9, 999999999, -999999999, 2 ** 31, 9999999999, 1e21, 2 ** 53, NaN, Infinity, -Infinity, 5e-324));
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\n', '\u0000', '\ud800', '\udfff x', 'é ∑', '😀', 'order.launched'));
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, number, text, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(text, tie('value'), { maxKeys: 4 })),
})).value;
const record = fc.record({
  time: number,
  type: text,
  agent: text,
  order: fc.oneof(fc.constant(null), number),
  data: fc.option(fc.dictionary(text, value, { maxKeys: 6 }), { nil: undefined }),
});

describe('the running digest folds a record as its trace file holds it', () => {
  it('equals the digest of the records\' trace lines, on random records (numbers, escapes, surrogates, nesting, left-out members)', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        expect(byRecord(records)).toBe(byLine(records));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what JSON writes for values that are not plain data', () => {
    class Lot {
      constructor(readonly id: number) {}
    }
    const odd: Record<string, unknown>[] = [
      { when: new Date(Date.UTC(2026, 0, 2)), f: () => 1, s: Symbol('x'), u: undefined },
      { list: [undefined, () => 1, Symbol('y'), new Date(0)], lot: new Lot(3), map: new Map([[1, 2]]) },
      { own: { toJSON: () => undefined }, inArray: [{ toJSON: () => undefined }], boxed: [new Number(4), new String('a"b'), new Boolean(false)] },
      { noProto: Object.assign(Object.create(null), { b: 1, a: [2] }), 2: 'two', 1: 'one', big: [1e21, 1.5e-7, -0] },
      { arrayWithToJSON: Object.assign([1, 2], { toJSON: () => 'as text' }) },
    ];
    const records = odd.map((data, i) => ({ time: i + 0.5, type: 't', agent: 'a', order: i, data }));
    expect(byRecord(records)).toBe(byLine(records));
    // Members of odd types, or left out of the line.
    const oddShapes = [
      { time: undefined, type: 5, agent: null, order: undefined, data: () => 1 },
      { time: '3', type: ['t'], agent: { a: 1 }, order: 2.5, data: null },
      { time: new Date(0), type: true, agent: Symbol('s'), order: -0, data: new Map() },
    ] as unknown as TraceLike[];
    expect(byRecord(oddShapes)).toBe(byLine(oddShapes));
    expect(() => byRecord([{ time: 1, type: 't', agent: 'a', order: null, data: { n: 1n } }])).toThrow(TypeError);
  });

  it('tells records apart that differ by one value, its type or its place, and leaves the digest of no record alone', () => {
    const a = { time: 24, type: 'order.launched', agent: 'lanceur', order: 23, data: { quantity: 57 } };
    expect(byRecord([a])).toBe(byLine([a]));
    const others = [
      { ...a, data: { quantity: 58 } },
      { ...a, data: { quantity: '57' } },
      { ...a, data: { quantitx: 57 } },
      { ...a, data: { quantity: 57, x: null } },
      { ...a, data: { quantity: [57] } },
      { ...a, data: { quantity: 57 + 2 ** -40 } },
      { ...a, data: { quantity: 2 ** 31 + 57 } },
      { ...a, data: {} },
      { ...a, order: null },
      { ...a, time: 24.000000000000004 },
      { ...a, type: 'order.launcheD' },
      { ...a, agent: 'lanceurs' },
      { ...a, agent: '', type: 'order.launchedlanceur' },
    ];
    const digests = new Set([byRecord([a]), ...others.map((o) => byRecord([o]))]);
    expect(digests.size).toBe(others.length + 1);
    expect(byRecord([a, a])).not.toBe(byRecord([a]));
    expect(byRecord([{ ...a, time: 0 }])).toBe(byRecord([{ ...a, time: -0 }]));
    expect(byRecord([{ ...a, time: 24.5 }, { ...a, time: 24.5 }])).toBe(byLine([{ ...a, time: 24.5 }, { ...a, time: 24.5 }]));
    expect(byRecord([])).toBe(digestHex(digestStart()));
  });

  it('reads a record of a declared kind field by field to the digest of walking its trace line, a field left out or not', () => {
    const kind = traceKind('change.asked', ['proposal', 'terms', 'hoursToLaunch']);
    const datas: Record<string, unknown>[] = [
      { proposal: 3, terms: { quantity: 40, day: 12 }, hoursToLaunch: 30.5 },
      { proposal: 3, terms: null, hoursToLaunch: -0 },
      { proposal: 3, terms: undefined, hoursToLaunch: 30.5 },
      { proposal: () => 1, terms: [1, undefined], hoursToLaunch: NaN },
      { hoursToLaunch: 2, proposal: 'x', terms: new Date(0) },
      { proposal: 1, terms: 'all', hoursToLaunch: 1, extra: true },
      { proposal: 1, terms: true },
      { proposal: 2 ** 27, terms: -(2 ** 27) - 1, hoursToLaunch: 2 ** 31 },
    ];
    // Heads the run's own records have (a time whole or not, a short agent, a small order or none) and others.
    const times = fc.oneof(fc.double(), fc.integer({ min: -(2 ** 28), max: 2 ** 28 }));
    const agents = fc.constantFrom('E1', 'commercial', '', 'é', 'fabrication');
    const orders = fc.constantFrom(7, null, -3, 2 ** 27 - 1, 2 ** 27, -(2 ** 27), 1.5, -0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...datas.keys()), times, agents, orders), { maxLength: 6 }), (picks) => {
        const d = digestStart();
        const records = picks.map(([i, time, agent, order]) => ({ time, type: kind.type, agent, order, data: pickFields(datas[i], kind.fields) }));
        for (const [i, time, agent, order] of picks) digestKindRecord(d, time, kind, agent, order, datas[i]);
        expect(digestHex(d)).toBe(byLine(records));
        expect(digestHex(d)).toBe(byRecord(records));
      }),
      { numRuns: 300 },
    );
  });

  it('declares every record type once, with distinct field names', () => {
    for (const [type, fields] of Object.entries(TRACE_FIELDS)) {
      expect(new Set(fields).size, type).toBe(fields.length);
      expect(traceKind(type, fields)).toEqual(traceKind(type, [...fields]));
    }
    expect(traceKind('a', ['b'])).not.toEqual(traceKind('a', []));
    expect(traceKind('a', ['b', 'c'])).not.toEqual(traceKind('a', ['c', 'b']));
  });
});
