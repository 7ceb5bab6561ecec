/**
 * KPI rows for the panel and the comparison: the figures shown, their unit, and for a
 * calibrated scenario the paper's observed value beside the simulated one. Pure.
 */
import type { Kpis } from '../../metrics/kpis';
import { flattenKpis } from '../../metrics/report';
import { kpiValue, targetsFor } from '../../metrics/calibration';

/** How a value is shown. */
export type KpiUnit = 'share' | 'days' | 'UO/week' | 'count' | 'number';

/** One row: KPI name (dotted), simulated value, observed value when the case has one. */
export interface KpiRow {
  kpi: string;
  unit: KpiUnit;
  value: number;
  observed: number | null;
}

/** The KPIs the side panel shows, in order. */
export const PANEL_KPIS: readonly [string, KpiUnit][] = [
  ['ordersPerWeek', 'count'],
  ['throughputUOPerWeek', 'UO/week'],
  ['utilization', 'share'],
  ['wipOrdersMean', 'number'],
  ['onTimeRate', 'share'],
  ['onTimeRateVsFirstPromise', 'share'],
  ['leadTimeDays.all.mean', 'days'],
  ['quotedCycleDays.internal', 'days'],
  ['quotedCycleDays.semiExternal', 'days'],
  ['quotedCycleDays.external', 'days'],
  ['internalShare', 'share'],
  ['dateChangedShare', 'share'],
  ['launchedOverRequested', 'share'],
  ['defectRate', 'share'],
  ['reserveShare', 'share'],
  ['stockOnHandMean', 'number'],
  ['stockShareFirstFit', 'share'],
  ['stockShareSpareParts', 'share'],
  ['lineStoppages', 'count'],
  ['derogations.accepted', 'count'],
  ['changeRequests.asked', 'count'],
  ['trustMean', 'number'],
  ['clientsLost', 'count'],
  ['planVersions', 'count'],
];

/** The panel's rows for `kpis` measured over `days` days, with the case's observed figures. */
export function kpiRows(kpis: Kpis, days: number, calibration: 'caseA' | 'caseB' | undefined): KpiRow[] {
  const observed = new Map(targetsFor(calibration).map((t) => [t.kpi, t.observed]));
  return PANEL_KPIS.map(([kpi, unit]) => ({ kpi, unit, value: kpiValue(kpis, kpi, Math.max(days, 1e-9)), observed: observed.get(kpi) ?? null }));
}

/** One row of a comparison: both values and their difference (b − a). */
export interface CompareRow {
  kpi: string;
  a: number;
  b: number;
  diff: number;
}

/** Every numeric KPI of two runs, side by side. */
export function compareRows(a: Kpis, b: Kpis): CompareRow[] {
  const fa = flattenKpis(a);
  const fb = flattenKpis(b);
  return Object.keys(fa).map((kpi) => ({ kpi, a: fa[kpi], b: fb[kpi] ?? NaN, diff: (fb[kpi] ?? NaN) - fa[kpi] }));
}

/** A value as shown in its unit: shares as percentages, others with sensible decimals. */
export function formatValue(v: number | null, unit: KpiUnit): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (unit === 'share') return `${(v * 100).toFixed(1)} %`;
  if (unit === 'count') return Number.isInteger(v) ? String(v) : v.toFixed(1);
  if (unit === 'UO/week') return v.toFixed(0);
  return v.toFixed(v >= 100 ? 0 : 2);
}
