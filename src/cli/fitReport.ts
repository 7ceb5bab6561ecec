/**
 * What `fit` found, as data (`--json`) and as the text a researcher reads: the best values
 * beside their bounds and the scenario's own, then the figures against the targets in
 * `calibrate`'s table. Pure.
 */
import type { CalibrationRow } from '../metrics/calibration';
import type { FitParameter } from './fitOptions';
import { formatCalibration } from './format';

/** The result of a fit: the best point, its loss and figures, and what the search cost. */
export interface FitOutcome {
  params: FitParameter[];
  /** The best values, in the order of `params`. */
  values: number[];
  /** The scenario's values before the fit. */
  was: number[];
  loss: number;
  /** Distinct points evaluated, each over `seeds` common seeds. */
  evaluations: number;
  restarts: number;
  seeds: number;
  seconds: number;
  /** The best point's figures against the targets (means over the seeds). */
  rows: CalibrationRow[];
  /** Why the best point could not be scored (every point failed), else null. */
  error: string | null;
}

const show = (x: number) => String(Number(x.toPrecision(6)));

/** The text of a fit's result; `out` is the scenario file written, if any. */
export function formatFit(file: string, o: FitOutcome, out: string | undefined): string {
  const width = Math.max(...o.params.map((p) => p.path.length));
  const lines = [
    `fit: ${file} · ${o.params.length} parameter(s) · ${o.evaluations} evaluations × ${o.seeds} seeds (${o.evaluations * o.seeds} runs) · ${o.seconds.toFixed(1)} s · Nelder–Mead, ${o.restarts} restart(s)`,
    `best loss ${o.loss.toPrecision(4)} (Σ ((simulated − observed) / tolerance)²; ≤ 1: every figure within its tolerance)`,
    '',
    'best values',
    ...o.params.map((p, j) => `  ${p.path.padEnd(width)}  ${show(o.values[j]).padStart(10)}   in [${p.lo}, ${p.hi}]${p.integer ? ', whole numbers' : ''}   (the scenario's: ${show(o.was[j])})`),
    '',
  ];
  if (o.error) lines.push(`no point could be scored: ${o.error}`);
  else lines.push(formatCalibration('figures at the best values', o.rows, o.seeds));
  if (out) lines.push('', `wrote ${out}`);
  return lines.join('\n');
}
