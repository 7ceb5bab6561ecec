import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { Simulation } from '../../src/simulation/simulation';
import { tokensAt, transitProgress } from '../../src/ui/model/tokens';
import { onLane } from '../../src/ui/views/workshop/placement';
import { orderHistory, filterEntries } from '../../src/ui/model/history';
import { weeklyLoad } from '../../src/ui/model/plan';
import { kpiRows, compareRows, kpiSupport, formatValue } from '../../src/ui/model/kpiRows';
import { computeKpis } from '../../src/metrics/kpis';
import { changedLevers, leverValues, familyStocks, stocksValue } from '../../src/ui/model/levers';
import { onTimeSeries, weeklyThroughput } from '../../src/ui/model/series';

const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
const sim = new Simulation(scenario, { trace: false });
sim.runUntilDay(200);

describe('UI models', () => {
  it('put every open lot and booked order on exactly one token', () => {
    const tokens = tokensAt(sim.state, scenario, sim.now);
    expect(new Set(tokens.map((t) => t.key)).size).toBe(tokens.length);
    expect(tokens.filter((t) => t.key.startsWith('l')).length).toBe(Object.keys(sim.state.lots).length);
    expect(tokens.filter((t) => t.place.at === 'book' || t.place.at === 'board').length).toBe(sim.state.orders.filter((o) => o.status === 'booked').length);
  });

  it('move a shipment along the delivery lane with its transport time, held ones at the dock', () => {
    expect(transitProgress(124, 100, 24)).toBe(0);
    expect(transitProgress(124, 112, 24)).toBe(0.5);
    expect(transitProgress(200, 100, 24)).toBe(0);
    expect(transitProgress(124, 130, 24)).toBe(1);
    const lane = { x: 100, y: 500, w: 800, h: 100 };
    expect(onLane(lane, 7, 1).x).toBeLessThan(onLane(lane, 7, 0.5).x);
    const transit = sim.shipmentsInTransit();
    const shipping = tokensAt(sim.state, scenario, sim.now, transit).filter((t) => t.place.at === 'shipping');
    expect(shipping.length).toBeGreaterThan(0);
    for (const t of shipping) {
      const arrival = transit.find((s) => s.order === t.order)?.arrival;
      expect(t.place).toMatchObject({ progress: arrival === undefined ? 0 : transitProgress(arrival, sim.now, 24) });
    }
  });

  it('tell an order’s story in time order, with its promise and its date moves', () => {
    const moved = sim.state.orders.find((o) => o.dateMoves > 0 && o.status === 'delivered')!;
    const h = orderHistory(moved.id, sim.transcript, sim.versions);
    expect(h.map((x) => x.time)).toEqual([...h.map((x) => x.time)].sort((a, b) => a - b));
    expect(h.some((x) => x.entry?.kind === 'date.moved')).toBe(true);
    expect(h.some((x) => x.version?.commitment === 'promisedDay')).toBe(true);
  });

  it('filter the transcript by agent and order', () => {
    const idx = filterEntries(sim.transcript, { agent: 'lanceur', client: null, order: null });
    expect(idx.length).toBeGreaterThan(0);
    expect(idx.every((i) => sim.transcript[i].agent === 'lanceur')).toBe(true);
    expect(filterEntries(sim.transcript, { agent: null, client: null, order: 3 }).every((i) => sim.transcript[i].order === 3)).toBe(true);
  });

  it('count past weeks as produced and coming weeks as planned', () => {
    const load = weeklyLoad(sim.state, sim.days, 199, 0.2);
    expect(load.produced[10]).toBeGreaterThan(0);
    expect(load.planned.slice(0, 28).every((x) => x === null)).toBe(true);
    expect(load.planned.some((x) => x !== null && x > 0)).toBe(true);
  });

  it('show "–" for a figure with no data, like the quoted cycle of a client kind the case does not have', () => {
    const caseB = loadScenario(readFileSync('scenarios/equipementier-auto.json', 'utf8'));
    expect(caseB.clients.some((c) => c.kind === 'internal')).toBe(false);
    const b = new Simulation(caseB, { trace: false });
    b.runUntilDay(caseB.warmupDays + 60);
    const rows = kpiRows(computeKpis(b), 60, caseB.calibration, kpiSupport(b.state, caseB.warmupDays));
    const row = (k: string) => rows.find((r) => r.kpi === k)!;
    expect(row('quotedCycleDays.internal').value).toBeNull();
    expect(formatValue(row('quotedCycleDays.internal').value, 'days')).toBe('–');
    expect(row('quotedCycleDays.external').value).toBeGreaterThan(0);
    expect(row('internalShare').value).toBe(0);
    const cmp = compareRows(computeKpis(b), computeKpis(b), kpiSupport(b.state, caseB.warmupDays), kpiSupport(b.state, caseB.warmupDays));
    expect(cmp.find((r) => r.kpi === 'quotedCycleDays.internal')!.a).toBeNaN();
  });

  it('show the paper’s figure beside the simulated one for the baseline', () => {
    const rows = kpiRows(computeKpis(sim), 200 - scenario.warmupDays, scenario.calibration);
    expect(rows.find((r) => r.kpi === 'defectRate')!.observed).toBe(0.1);
    expect(rows.find((r) => r.kpi === 'wipOrdersMean')!.observed).toBeNull();
    const cmp = compareRows(computeKpis(sim), computeKpis(sim));
    expect(cmp.every((r) => r.diff === 0 || Number.isNaN(r.diff))).toBe(true);
  });

  it('report only the levers that changed, stocks included', () => {
    const base = leverValues(scenario);
    const fams = familyStocks(scenario).map((f) => ({ ...f, basis: 'daysOfCover' as const, value: 5 }));
    const next = { ...base, 'lanceur.quantityMargin': 0.1, stocks: stocksValue(scenario, fams) };
    expect(Object.keys(changedLevers(base, next)).sort()).toEqual(['lanceur.quantityMargin', 'stocks']);
  });

  it('derive throughput and on-time series up to the shown day only', () => {
    const n = sim.days;
    const tp = weeklyThroughput(sim.state.series.producedUO, n, 150);
    expect(tp[151]).toBeNull();
    expect(tp[150]).toBeGreaterThan(0);
    const [last] = onTimeSeries(sim.state.series, n, 150);
    expect(last[150]).toBeGreaterThanOrEqual(0);
    expect(last[150]).toBeLessThanOrEqual(1);
  });
});
