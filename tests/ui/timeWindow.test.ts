import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Order } from '../../src/agents/state';
import { centredOn, clampWindow, defaultSpan, firstOpenRow, MIN_SPAN, pan, rowsIn, ticks, zoomAt } from '../../src/ui/model/timeWindow';
import { classroomStrings } from '../../src/ui/i18n/classroom';

/** An order received on day `from`, first promised for day `promise`, delivered at day `delivered` (or not). */
const order = (id: number, from: number, promise: number, delivered: number | null): Order => ({ id, receivedAt: from * 24, firstPromisedDay: promise, promisedDay: promise, deliveredAt: delivered === null ? null : delivered * 24, replenishment: false }) as Order;

describe('the Gantt time window', () => {
  it('opens on a few weeks for week-long orders and on most of a run of long cycles', () => {
    const week = Array.from({ length: 50 }, (_, i) => order(i, i * 7, i * 7 + 7, i * 7 + 6));
    expect(defaultSpan(week, 391)).toBe(32); // 4 × the median cycle of 8 days
    const long = Array.from({ length: 50 }, (_, i) => order(i, i, i + 80, null));
    expect(defaultSpan(long, 475)).toBe(324);
    expect(defaultSpan(long, 100)).toBe(100); // never wider than the run
    expect(defaultSpan([], 391)).toBe(56);
  });

  it('centres on the end of today and stays inside the run', () => {
    expect(centredOn(150, 30, 391)).toEqual({ from: 136, span: 30 });
    expect(centredOn(2, 30, 391)).toEqual({ from: 0, span: 30 });
    expect(centredOn(390, 30, 391)).toEqual({ from: 361, span: 30 });
  });

  it('zooms around a day, pans, and never leaves the run nor narrows below a week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 4000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (days, at, factor, delta) => {
        const w = centredOn(Math.floor(at * (days - 1)), Math.max(MIN_SPAN, days / 3), days);
        for (const v of [zoomAt(w, factor, w.from + w.span / 2, days), pan(w, delta, days), clampWindow({ from: delta, span: factor * days }, days)]) {
          expect(v.from).toBeGreaterThanOrEqual(0);
          expect(v.from + v.span).toBeLessThanOrEqual(days + 1e-9);
          expect(v.span).toBeGreaterThanOrEqual(MIN_SPAN);
        }
      }),
    );
    // the day under the pointer stays where it is
    const z = zoomAt({ from: 100, span: 60 }, 0.5, 115, 391);
    expect((115 - z.from) / z.span).toBeCloseTo((115 - 100) / 60);
  });

  it('marks the axis with steps of days, weeks or months, at most as many as asked', () => {
    expect(ticks({ from: 135, span: 30 }, 8)).toEqual([140, 147, 154, 161]);
    expect(ticks({ from: 0, span: 475 }, 10)).toEqual([0, 56, 112, 168, 224, 280, 336, 392, 448]);
    expect(ticks({ from: 3, span: 7 }, 10)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the rows crossing the window and finds the first order still open today', () => {
    const orders = [order(0, 0, 10, 9), order(1, 20, 40, 35), order(2, 30, 60, null), order(3, 90, 100, null)];
    expect(rowsIn(orders, { from: 30, span: 20 }, 50)).toEqual([1, 2]);
    expect(firstOpenRow(orders, [0, 1, 2, 3], 50)).toBe(2);
    expect(firstOpenRow(orders, [0, 1], 50)).toBe(1); // none open: the last row
  });
});

describe('classroom labels', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(classroomStrings.fr).sort()).toEqual(Object.keys(classroomStrings.en).sort());
    for (const table of [classroomStrings.en, classroomStrings.fr]) for (const v of Object.values(table)) expect(v.length).toBeGreaterThan(0);
  });
});
