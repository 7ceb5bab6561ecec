/**
 * What each KPI means to a trainee beyond its name: its unit (a share shown as a percentage,
 * days, UO per week, a count, a plain number) and its direction (whether more is better, less
 * is better, or neither), so the side panel and Compare speak the same way and Compare can
 * colour a difference as better or worse rather than by its sign. One table for both. Pure.
 */
import type { KpiUnit } from './kpiRows';
import { PANEL_KPIS } from './kpiRows';

/** Whether a higher value is better (`up`), a lower one (`down`), or neither (null). */
export type KpiDirection = 'up' | 'down' | null;

const PANEL_UNITS = new Map<string, KpiUnit>(PANEL_KPIS);

/** The unit of `kpi` (a dotted KPI name): the panel's when it has one, else read from the name. */
export function unitOf(kpi: string): KpiUnit {
  const known = PANEL_UNITS.get(kpi);
  if (known) return known;
  const leaf = kpi.split('.')[0];
  if (/Share$|Rate|^utilization|Over/.test(leaf) || /^onTimeRateByKind/.test(kpi)) return 'share';
  if (/Days/.test(leaf)) return 'days';
  if (/UOPerWeek$/.test(leaf)) return 'UO/week';
  if (/^(derogations|changeRequests|lineStoppages|clientsLost|planVersions|orders$|ordersReceived|shortOrders)/.test(kpi)) return 'count';
  return 'number';
}

const UP = [/^throughputUOPerWeek$/, /^onTimeRate/, /^trustMean$/, /^derogations\.accepted$/, /^changeRequests\.accepted$/];
const DOWN = [/^leadTimeDays\./, /^defectRate$/, /^offSpecRate$/, /^scrapRate$/, /^clientsLost$/, /^lineStoppages$/, /^lostDemand/, /^datePostponedShare$/, /^dateChangedShare$/, /^lateOrders/, /^wipOrdersMean$/, /^changeRequests\.refused$/, /^derogations\.refused$/, /^shortOrders/];

/** The direction of `kpi` (see {@link KpiDirection}). */
export function directionOf(kpi: string): KpiDirection {
  if (UP.some((r) => r.test(kpi))) return 'up';
  if (DOWN.some((r) => r.test(kpi))) return 'down';
  return null;
}

/** Whether going from `a` to `b` on `kpi` is better, worse, or neither (same, no direction, no data). */
export function verdict(kpi: string, a: number, b: number): 'better' | 'worse' | null {
  const d = directionOf(kpi);
  if (d === null || !Number.isFinite(a) || !Number.isFinite(b) || a === b) return null;
  return (b > a) === (d === 'up') ? 'better' : 'worse';
}
