/**
 * What `fit` minimises. For targets t (a figure observed as o_t with a tolerance band of
 * half-width h_t, as in `calibrate`) and the mean m_t of the figure over the evaluation's K
 * common seeds, the loss is
 *
 *     L = Σ_t ((m_t − o_t) / h_t)²
 *
 * so a figure at the edge of its band costs 1, and L ≤ 1 means no figure is further than
 * its tolerance. A zero tolerance (case B's "no change accepted after the cut-off") counts
 * as h_t = 1 in the figure's unit. A figure that is NaN (no order delivered) makes L = +∞.
 * Also the target files of `fit --target FILE`. Pure.
 */
import { compareFlat, toleranceHalfWidth, type CalibrationRow, type Target } from '../metrics/calibration';
import { DesignError } from './errors';

/** The loss's scale for one target: its band's half-width, or 1 when the band is empty. */
export function lossScale(t: Target): number {
  const h = Math.abs(toleranceHalfWidth(t));
  return h > 0 ? h : 1;
}

/** The loss of one evaluation and the figures against the targets (means over its seeds). */
export interface FitScore {
  loss: number;
  rows: CalibrationRow[];
}

/** Scores one evaluation: the flattened KPIs of each seed's run, the runs' measured days. */
export function fitScore(targets: Target[], runs: readonly Record<string, number>[], days: number): FitScore {
  const rows = compareFlat(targets, runs.map((kpis) => ({ kpis, days })));
  let loss = 0;
  rows.forEach((r, i) => {
    loss += ((r.simulated - r.observed) / lossScale(targets[i])) ** 2;
  });
  return { loss: Number.isNaN(loss) ? Infinity : loss, rows };
}

const UNITS: readonly Target['unit'][] = ['days', 'share', 'UO/week', 'count'];

/**
 * The targets of a target file: `{"targets": [{"kpi", "observed", "tolerance": {"abs": x} | {"rel": x},
 * "figure"?, "unit"?}]}` (or the array alone). `kpi` is a flattened KPI name (`sweep`'s
 * columns) or `ordersPerWeek`; it is checked against `known`. A malformed file is a {@link DesignError}.
 */
export function parseTargets(text: string, name: string, known: ReadonlySet<string>): Target[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DesignError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list) || list.length === 0) throw new DesignError(`${name}: expected {"targets": [{"kpi": "onTimeRate", "observed": 0.9, "tolerance": {"abs": 0.05}}, …]}`);
  return list.map((t: Record<string, unknown>, i): Target => {
    const where = `${name}: targets[${i}]`;
    if (!t || typeof t !== 'object') throw new DesignError(`${where}: expected an object with kpi, observed and tolerance`);
    if (typeof t.kpi !== 'string' || !(known.has(t.kpi) || t.kpi === 'ordersPerWeek')) throw new DesignError(`${where}.kpi: expected a KPI name such as onTimeRate or leadTimeDays.all.mean, got ${JSON.stringify(t.kpi)}`);
    if (typeof t.observed !== 'number' || !Number.isFinite(t.observed)) throw new DesignError(`${where}.observed: expected a number, got ${JSON.stringify(t.observed)}`);
    const tol = t.tolerance as Record<string, unknown> | undefined;
    const kind = tol && typeof tol === 'object' ? Object.keys(tol) : [];
    if (kind.length !== 1 || !['abs', 'rel'].includes(kind[0]) || typeof tol![kind[0]] !== 'number' || !((tol![kind[0]] as number) >= 0)) {
      throw new DesignError(`${where}.tolerance: expected {"abs": x} or {"rel": x} with x ≥ 0, got ${JSON.stringify(t.tolerance)}`);
    }
    if (t.unit !== undefined && !UNITS.includes(t.unit as Target['unit'])) throw new DesignError(`${where}.unit: expected one of ${UNITS.join(', ')}, got ${JSON.stringify(t.unit)}`);
    const unit = (t.unit as Target['unit'] | undefined) ?? (t.observed >= 0 && t.observed <= 1 ? 'share' : 'count');
    const tolerance = kind[0] === 'abs' ? { abs: tol!.abs as number } : { rel: tol!.rel as number };
    return { figure: typeof t.figure === 'string' ? t.figure : t.kpi, kpi: t.kpi, observed: t.observed, tolerance, unit };
  });
}
