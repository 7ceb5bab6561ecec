import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { planView, type PlanView } from '../../src/agents/views/lanceur';
import { launchQuantity } from '../../src/agents/lanceurPlan';
import { projectedDeliveryDay } from '../../src/agents/views/commercial';
import { scenarioFile } from '../helpers';

/** The lanceur's book as of now, line by line from the orders: what every book must show. */
function recount(sim: Simulation) {
  return sim.state.openOrders
    .map((id) => sim.state.orders[id])
    .filter((o) => o.status === 'booked' && !o.replenishment)
    .map((o) => ({
      id: o.id,
      plannedLaunchDay: o.plannedLaunchDay,
      promisedDay: o.promisedDay,
      uo: launchQuantity(o.quantity, sim.scenario.lanceur.quantityMargin) * o.uoPerUnit,
      quantity: o.quantity,
      urgent: o.urgent,
      important: sim.scenario.clients.find((c) => c.id === o.client)!.important,
      reviewed: o.reviewed,
    }));
}

describe("the lanceur's book lines", () => {
  it('show each order as it is now, keep an unchanged line from one day to the next, and never change a kept view', () => {
    const sim = new Simulation({ ...scenarioFile('terssac-circuits.json'), warmupDays: 0, days: 200 }, { seed: 3 });
    sim.runUntilDay(60);
    const before = planView(sim, 60);
    const frozen = structuredClone(before.book);
    expect(before.book).toEqual(recount(sim));
    sim.runUntilDay(61);
    const after = planView(sim, 61);
    expect(after.book).toEqual(recount(sim));
    // The view of day 60 still reads as it did, though orders were reviewed, moved and launched since.
    expect(before.book).toEqual(frozen);
    const kept = after.book.filter((l) => before.book.includes(l));
    const changed = after.book.filter((l) => !before.book.includes(l) && frozen.some((f) => f.id === l.id));
    expect(kept.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
  });

  it("are read-only for a strategy of one's own: a plan that changes a line stops the run, naming the decision", () => {
    const s = { ...scenarioFile('terssac-circuits.json'), warmupDays: 0, days: 30 };
    const seen: PlanView[] = [];
    const reader = new Simulation(s, { seed: 3, strategies: { 'lanceur.plan': (v: PlanView) => (seen.push(v), { launches: [], moves: [], reserveHeld: 1, overdueUO: 0 }) } as never });
    reader.runToEnd();
    expect(seen.length).toBeGreaterThan(10);
    for (const v of seen) {
      expect(Object.isFrozen(v.book)).toBe(true);
      for (const l of v.book) expect(Object.isFrozen(l)).toBe(true);
    }
    const writer = new Simulation(s, { seed: 3, strategies: { 'lanceur.plan': (v: PlanView) => ((v.book[0] as { uo: number }).uo = 0, { launches: [], moves: [], reserveHeld: 1, overdueUO: 0 }) } as never });
    expect(() => writer.runToEnd()).toThrow(/decision \d+ \(lanceur\.plan by lanceur\): the strategy threw: .*read.only/);
    // The book itself is the next day's last book: sorting it is changing it.
    const sorter = new Simulation(s, { seed: 3, strategies: { 'lanceur.plan': (v: PlanView) => (v.book.sort((a, b) => b.id - a.id), { launches: [], moves: [], reserveHeld: 1, overdueUO: 0 }) } as never });
    expect(() => sorter.runToEnd()).toThrow(/decision \d+ \(lanceur\.plan by lanceur\): the strategy threw: .*read.only/);
  });

  it("stay as made when the commercial consults the shop (the order asked about joins a copy of the book)", () => {
    const sim = new Simulation({ ...scenarioFile('terssac-circuits.json'), warmupDays: 0, days: 200 }, { seed: 3 });
    sim.runUntilDay(60);
    const before = planView(sim, 60).book;
    const copy = structuredClone(before);
    const asked = sim.state.orders[before[before.length - 1].id];
    projectedDeliveryDay(sim, { ...asked, id: sim.state.nextOrderId, plannedLaunchDay: 0 });
    expect(before).toEqual(copy);
    // Nothing changed since: the next book is the same lines.
    const again = planView(sim, 60).book;
    expect(again.length).toBe(before.length);
    again.forEach((l, i) => expect(l).toBe(before[i]));
  });

  it('follow a lever: a new margin gives every line its new UO', () => {
    const sim = new Simulation({ ...scenarioFile('terssac-circuits.json'), warmupDays: 0, days: 200 }, { seed: 3 });
    sim.runUntilDay(40);
    planView(sim, 40);
    sim.intervene({ day: 41, path: 'lanceur.quantityMargin', value: 0 });
    sim.runUntilDay(42);
    expect(sim.scenario.lanceur.quantityMargin).toBe(0);
    const book = planView(sim, 42).book;
    expect(book.length).toBeGreaterThan(0);
    expect(book).toEqual(recount(sim));
    for (const l of book) expect(l.uo).toBe(l.quantity * sim.state.orders[l.id].uoPerUnit);
  });
});
