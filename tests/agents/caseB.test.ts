import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis, type Kpis } from '../../src/metrics/kpis';
import type { Scenario } from '../../src/scenario/schema';
import { renderEntry } from '../../src/ui/i18n/transcript';
import { scenarioFile } from '../helpers';

const caseB = scenarioFile('equipementier-auto.json');
const storm = scenarioFile('equipementier-auto-storm.json');
const jit = scenarioFile('equipementier-auto-jit.json');

function run(s: Scenario, seed: number): { sim: Simulation; k: Kpis } {
  const sim = new Simulation(s, { seed });
  sim.runToEnd();
  return { sim, k: computeKpis(sim) };
}

describe('case B: the automotive supplier', () => {
  it('holds about two thirds of first-fit production and almost all spare parts in the imposed stock', () => {
    const { k } = run(caseB, 1);
    expect(k.stockShareFirstFit).toBeGreaterThan(0.55);
    expect(k.stockShareFirstFit).toBeLessThan(0.78);
    expect(k.stockShareSpareParts).toBeGreaterThan(0.9);
  });

  it('stops the car makers’ lines more in pure just-in-time than with the imposed stock when disruptions hit', () => {
    // both car makers stay all year (no trust threshold), so both plans face the same lines
    const kept: Scenario = { ...storm, clients: storm.clients.map((c) => ({ ...c, trustThreshold: 0 })) };
    for (const seed of [1, 2, 3]) {
      const stock = run(kept, seed).k;
      const justInTime = run({ ...kept, stocks: [] }, seed).k;
      expect(justInTime.lineStoppages, `seed ${seed}`).toBeGreaterThan(stock.lineStoppages);
      expect(justInTime.lineStoppageHours, `seed ${seed}`).toBeGreaterThan(stock.lineStoppageHours);
      expect(justInTime.trustMean, `seed ${seed}`).toBeLessThan(stock.trustMean);
    }
  });

  it('never offering off-spec parts means no derogation accepted and more stoppage hours', () => {
    const never: Scenario = { ...jit, fabrication: { ...jit.fabrication, derogationPolicy: 'never' } };
    let hoursWhenShort = 0;
    let hoursNever = 0;
    for (const seed of [1, 2, 3]) {
      const a = run(jit, seed).k;
      const b = run(never, seed).k;
      expect(a.derogations.accepted).toBeGreaterThan(0);
      expect(b.derogations).toMatchObject({ offered: 0, accepted: 0 });
      hoursWhenShort += a.lineStoppageHours;
      hoursNever += b.lineStoppageHours;
    }
    expect(hoursNever).toBeGreaterThan(hoursWhenShort);
  });

  it('a larger quantity margin gives fewer short deliveries and more over-production', () => {
    const small = run(jit, 2).k;
    const large = run({ ...jit, lanceur: { ...jit.lanceur, quantityMargin: 0.25 } }, 2).k;
    expect(large.shortOrders).toBeLessThan(small.shortOrders);
    expect(large.overProductionUnits).toBeGreaterThan(small.overProductionUnits);
  });

  it('accepts no change after the 24 h cut-off, even when the lanceur would accept everything, and says so', () => {
    const lenient: Scenario = { ...caseB, lanceur: { ...caseB.lanceur, changePolicy: 'acceptAll' } };
    const { sim, k } = run(lenient, 3);
    expect(k.changeRequests.asked).toBeGreaterThan(50);
    expect(k.changeRequests.afterCutoff).toBe(0);
    expect(k.changeRequests.refusedAfterCutoff).toBeGreaterThan(0);
    const line = sim.transcript.find((e) => e.kind === 'change.refusedAfterCutoff')!;
    expect(renderEntry(line)).toMatch(/change refused by rule: (only \d+\u00a0h before launch, less than the 24\u00a0h cut-off|the order is already launched)$/);
    const accepted = sim.traceRecords.filter((t) => t.type === 'change.answered' && t.data?.verdict === 'accept');
    expect(accepted.length).toBeGreaterThan(0);
    for (const a of accepted) {
      const ask = sim.traceRecords.find((t) => t.type === 'change.asked' && t.data?.proposal === a.data?.proposal)!;
      const hoursLeft = (ask.data!.hoursToLaunch as number) - (a.time - ask.time);
      expect(hoursLeft).toBeGreaterThanOrEqual(24);
    }
  });

  it('offers off-spec parts only when an order is short, and lets the client decide', () => {
    const { sim } = run(jit, 1);
    const offered = sim.traceRecords.filter((t) => t.type === 'derogation.offered');
    expect(offered.length).toBeGreaterThan(0);
    for (const o of offered) {
      const short = sim.traceRecords.find((t) => t.type === 'order.short' && t.order === o.order && t.time === o.time);
      expect(short, `order ${o.order}`).toBeDefined();
      const answer = sim.traceRecords.find((t) => t.type === 'derogation.answered' && t.order === o.order && t.time >= o.time);
      expect(answer?.agent).toBe(sim.order(o.order!).client);
    }
  });

  it('holds shipments during a transport stoppage and reports what each disruption cost', () => {
    const { sim, k } = run(storm, 1);
    expect(sim.traceRecords.some((t) => t.type === 'delivery.held')).toBe(true);
    expect(k.disruptions).toBeGreaterThan(10);
    expect(k.disruptionCosts.length).toBe(k.disruptions);
    expect(k.disruptionCosts.some((d) => d.shipmentsHeld > 0)).toBe(true);
    expect(k.disruptionCosts.some((d) => d.lineStoppageHours > 0)).toBe(true);
  });

  it('loses an external client whose trust falls below its threshold: it orders no more', () => {
    const harsh: Scenario = { ...jit, trust: { ...jit.trust, lineStopped: -0.3, late: -0.2 } };
    const { sim, k } = run(harsh, 1);
    expect(k.clientsLost).toBeGreaterThan(0);
    const lost = sim.state.clients.find((c) => c.lost)!;
    expect(sim.state.orders.some((o) => o.client === lost.id && o.receivedAt > lost.lostAt!)).toBe(false);
    expect(sim.transcript.some((e) => e.kind === 'client.lost')).toBe(true);
  });

  it('escalates an internal client instead of losing it', () => {
    const internal: Scenario = { ...jit, clients: jit.clients.map((c) => ({ ...c, kind: 'internal' as const })), trust: { ...jit.trust, lineStopped: -0.3, late: -0.2 } };
    const { k } = run(internal, 1);
    expect(k.clientsLost).toBe(0);
    expect(k.escalations).toBeGreaterThan(0);
  });
});
