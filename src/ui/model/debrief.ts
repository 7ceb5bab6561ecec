/**
 * The debrief's figures, as plain data a worker can send: a rerun's key figures (KPIs and
 * how many observations each rests on) and its daily chart series up to the horizon; the
 * played run beside the all-automatic one; what one answer changed (played minus the run
 * with that answer replaced by the suggestion); a short summary of a decision's view; and
 * the CSV of the decision log. Pure; reads runs, never changes them.
 */
import type { Simulation } from '../../simulation/simulation';
import type { SessionDecision } from '../../session/session';
import { computeKpis } from '../../metrics/kpis';
import { flattenKpis } from '../../metrics/report';
import { flatKpiValue } from '../../metrics/calibration';
import { csvLine, cellText } from '../../experiments/csv';
import { kpiSupport, PANEL_KPIS, type KpiUnit } from './kpiRows';
import { onTimeSeries, upTo, weeklyThroughput } from './series';

/** The charts the debrief draws, played beside automatic. */
export const DEBRIEF_CHARTS = ['wip', 'throughput', 'onTime', 'trust'] as const;
export type DebriefChart = (typeof DEBRIEF_CHARTS)[number];

/** A rerun's figures at its horizon. */
export interface Figures {
  /** Flat KPI name → value, measured after the warm-up; NaN where no observation supports it. */
  values: Record<string, number>;
  /** Days measured (after the warm-up) up to the horizon. */
  measuredDays: number;
  /** Daily series (x = day 0..n-1), null after the horizon. */
  series: Record<DebriefChart, (number | null)[]>;
}

/** The key figures of `sim` where it stands (its KPIs as the side panel computes them) and its chart series. */
export function figuresOf(sim: Simulation): Figures {
  const day = Math.min(sim.days - 1, Math.floor(sim.now / 24));
  const measuredDays = Math.max(0, day + 1 - sim.scenario.warmupDays);
  const flat = flattenKpis(computeKpis(sim));
  const support = kpiSupport(sim.state, sim.scenario.warmupDays);
  const values: Record<string, number> = {};
  for (const [kpi] of PANEL_KPIS) values[kpi] = measuredDays === 0 || support[kpi] === 0 ? NaN : flatKpiValue(flat, kpi, Math.max(measuredDays, 1e-9));
  const n = sim.days;
  const s = sim.state.series;
  const trusts = Object.values(s.trust);
  const trust = Array.from({ length: n }, (_, d) => {
    const xs = trusts.map((t) => t[d]).filter((v): v is number => v !== undefined);
    return d <= day && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  });
  return {
    values,
    measuredDays,
    series: { wip: upTo(s.wipOrders, n, day), throughput: weeklyThroughput(s.producedUO, n, day), onTime: onTimeSeries(s, n, day)[0], trust },
  };
}

/** One key figure of two runs: a (played) and b (the other), and a − b. */
export interface FigureRow {
  kpi: string;
  unit: KpiUnit;
  a: number;
  b: number;
  diff: number;
}

/** The side panel's key figures of `a` and `b`, side by side. */
export function figureRows(a: Figures, b: Figures): FigureRow[] {
  return PANEL_KPIS.map(([kpi, unit]) => ({ kpi, unit, a: a.values[kpi], b: b.values[kpi], diff: difference(a.values[kpi], b.values[kpi]) }));
}

/** The figures shown for what one answer changed. */
export const IMPACT_KPIS: readonly [string, KpiUnit][] = [
  ['onTimeRate', 'share'],
  ['leadTimeDays.all.mean', 'days'],
  ['throughputUOPerWeek', 'UO/week'],
  ['trustMean', 'number'],
  ['clientsLost', 'count'],
];

/** What an answer changed: for each impact KPI, played − with the suggestion instead (NaN without data). */
export function impactOf(played: Figures, suggested: Figures): Record<string, number> {
  return Object.fromEntries(IMPACT_KPIS.map(([k]) => [k, difference(played.values[k], suggested.values[k])]));
}

/** a − b to 12 significant digits, so figures rounded alike differ by their digits, not by float noise (0.02, not 0.020000000000000462). */
export function difference(a: number, b: number): number {
  const d = a - b;
  return Number.isFinite(d) && d !== 0 ? Number(d.toPrecision(12)) : d;
}

/** A short one-line summary of a decision's view: its first plain fields (a list by its length, an object by its id), `key: value`, at most `max` of them. */
export function viewSummary(view: unknown, max = 5): string {
  if (view === null || typeof view !== 'object') return view === undefined ? '' : String(view);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(view as Record<string, unknown>)) {
    if (parts.length >= max) break;
    if (typeof v === 'number') parts.push(`${k}: ${Number.isInteger(v) ? v : Math.round(v * 100) / 100}`);
    else if (typeof v === 'string' || typeof v === 'boolean') parts.push(`${k}: ${v}`);
    else if (Array.isArray(v)) parts.push(`${k}: [${v.length}]`);
    else if (v && typeof v === 'object' && 'id' in v && (typeof v.id === 'number' || typeof v.id === 'string')) parts.push(`${k}: ${v.id}`);
  }
  return parts.join(' · ');
}

/** The columns of the decisions CSV. */
export const CSV_COLUMNS = ['decision', 'kind', 'agent', 'day', 'hour', 'answer', 'suggestion', 'via', 'note', 'seconds', ...IMPACT_KPIS.map(([k]) => `effect.${k}`)];

/**
 * The decision log as CSV (RFC 4180: a header line, cells quoted when they hold a comma, a
 * quote or a line break, lines ended by CRLF). Answers and suggestions are JSON; `effects`
 * (by decision id) fill the effect columns where computed, else they are empty.
 */
export function decisionsCsv(decisions: readonly SessionDecision[], effects: ReadonlyMap<number, Record<string, number>> = new Map()): string {
  const rows = decisions.map((d) => {
    const e = effects.get(d.id);
    const cells = [d.id, d.kind, d.agent, Math.floor(d.time / 24), d.time, JSON.stringify(d.answer), JSON.stringify(d.suggestion), d.via, d.note ?? '', d.seconds ?? '', ...IMPACT_KPIS.map(([k]) => (e && Number.isFinite(e[k]) ? e[k] : ''))];
    return csvLine(cells.map(cellText));
  });
  return [csvLine(CSV_COLUMNS), ...rows].join('\r\n') + '\r\n';
}
