import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import type { Scenario } from '../../src/scenario/schema';
import { validateScenario } from '../../src/scenario/load';
import { baseline, scenarioFile } from '../helpers';

function run(s: Scenario, seed: number, trace = true): Simulation {
  const sim = new Simulation(s, { seed, trace });
  sim.runToEnd();
  return sim;
}

/** Distinct orders of trace records of `type` in the measured window that pass `keep`. */
function tracedOrders(sim: Simulation, type: string, keep: (order: number) => boolean = () => true): number {
  const start = sim.scenario.warmupDays * 24;
  return new Set(sim.traceRecords.filter((r) => r.type === type && r.order !== null && keep(r.order)).map((r) => r.order).filter((o) => sim.state.orders[o!].receivedAt >= start)).size;
}

describe('figures that tell the truth', () => {
  it('counts short orders once each, over the measured window only', () => {
    const sim = run(baseline({ 'lanceur.quantityMargin': 0 }), 1);
    const k = computeKpis(sim);
    expect(k.shortOrders).toBeGreaterThan(100);
    expect(k.shortOrders).toBeLessThanOrEqual(k.ordersReceived);
    expect(k.shortOrders).toBe(tracedOrders(sim, 'order.short'));
  });

  it('counts changes, derogations and complements over the measured window, not the warm-up', () => {
    const s = scenarioFile('equipementier-auto.json');
    const sim = run(s, 2);
    const k = computeKpis(sim);
    const start = s.warmupDays * 24;
    const inWindow = (type: string) => sim.traceRecords.filter((r) => r.type === type && r.time >= start).length;
    expect(inWindow('change.asked')).toBeLessThan(sim.traceRecords.filter((r) => r.type === 'change.asked').length);
    expect(k.changeRequests.asked).toBe(inWindow('change.asked'));
    expect(k.derogations.offered).toBe(inWindow('derogation.offered'));
    expect(k.complementLots).toBe(inWindow('order.complement'));
  });

  it('keeps case A’s surplus a bounded time, then scraps it, so stock stays bounded over ten years', () => {
    const s = baseline({ days: 3650 });
    const sim = run(s, 3, false);
    const stock = sim.state.series.stockUnits;
    const yearMax = (y: number) => Math.max(...stock.slice(s.warmupDays + 364 * y, s.warmupDays + 364 * (y + 1)));
    expect(yearMax(1)).toBeGreaterThan(0);
    expect(yearMax(9)).toBeLessThan(yearMax(1) * 1.5);
    const k = computeKpis(sim);
    expect(k.surplusScrappedUnits).toBeGreaterThan(0);
    expect(k.surplusOnShelfUnits).toBe(Object.values(sim.state.stock).reduce((a, x) => a + x, 0));
  });

  it('a longer shelf keeps more surplus on hand', () => {
    const short = computeKpis(run(baseline({ 'fabrication.surplusShelfDays': 10 }), 4, false));
    const long = computeKpis(run(baseline({ 'fabrication.surplusShelfDays': 120 }), 4, false));
    expect(long.stockOnHandMean).toBeGreaterThan(short.stockOnHandMean * 3);
  });

  it('reports the demand of clients lost to competitors', () => {
    const sim = run(scenarioFile('equipementier-auto-storm.json'), 1, false);
    const k = computeKpis(sim);
    expect(k.clientsLost).toBeGreaterThan(0);
    const lost = sim.state.clients.filter((c) => c.lost);
    const ordered = lost.flatMap((c) => c.lostDemand).filter((d) => d.time >= sim.scenario.warmupDays * 24);
    expect(ordered.length).toBeGreaterThan(0);
    expect(k.lostDemandUnits).toBeGreaterThanOrEqual(ordered.reduce((a, d) => a + d.units, 0));
    expect(k.lostDemandShare).toBeGreaterThan(0);
    expect(k.lostDemandShare).toBeLessThan(1);
    expect(computeKpis(run(scenarioFile('terssac-circuits.json'), 1, false)).lostDemandUnits).toBe(0);
  });

  it('delivers late against the last promise when a long breakdown stops the bottleneck', () => {
    const plain = computeKpis(run(baseline({ days: 120 }), 5, false));
    const s = structuredClone(baseline({ days: 120 }));
    const bottleneck = new Simulation(s).capacity.bottleneck;
    s.disruptions = [{ kind: 'breakdown', station: s.stations[bottleneck].id, startDay: s.warmupDays + 75, durationHours: 24 * 14 } as Scenario['disruptions'][number]];
    const broken = computeKpis(run(validateScenario(s), 5, false));
    expect(plain.onTimeRate).toBe(1);
    expect(broken.onTimeRate).toBeLessThan(0.99);
  });

  it('delivers late when the lanceur may not postpone a promise without limit and demand rises', () => {
    const busier = (limit: number | null) => {
      const s = structuredClone(baseline({ 'lanceur.maxPromiseDelayDays': limit }));
      for (const c of s.clients) if (c.interArrivalHours.type === 'exponential') c.interArrivalHours.mean /= 1.2;
      return computeKpis(run(validateScenario(s), 1, false));
    };
    expect(busier(null).onTimeRate).toBe(1);
    expect(busier(10).onTimeRate).toBeLessThan(0.9);
  });
});
