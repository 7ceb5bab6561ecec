/**
 * KPI rows for the panel and the comparison: the figures shown, their unit, and for a
 * calibrated scenario the paper's observed value beside the simulated one. A mean or a share
 * that rests on no observation (the quoted cycle of a client kind the scenario does not have,
 * the on-time rate before any delivery) has no value: the metrics report 0 there, the UI "–".
 * Pure.
 */
import type { SimState } from '../../agents/state';
import type { Language } from '../i18n/language';
import { num, percent } from '../i18n/numbers';
import { clientKinds } from '../../scenario/schema';
import type { Kpis } from '../../metrics/kpis';
import { flattenKpis } from '../../metrics/report';
import { flatKpiValue, targetsFor } from '../../metrics/calibration';

/** How a value is shown. */
export type KpiUnit = 'share' | 'days' | 'UO/week' | 'count' | 'number';

/** One row: KPI name (dotted), simulated value (null: no data), observed value when the case has one. */
export interface KpiRow {
  kpi: string;
  unit: KpiUnit;
  value: number | null;
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

/**
 * How many observations each mean or share rests on in `state`, counted over the same
 * measured window as the metrics (orders received after the warm-up of `warmupDays`, past
 * the commercial, not replenishments). KPIs not listed are counts or flows: always defined.
 */
export function kpiSupport(state: SimState, warmupDays: number): Record<string, number> {
  const orders = state.orders.filter((o) => o.receivedAt >= warmupDays * 24 && o.status !== 'received' && !o.replenishment);
  const delivered = orders.filter((o) => o.status === 'delivered');
  const count = <T>(xs: readonly T[], pred: (x: T) => boolean) => xs.reduce((n, x) => n + (pred(x) ? 1 : 0), 0);
  const support: Record<string, number> = {
    internalShare: orders.length,
    urgentShare: orders.length,
    onTimeRate: delivered.length,
    onTimeRateVsFirstPromise: delivered.length,
    'quotedCycleDays.urgent': count(orders, (o) => o.urgent),
    dateChangedShare: count(orders, (o) => o.reviewed || o.status !== 'booked'),
    launchedOverRequested: count(orders, (o) => o.launched > 0),
    defectRate: orders.reduce((n, o) => n + o.good + o.offSpec + o.scrap, 0),
    reserveShare: count(state.reserveDays, (d) => d >= warmupDays),
    stockShareFirstFit: count(delivered, (o) => o.family === 'firstFit'),
    stockShareSpareParts: count(delivered, (o) => o.family === 'spareParts'),
  };
  for (const [kpi, same] of [['dateChangedShare', ['dateAdvancedShare', 'datePostponedShare']], ['launchedOverRequested', ['launchedOverRequestedWithComplements']], ['defectRate', ['offSpecRate', 'scrapRate']]] as const)
    for (const k of same) support[k] = support[kpi];
  for (const k of clientKinds) {
    support[`quotedCycleDays.${k}`] = count(orders, (o) => o.kind === k && !o.urgent);
    support[`onTimeRateByKind.${k}`] = count(delivered, (o) => o.kind === k);
  }
  for (const k of ['all', ...clientKinds]) for (const stat of ['mean', 'p50', 'p90']) support[`leadTimeDays.${k}.${stat}`] = count(delivered, (o) => k === 'all' || o.kind === k);
  return support;
}

const hasData = (support: Record<string, number> | undefined, kpi: string) => support?.[kpi] !== 0;

/**
 * The panel's rows for `kpis` measured over `days` days, with the case's observed figures;
 * a KPI whose `support` (see {@link kpiSupport}) is 0 has the value null.
 */
export function kpiRows(kpis: Kpis, days: number, calibration: 'caseA' | 'caseB' | undefined, support?: Record<string, number>): KpiRow[] {
  const observed = new Map(targetsFor(calibration).map((t) => [t.kpi, t.observed]));
  const flat = flattenKpis(kpis);
  return PANEL_KPIS.map(([kpi, unit]) => ({ kpi, unit, value: hasData(support, kpi) ? flatKpiValue(flat, kpi, Math.max(days, 1e-9)) : null, observed: observed.get(kpi) ?? null }));
}

/** One row of a comparison: both values and their difference (b − a). */
export interface CompareRow {
  kpi: string;
  a: number;
  b: number;
  diff: number;
}

/** Every numeric KPI of two runs, side by side; NaN where a run has no data (see {@link kpiSupport}). */
export function compareRows(a: Kpis, b: Kpis, supportA?: Record<string, number>, supportB?: Record<string, number>): CompareRow[] {
  const fa = flattenKpis(a);
  const fb = flattenKpis(b);
  return Object.keys(fa).map((kpi) => {
    const va = hasData(supportA, kpi) ? fa[kpi] : NaN;
    const vb = hasData(supportB, kpi) ? (fb[kpi] ?? NaN) : NaN;
    return { kpi, a: va, b: vb, diff: vb - va };
  });
}

/**
 * A value as shown in its unit, in `lang`'s way of writing numbers (i18n/numbers.ts, one way
 * for the whole app): shares as percentages with one decimal at most, counts whole (one
 * decimal when not), UO per week whole, others with two decimals at most below 100 and none
 * above; trailing zeros dropped, so 65 and 62 read like 103.
 */
export function formatValue(v: number | null, unit: KpiUnit, lang: Language = 'en'): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (unit === 'share') return percent(v, lang, 1);
  if (unit === 'count') return num(v, lang, 1);
  if (unit === 'UO/week') return num(v, lang, 0);
  return num(v, lang, Math.abs(v) >= 100 ? 0 : 2);
}
