/**
 * The values a factor takes, written on the command line: a list (`0,0.1,0.2`,
 * `keep,level`), a stepped range (`0:0.3:0.05`, both ends included) or, for Latin
 * hypercube sampling, an interval (`0:0.3`). Pure.
 */
import { parseValue } from '../scenario/paths';
import { DesignError } from './errors';

/** One `--vary path=values` as written: the parameter path and the text of its values. */
export interface Vary {
  path: string;
  spec: string;
}

/** Splits `path=values`; a missing path or values is a {@link DesignError}. */
export function splitVary(text: string): Vary {
  const i = text.indexOf('=');
  if (i <= 0 || i === text.length - 1) {
    throw new DesignError(`--vary ${text}: expected path=values, for example lanceur.quantityMargin=0,0.1,0.2 or lanceur.quantityMargin=0:0.3:0.05`);
  }
  return { path: text.slice(0, i), spec: text.slice(i + 1) };
}

function number(text: string, what: string, vary: Vary): number {
  const x = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(x)) throw new DesignError(`--vary ${vary.path}=${vary.spec}: ${what} "${text}" is not a number`);
  return x;
}

/** Decimal places needed to write `x` exactly (0.05 → 2, 1e-7 → 7, 3 → 0). */
export function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * The values of `start:end:step`, both ends included when the step lands on `end`. Each is
 * computed as start + i × step and rounded to the decimals of start and step, so
 * `0:0.3:0.1` gives 0, 0.1, 0.2, 0.3 and never 0.30000000000000004.
 */
export function steppedRange(start: number, end: number, step: number): number[] {
  const count = Math.floor((end - start) / step + 1e-9) + 1;
  const decimals = Math.min(15, Math.max(decimalsOf(start), decimalsOf(step)));
  return Array.from({ length: count }, (_, i) => Number((start + i * step).toFixed(decimals)));
}

/** The levels of a factor: a list or a stepped range (see the file comment). */
export function parseLevels(vary: Vary): unknown[] {
  const parts = vary.spec.split(':');
  if (parts.length === 1) {
    const items = vary.spec.split(',');
    if (items.some((s) => s.trim() === '')) throw new DesignError(`--vary ${vary.path}=${vary.spec}: an empty value in the list`);
    return items.map((s) => parseValue(s.trim()));
  }
  if (parts.length === 2) {
    throw new DesignError(`--vary ${vary.path}=${vary.spec}: a range needs a step, start:end:step (an interval min:max is for --lhs)`);
  }
  if (parts.length > 3) throw new DesignError(`--vary ${vary.path}=${vary.spec}: expected start:end:step`);
  const [start, end, step] = [number(parts[0], 'start', vary), number(parts[1], 'end', vary), number(parts[2], 'step', vary)];
  if (step <= 0) throw new DesignError(`--vary ${vary.path}=${vary.spec}: the step must be positive, got ${step}`);
  if (end < start) throw new DesignError(`--vary ${vary.path}=${vary.spec}: the end ${end} is below the start ${start}`);
  const values = steppedRange(start, end, step);
  if (values.length > 100_000) throw new DesignError(`--vary ${vary.path}=${vary.spec}: ${values.length} values; is the step right?`);
  return values;
}

/** An interval `min:max` for Latin hypercube sampling (or the design `flag` names), with min < max. */
export function parseInterval(vary: Vary, flag = '--lhs'): { min: number; max: number } {
  const parts = vary.spec.split(':');
  if (parts.length !== 2) throw new DesignError(`--vary ${vary.path}=${vary.spec}: with ${flag}, expected an interval min:max, for example 0:0.4`);
  const min = number(parts[0], 'min', vary);
  const max = number(parts[1], 'max', vary);
  if (!(max > min)) throw new DesignError(`--vary ${vary.path}=${vary.spec}: the max must be above the min`);
  return { min, max };
}

/** Every path at most once: varying the same parameter twice is a {@link DesignError}. */
export function checkDistinct(paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) throw new DesignError(`--vary ${p}: the same parameter is varied twice`);
    seen.add(p);
  }
}
