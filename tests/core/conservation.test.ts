import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Simulation } from '../../src/simulation/simulation';
import { baseline, scenarioFile } from '../helpers';

const caseA = baseline({ days: 90, warmupDays: 40, 'fabrication.derogationPolicy': 'whenShort', 'clients[0].changeRate': 0.3, 'clients[4].changeRate': 0.3 });
const caseB = { ...scenarioFile('equipementier-auto-storm.json'), days: 90, warmupDays: 10 };

/** Parts still in the shop for an order. */
function inProcess(sim: Simulation, order: number): number {
  return Object.values(sim.state.lots).filter((l) => l.order === order).reduce((a, l) => a + l.quantity, 0);
}

describe('conservation', () => {
  it('accounts for every part launched and every part ordered, whatever the seed and case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (seed, b) => {
        const sim = new Simulation(b ? caseB : caseA, { seed, trace: false });
        sim.runToEnd();
        const ids = new Set<number>();
        for (const o of sim.state.orders) {
          expect(ids.has(o.id)).toBe(false);
          ids.add(o.id);
          // every part launched is in the shop, good, off-spec or scrap
          expect(o.launched).toBe(inProcess(sim, o.id) + o.good + o.offSpec + o.scrap);
          // every good part is delivered, put to stock as surplus, or waiting
          const goodDelivered = o.delivered - o.deliveredOffSpec;
          expect(goodDelivered + o.surplus).toBeLessThanOrEqual(o.good);
          // every part ordered is delivered or still owed
          expect(o.delivered + o.fromStock).toBeLessThanOrEqual(o.quantity);
          if (o.status === 'delivered' && !o.replenishment) expect(o.delivered + o.fromStock).toBe(o.quantity);
          if (o.replenishment && o.status === 'delivered') expect(o.surplus).toBe(o.good);
        }
        // the stock holds what it opened with, plus surplus and replenishments, less what it served and the surplus scrapped
        const opening = Object.values(sim.state.openingStock).reduce((a, x) => a + x, 0);
        const surplus = sim.state.orders.reduce((a, o) => a + o.surplus, 0);
        const served = sim.state.orders.reduce((a, o) => a + o.fromStock, 0);
        const stock = Object.values(sim.state.stock).reduce((a, x) => a + x, 0);
        expect(stock).toBe(opening + surplus - served - sim.state.counters.surplusScrapped);
        expect(Object.values(sim.state.stock).every((x) => x >= 0)).toBe(true);
      }),
      { numRuns: 10 },
    );
  });
});
