import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue, type Queued } from '../../src/core/eventQueue';

type E = Queued & { name: string };
const ev = (time: number, priority: number, name: string) => ({ time, priority, seq: -1, name }) as E;

describe('event queue', () => {
  it('pops by time, then priority, then insertion order', () => {
    const q = new EventQueue<E>();
    q.push(ev(5, 0, 'late'));
    q.push(ev(1, 2, 'early-low'));
    q.push(ev(1, 1, 'early-high-a'));
    q.push(ev(1, 1, 'early-high-b'));
    q.push(ev(0.5, 9, 'first'));
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.name);
    expect(out).toEqual(['first', 'early-high-a', 'early-high-b', 'early-low', 'late']);
  });

  it('keeps the original sequence of an event pushed back', () => {
    const q = new EventQueue<E>();
    q.push(ev(1, 0, 'a'));
    q.push(ev(1, 0, 'b'));
    const a = q.pop()!;
    q.pushBack(a);
    expect(q.pop()!.name).toBe('a');
    expect(q.pop()!.name).toBe('b');
  });

  it('yields any set of events in total (time, priority, seq) order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }), (items) => {
        const q = new EventQueue<E>();
        items.forEach(([t, p], i) => q.push(ev(t, p, String(i))));
        const out: E[] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push(e);
        const expected = items
          .map(([t, p], i) => ({ t, p, i }))
          .sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i)
          .map((x) => String(x.i));
        expect(out.map((e) => e.name)).toEqual(expected);
      }),
    );
  });

  it('takes over a saved list of events in any order and pops them in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 200 }), (items) => {
        const saved = items.map(([t, p], i) => ({ time: t, priority: p, seq: i, name: String(i) }) as E).reverse();
        const q = new EventQueue<E>();
        q.items = saved;
        q.nextSeq = saved.length;
        const out: string[] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push(e.name);
        const expected = items
          .map(([t, p], i) => ({ t, p, i }))
          .sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i)
          .map((x) => String(x.i));
        expect(out).toEqual(expected);
      }),
    );
  });
});
