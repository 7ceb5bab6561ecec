import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Calendar } from '../../src/core/calendar';

const cal = new Calendar({ workingDays: [0, 1, 2, 3, 4], shifts: [{ start: 5, end: 13 }, { start: 13, end: 21 }], holidays: [9] });

describe('working calendar', () => {
  it('counts 16 working hours a day and 80 a week', () => {
    expect(cal.hoursPerDay).toBe(16);
    expect(cal.hoursPerWeek).toBe(80);
  });

  it('skips nights, weekends and holidays when adding working hours', () => {
    expect(cal.addWorkingHours(5, 3)).toBe(8);
    expect(cal.addWorkingHours(20, 2)).toBe(24 + 6);
    expect(cal.addWorkingHours(4 * 24 + 20, 2)).toBe(7 * 24 + 6);
    expect(cal.addWorkingHours(8 * 24 + 20, 2)).toBe(10 * 24 + 6);
  });

  it('moves a non-working instant to the next shift start', () => {
    expect(cal.nextWorkingInstant(5 * 24 + 12)).toBe(7 * 24 + 5);
    expect(cal.isWorking(7 * 24 + 5)).toBe(true);
    expect(cal.isWorking(7 * 24 + 21)).toBe(false);
  });

  it('counts back exactly the hours it added', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), (t, h) => {
        const end = cal.addWorkingHours(t, h);
        expect(end).toBeGreaterThanOrEqual(t);
        expect(cal.workingHoursBetween(t, end)).toBeCloseTo(h, 6);
      }),
    );
  });

  it('counts working days between two days', () => {
    expect(cal.workingDaysBetween(0, 14)).toBe(9);
    expect(cal.nextWorkingDay(5)).toBe(7);
    expect(cal.addWorkingDays(4, 1)).toBe(7);
  });
});
