import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Simulation } from '../../src/core/simulation';
import { baseline } from '../helpers';

const short = baseline({ days: 90, warmupDays: 40, 'fabrication.derogationPolicy': 'whenShort', 'clients[0].changeRate': 0.3, 'clients[4].changeRate': 0.3 });

/** Parts still in the shop for an order. */
function inProcess(sim: Simulation, order: number): number {
  return Object.values(sim.state.lots).filter((l) => l.order === order).reduce((a, l) => a + l.quantity, 0);
}

describe('conservation', () => {
  it('accounts for every part launched and every part ordered, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const sim = new Simulation(short, { seed, trace: false });
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
          if (o.status === 'delivered') expect(o.delivered + o.fromStock).toBe(o.quantity);
        }
        // the stock holds the surplus less what was served from it
        const surplus = sim.state.orders.reduce((a, o) => a + o.surplus, 0);
        const served = sim.state.orders.reduce((a, o) => a + o.fromStock, 0);
        const stock = Object.values(sim.state.stock).reduce((a, x) => a + x, 0);
        expect(stock).toBe(surplus - served);
      }),
      { numRuns: 8 },
    );
  });
});
