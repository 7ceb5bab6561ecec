import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/core/kernel';
import { Calendar } from '../../src/core/calendar';
import { meanOf, sample, sampleWithin } from '../../src/core/distributions';
import { RandomStreams } from '../../src/core/random';
import { own, setOwn } from '../../src/core/keyed';

type E = { time: number };

describe('the kernel refuses a broken time, loudly', () => {
  for (const time of [NaN, Infinity, -Infinity]) {
    it(`refuses an event at ${time}`, () => {
      const k = new Kernel<E>(() => {});
      expect(() => k.schedule({ time }, 0)).toThrow(/broken invariant.*not a finite time/);
      expect(k.queue.size).toBe(0);
    });
  }

  it('refuses an event before now', () => {
    const k = new Kernel<E>(() => {});
    k.schedule({ time: 5 }, 0);
    k.run(5);
    expect(() => k.schedule({ time: 4.5 }, 0)).toThrow(/broken invariant.*before now/);
  });
});

describe('working time beyond a hundred years', () => {
  const cal = new Calendar({ workingDays: [0, 1, 2, 3, 4], shifts: [{ start: 6, end: 14 }], holidays: [3, 10] });

  it('adds and counts the same hours over a long span as day by day would', () => {
    const hours = 40 * 52 * 150 + 3.5; // 150 years of one-shift weeks, and a bit
    const end = cal.addWorkingHours(7, hours);
    expect(Number.isFinite(end)).toBe(true);
    expect(cal.workingHoursBetween(7, end)).toBeCloseTo(hours, 6);
    expect(cal.isWorking(end - 1e-6)).toBe(true);
  });

  it('never throws nor hangs for a finite duration far past any run', () => {
    const end = cal.addWorkingHours(0, 1e17);
    expect(Number.isFinite(end)).toBe(true);
    expect(end).toBeGreaterThan(1e17);
    expect(cal.workingHoursBetween(0, end)).toBeGreaterThan(0.99e17);
  });
});

describe('every law is of a non-negative quantity', () => {
  const rng = new RandomStreams(1).stream('t');

  it('a normal law is truncated at zero by definition', () => {
    const d = { type: 'normal' as const, mean: 1, sd: 100 };
    for (let i = 0; i < 500; i++) expect(sample(d, rng)).toBeGreaterThanOrEqual(0);
    expect(meanOf({ type: 'normal', mean: 5, sd: 1, max: 0.001 })).toBe(0.001);
  });

  it('a draw above the range is cut to its maximum, a NaN draw throws', () => {
    expect(sampleWithin({ type: 'constant', value: 1e9 }, rng, 100)).toBe(100);
    expect(() => sampleWithin({ type: 'constant', value: NaN }, rng, 100)).toThrow(/broken invariant/);
  });
});

describe('keyed records', () => {
  it('treat prototype names as ordinary own keys, through JSON and structuredClone', () => {
    const rec: Record<string, number> = {};
    for (const k of ['__proto__', 'constructor', 'toString']) {
      expect(own(rec, k)).toBeUndefined();
      setOwn(rec, k, 2);
      setOwn(rec, k, own(rec, k)! + 1);
    }
    expect(Object.getPrototypeOf(rec)).toBe(Object.prototype);
    for (const copy of [JSON.parse(JSON.stringify(rec)), structuredClone(rec)]) {
      expect(Object.keys(copy)).toEqual(['__proto__', 'constructor', 'toString']);
      expect(own(copy, '__proto__')).toBe(3);
      expect(own(copy, 'constructor')).toBe(3);
    }
  });
});
