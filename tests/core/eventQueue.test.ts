import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue, type Queued } from '../../src/core/eventQueue';

type E = { time: number; name: string };
const ev = (time: number, name: string): E => ({ time, name });

describe('event queue', () => {
  it('pops by time, then priority, then insertion order', () => {
    const q = new EventQueue<E>();
    q.push(ev(5, 'late'), 0);
    q.push(ev(1, 'early-low'), 2);
    q.push(ev(1, 'early-high-a'), 1);
    q.push(ev(1, 'early-high-b'), 1);
    q.push(ev(0.5, 'first'), 9);
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.name);
    expect(out).toEqual(['first', 'early-high-a', 'early-high-b', 'early-low', 'late']);
  });

  it('keeps the original priority and sequence of an event put back', () => {
    const q = new EventQueue<E>();
    q.push(ev(1, 'a'), 0);
    q.push(ev(1, 'b'), 0);
    q.push(ev(1, 'c'), 1);
    expect(q.pop()!.name).toBe('a');
    q.unpop();
    expect(q.pop()!.name).toBe('a');
    expect(q.pop()!.name).toBe('b');
    q.unpop();
    expect(q.items.map((e) => [e.name, e.priority, e.seq])).toEqual([['b', 0, 1], ['c', 1, 2]]);
    expect(() => (q.unpop(), q.unpop())).toThrow(/no event popped/);
  });

  it('saves its events with their ordering fields without writing them on the events', () => {
    const q = new EventQueue<E>();
    const a = ev(2, 'a');
    q.push(a, 3);
    q.push(ev(1, 'b'), 0);
    expect(a).toEqual({ time: 2, name: 'a' });
    const saved = JSON.parse(JSON.stringify({ items: q.items, nextSeq: q.nextSeq }));
    expect(saved.items).toContainEqual({ time: 2, name: 'a', priority: 3, seq: 0 });
    const r = new EventQueue<E>();
    r.items = saved.items;
    r.nextSeq = saved.nextSeq;
    r.push(ev(2, 'c'), 3);
    expect([r.pop(), r.pop(), r.pop()].map((e) => e!.name)).toEqual(['b', 'a', 'c']);
  });

  it('yields any set of events in total (time, priority, seq) order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }), (items) => {
        const q = new EventQueue<E>();
        items.forEach(([t, p], i) => q.push(ev(t, String(i)), p));
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
        const saved: Queued<E>[] = items.map(([t, p], i) => ({ time: t, priority: p, seq: i, name: String(i) })).reverse();
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
