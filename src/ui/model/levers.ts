/**
 * The strategy levers the panel shows: scenario paths with their kind, unit and range, in the
 * domain's five groups (buffers, stock, quality, commercial, changes). Shares are stored as
 * fractions and shown as percentages (`scale` 100). Pure data plus pure helpers.
 */
import { getPath } from '../../scenario/paths';
import type { Scenario } from '../../scenario/schema';

/** One lever of the strategy panel. */
export type LeverDef =
  | { path: string; group: LeverGroup; kind: 'number'; min: number; max: number; step: number; unit: string; scale: number }
  | { path: string; group: LeverGroup; kind: 'choice'; options: readonly string[] };

export type LeverGroup = 'buffers' | 'stock' | 'quality' | 'commercial' | 'changes';

const pct = (path: string, group: LeverGroup, max: number): LeverDef => ({ path, group, kind: 'number', min: 0, max, step: 0.01, unit: '%', scale: 100 });
const num = (path: string, group: LeverGroup, min: number, max: number, step: number, unit: string): LeverDef => ({ path, group, kind: 'number', min, max, step, unit, scale: 1 });
const choice = (path: string, group: LeverGroup, options: readonly string[]): LeverDef => ({ path, group, kind: 'choice', options });

/** Every lever, in display order. */
export const LEVERS: readonly LeverDef[] = [
  pct('lanceur.quantityMargin', 'buffers', 0.4),
  pct('lanceur.capacityReserve.share', 'buffers', 0.9),
  num('lanceur.capacityReserve.horizonDays', 'buffers', 1, 60, 1, 'days'),
  choice('lanceur.datePolicy', 'buffers', ['keep', 'advanceOnly', 'level']),
  choice('fabrication.derogationPolicy', 'quality', ['never', 'whenShort', 'always']),
  num('commercial.cycleDays.internal', 'commercial', 5, 200, 1, 'days'),
  num('commercial.cycleDays.semiExternal', 'commercial', 5, 200, 1, 'days'),
  num('commercial.cycleDays.external', 'commercial', 5, 200, 1, 'days'),
  num('commercial.orderBookTargetUOPerWeek', 'commercial', 100, 3000, 10, 'UO/week'),
  choice('commercial.quoting', 'commercial', ['imposed', 'loadAware']),
  num('changes.cutoffHours', 'changes', 0, 240, 1, 'h'),
  choice('lanceur.changePolicy', 'changes', ['acceptAll', 'counter', 'refuseAll']),
];

/** The stock lever of one product family: none, or a basis and a value. */
export interface FamilyStock {
  family: string;
  basis: 'none' | 'shareOfDemand' | 'daysOfCover';
  value: number;
}

/** The product families of a scenario, in first-seen order. */
export function familiesOf(s: Scenario): string[] {
  return [...new Set(s.products.map((p) => p.family))];
}

/** The scenario's stock policy per family. */
export function familyStocks(s: Scenario): FamilyStock[] {
  return familiesOf(s).map((family) => {
    const st = s.stocks.find((x) => x.family === family);
    return st ? { family, basis: st.basis, value: st.value } : { family, basis: 'none', value: 0 };
  });
}

/** The `stocks` array a set of family policies stands for (holding costs kept from `s`). */
export function stocksValue(s: Scenario, fams: FamilyStock[]): Scenario['stocks'] {
  return fams
    .filter((f) => f.basis !== 'none')
    .map((f) => ({ family: f.family, basis: f.basis as 'shareOfDemand' | 'daysOfCover', value: f.value, holdingCostPerUnitDay: s.stocks.find((x) => x.family === f.family)?.holdingCostPerUnitDay ?? 0.01 }));
}

/** The current value of every lever (plus `stocks`) in `s`. */
export function leverValues(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const l of LEVERS) out[l.path] = getPath(s, l.path);
  out.stocks = s.stocks;
  return out;
}

/** The levers whose value in `next` differs from `base` (deep comparison by JSON). */
export function changedLevers(base: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(base[k])) out[k] = v;
  return out;
}
