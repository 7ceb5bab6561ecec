import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/core/calendar';
import { planDay, launchQuantity, type BookLine, type ReviewView } from '../../src/agents/lanceurPlan';
import { baseline } from '../helpers';

const cal = new Calendar({ workingDays: [0, 1, 2, 3, 4], shifts: [{ start: 6, end: 14 }] });
const lanceur = { ...baseline().lanceur, capacityReserve: { share: 0.3, horizonDays: 14 }, pullAheadDays: 2, pushBackDays: 2, dateToleranceDays: 1, normFlex: 0, plannedLeadDays: 5 };
const line = (id: number, planned: number, uo: number, extra: Partial<BookLine> = {}): BookLine => ({
  id, plannedLaunchDay: planned, promisedDay: planned + 5, uo, quantity: uo, urgent: false, important: false, reviewed: false, ...extra,
});
const view = (book: BookLine[]): ReviewView => ({ today: 0, book, capacityUOPerDay: 200, wipExcessUO: 0, quantityMargin: 0.2, bookedShare: [1] });

describe('the lanceur levels the load', () => {
  it('launches quantity × (1 + margin), never less than ordered', () => {
    expect(launchQuantity(50, 0.2)).toBe(60);
    expect(launchQuantity(1, 0.2)).toBe(1);
    expect(launchQuantity(10, 0)).toBe(10);
  });

  it('launches urgent orders of important clients at once, on the reserve', () => {
    const plan = planDay(view([line(1, 20, 50, { urgent: true, important: true })]), lanceur, cal);
    expect(plan.launches).toEqual([{ order: 1, quantity: 60, reserve: true }]);
  });

  it('keeps the date of an order that fits on its planned day', () => {
    const plan = planDay(view([line(1, 3, 80)]), lanceur, cal);
    expect(plan.moves).toEqual([]);
    expect(plan.launches).toEqual([]);
  });

  it('postpones what does not fit under the norm, and says so', () => {
    const book = [1, 2, 3, 4, 5, 6, 7].map((i) => line(i, 3, 90));
    const plan = planDay(view(book), lanceur, cal);
    const postponed = plan.moves.filter((m) => m.to > m.from);
    expect(postponed.length).toBeGreaterThan(0);
    for (const m of postponed) expect(m.reason).toBe('load above the norm');
  });

  it('advances an order when free capacity lets it go earlier than the tolerance', () => {
    const plan = planDay(view([line(1, 2, 50, { promisedDay: 20 })]), lanceur, cal);
    expect(plan.moves).toEqual([{ order: 1, from: 20, to: expect.any(Number), reason: 'free capacity' }]);
    expect(plan.moves[0].to).toBeLessThan(20);
  });

  it('moves no date under the keep policy, and never postpones under advance-only', () => {
    const book = [1, 2, 3, 4, 5, 6, 7].map((i) => line(i, 3, 90));
    expect(planDay(view(book), { ...lanceur, datePolicy: 'keep' }, cal).moves).toEqual([]);
    for (const m of planDay(view(book), { ...lanceur, datePolicy: 'advanceOnly' }, cal).moves) expect(m.to).toBeLessThan(m.from);
  });

  it('holds the reserve: the norm leaves the reserve share of the horizon free', () => {
    // 68 orders of 35 UO fill the 17 working days of their window exactly at the norm (140 UO)
    const book = Array.from({ length: 68 }, (_, i) => line(i, 20, 35));
    const plan = planDay(view(book), { ...lanceur, pullAheadDays: 20 }, cal);
    expect(plan.reserveHeld).toBeGreaterThan(0.29);
    expect(plan.reserveHeld).toBeLessThan(0.31);
  });
});
