/**
 * Calibration targets: de Terssac's observed figures for each case, with their tolerances,
 * and the comparison of simulated means against them. Pure data and functions.
 */
import type { Kpis } from './kpis';
import { flattenKpis } from './report';
import { mean, sd } from './stats';

/** One observed figure: which KPI, the observed value, the tolerance (absolute or relative). */
export interface Target {
  figure: string;
  kpi: string;
  observed: number;
  tolerance: { abs: number } | { rel: number };
  unit: 'days' | 'share' | 'UO/week' | 'count';
}

/** Case A, the printed-circuit workshop (domain.md, table of case A). */
export const caseATargets: Target[] = [
  { figure: 'quoted cycle, internal client', kpi: 'quotedCycleDays.internal', observed: 103, tolerance: { rel: 0.05 }, unit: 'days' },
  { figure: 'quoted cycle, semi-external client', kpi: 'quotedCycleDays.semiExternal', observed: 65, tolerance: { rel: 0.05 }, unit: 'days' },
  { figure: 'quoted cycle, external client', kpi: 'quotedCycleDays.external', observed: 62, tolerance: { rel: 0.05 }, unit: 'days' },
  { figure: 'orders from internal clients', kpi: 'internalShare', observed: 0.4, tolerance: { abs: 0.03 }, unit: 'share' },
  { figure: 'delivery dates moved by the lanceur', kpi: 'dateChangedShare', observed: 0.5, tolerance: { abs: 0.05 }, unit: 'share' },
  { figure: 'launched above ordered', kpi: 'launchedOverRequested', observed: 0.2, tolerance: { abs: 0.02 }, unit: 'share' },
  { figure: 'defect rate', kpi: 'defectRate', observed: 0.1, tolerance: { abs: 0.01 }, unit: 'share' },
  { figure: 'capacity reserve held (next 15 days)', kpi: 'reserveShare', observed: 0.3, tolerance: { abs: 0.03 }, unit: 'share' },
  { figure: 'throughput', kpi: 'throughputUOPerWeek', observed: 800, tolerance: { rel: 0.05 }, unit: 'UO/week' },
  { figure: 'orders per week (537 in 4 months)', kpi: 'ordersPerWeek', observed: 31, tolerance: { rel: 0.1 }, unit: 'count' },
];

/** One row of the side-by-side table. */
export interface CalibrationRow {
  figure: string;
  kpi: string;
  observed: number;
  simulated: number;
  sd: number;
  low: number;
  high: number;
  pass: boolean;
  unit: Target['unit'];
}

/** The value of a (possibly derived) KPI from a report's KPIs and its measured days. */
export function kpiValue(k: Kpis, name: string, days: number): number {
  return flatKpiValue(flattenKpis(k), name, days);
}

/** The same as {@link kpiValue}, from KPIs already flattened with `flattenKpis`. */
export function flatKpiValue(flat: Record<string, number>, name: string, days: number): number {
  if (name === 'ordersPerWeek') return (flat.ordersReceived / days) * 7;
  if (!(name in flat)) throw new Error(`unknown KPI ${name}`);
  return flat[name];
}

/** The half-width of a target's tolerance band, in the figure's unit. */
export function toleranceHalfWidth(t: Target): number {
  return 'abs' in t.tolerance ? t.tolerance.abs : t.tolerance.rel * t.observed;
}

/** Compares the mean over runs of each target's KPI with the observed figure. */
export function compare(targets: Target[], runs: { kpis: Kpis; days: number }[]): CalibrationRow[] {
  return compareFlat(targets, runs.map((r) => ({ kpis: flattenKpis(r.kpis), days: r.days })));
}

/** The same as {@link compare}, from KPIs already flattened with `flattenKpis`. */
export function compareFlat(targets: Target[], flat: { kpis: Record<string, number>; days: number }[]): CalibrationRow[] {
  return targets.map((t) => {
    const xs = flat.map((r) => flatKpiValue(r.kpis, t.kpi, r.days));
    const m = mean(xs);
    const sdv = sd(xs);
    const half = toleranceHalfWidth(t);
    const low = t.observed - half;
    const high = t.observed + half;
    return { figure: t.figure, kpi: t.kpi, observed: t.observed, simulated: m, sd: sdv, low, high, pass: m >= low && m <= high, unit: t.unit };
  });
}

/** The targets a scenario's `calibration` names (none when it names none). */
export function targetsFor(calibration: 'caseA' | 'caseB' | undefined): Target[] {
  if (calibration === 'caseA') return caseATargets;
  if (calibration === 'caseB') return caseBTargets;
  return [];
}

/** Case B, the automotive supplier (domain.md, case B). */
export const caseBTargets: Target[] = [
  { figure: 'first-fit production held in stock', kpi: 'stockShareFirstFit', observed: 2 / 3, tolerance: { abs: 0.07 }, unit: 'share' },
  { figure: 'spare-parts production held in stock', kpi: 'stockShareSpareParts', observed: 0.95, tolerance: { abs: 0.05 }, unit: 'share' },
  { figure: 'changes accepted after the 24 h cut-off', kpi: 'changeRequests.afterCutoff', observed: 0, tolerance: { abs: 0 }, unit: 'count' },
];
