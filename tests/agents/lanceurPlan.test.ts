import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

/**
 * The levelling rule written plainly (a day's expected load divided out at each look, one pass
 * under the norm, a second under the flexed norm, then the first day after the window with
 * room), against which the daily plan's placement is checked.
 */
function referencePlacement(v: ReviewView, l: typeof lanceur, calendar: Calendar): Map<number, number> {
  const norm = (1 - l.capacityReserve.share) * v.capacityUOPerDay;
  const flexed = norm * (1 + l.normFlex);
  const load = new Map<number, number>([[v.today, v.wipExcessUO]]);
  const at = (d: number) => load.get(d) ?? 0;
  const share = (d: number) => {
    const k = d - v.today;
    const s = v.bookedShare.length ? v.bookedShare[Math.min(k, v.bookedShare.length - 1)] : 1;
    return s > 0.05 ? s : 0.05;
  };
  const fits = (d: number, uo: number, limit: number) => calendar.isWorkingDay(d) && !(at(d) > 0 && at(d) + uo > limit);
  const placed = new Map<number, number>();
  const normal = v.book.filter((o) => !(o.urgent && o.important));
  normal.sort((a, b) => Number(!a.reviewed) - Number(!b.reviewed) || a.plannedLaunchDay - b.plannedLaunchDay || a.id - b.id);
  for (const o of normal) {
    const first = Math.max(v.today, o.plannedLaunchDay - l.pullAheadDays);
    const last = Math.max(first, o.plannedLaunchDay + (o.reviewed ? 0 : l.pushBackDays));
    let day = -1;
    for (const limit of [norm, flexed]) {
      let best = Infinity;
      let bestDistance = Infinity;
      for (let d = first; d <= last; d++) {
        if (!fits(d, o.uo, limit)) continue;
        const expected = at(d) / share(d);
        const distance = Math.abs(d - o.plannedLaunchDay);
        if (expected < best || (expected === best && distance < bestDistance)) [day, best, bestDistance] = [d, expected, distance];
      }
      if (day >= 0) break;
    }
    if (day < 0) for (day = last + 1; !fits(day, o.uo, norm); day++);
    load.set(day, at(day) + o.uo);
    placed.set(o.id, day);
  }
  return placed;
}

describe('the levelling follows its rule', () => {
  const bookLine = fc.record({
    plannedLaunchDay: fc.integer({ min: -5, max: 40 }),
    uo: fc.integer({ min: 1, max: 160 }),
    urgent: fc.boolean(),
    important: fc.boolean(),
    reviewed: fc.boolean(),
    late: fc.integer({ min: -6, max: 6 }),
  });
  const views = fc.record({
    book: fc.array(bookLine, { maxLength: 80 }),
    today: fc.integer({ min: 0, max: 6 }),
    wipExcessUO: fc.integer({ min: 0, max: 300 }),
    bookedShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 30 }),
    normFlex: fc.constantFrom(0, 0.1, 0.5),
  });

  it('places every order on the day the plain rule gives: launches today, moves by the projection', () => {
    fc.assert(
      fc.property(views, (g) => {
        const l = { ...lanceur, normFlex: g.normFlex, pushBackDays: 3, pullAheadDays: 4 };
        const v: ReviewView = {
          ...view(g.book.map((b, id) => line(id, b.plannedLaunchDay, b.uo, { urgent: b.urgent, important: b.important, reviewed: b.reviewed, promisedDay: b.plannedLaunchDay + 5 + b.late }))),
          today: g.today,
          wipExcessUO: g.wipExcessUO,
          bookedShare: g.bookedShare,
        };
        const placed = referencePlacement(v, l, cal);
        const plan = planDay(v, l, cal);
        const launchedNormal = plan.launches.filter((x) => !x.reserve).map((x) => x.order).sort((a, b) => a - b);
        expect(launchedNormal).toEqual([...placed].filter(([, d]) => d === g.today).map(([id]) => id).sort((a, b) => a - b));
        for (const mv of plan.moves) expect(mv.to).toBe(placed.get(mv.order)! + l.plannedLeadDays);
        for (const o of v.book) {
          const day = placed.get(o.id);
          if (day === undefined) continue;
          const gap = day + l.plannedLeadDays - o.promisedDay;
          const moved = (gap < -l.dateToleranceDays && (!o.reviewed || day === g.today)) || gap > l.dateToleranceDays;
          expect(plan.moves.some((mv) => mv.order === o.id), `order ${o.id} moved`).toBe(moved);
        }
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
