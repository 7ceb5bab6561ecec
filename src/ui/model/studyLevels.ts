/**
 * The levels of a study's lever as a trainee writes them: numbers in the lever's unit as the
 * strategy panel shows it (a share in percent), separated the language's way (commas or spaces
 * in English; semicolons or spaces in French, where the comma is the decimal mark), and back
 * to the scenario's values (a share as a fraction). Pure.
 */
import type { Language } from '../i18n/language';
import { num } from '../i18n/numbers';
import type { LeverDef } from './levers';

/** A level that could not be read: its text and why (`bad`: not a number, `range`: outside the lever's range). */
export interface LevelProblem {
  text: string;
  why: 'bad' | 'range' | 'none';
}

/** Levels read from text: the values, or the first problem. */
export type LevelsRead = { values: number[] } | { problem: LevelProblem };

/** A shown value (percent for a share) as the scenario's value, without binary noise (12.5 % → 0.125). */
export function fromShown(x: number, scale: number): number {
  return scale === 1 ? x : Number((x / scale).toPrecision(12));
}

/** A scenario's value as shown (a fraction as percent), without binary noise (0.07 → 7). */
export function toShown(v: number, scale: number): number {
  return scale === 1 ? v : Number((v * scale).toPrecision(12));
}

/** Reads the levels of number lever `l` from `text` (see the file comment); duplicates are kept once, in order. */
export function readLevels(text: string, l: Extract<LeverDef, { kind: 'number' }>, lang: Language): LevelsRead {
  const parts = text.split(lang === 'fr' ? /[;\s]+/ : /[,;\s]+/).filter((s) => s !== '');
  if (parts.length === 0) return { problem: { text, why: 'none' } };
  const values: number[] = [];
  for (const part of parts) {
    const written = lang === 'fr' ? part.replace(',', '.') : part;
    const x = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(written) ? Number(written) : NaN;
    if (!Number.isFinite(x)) return { problem: { text: part, why: 'bad' } };
    const v = fromShown(x, l.scale);
    if (v < l.min || v > l.max) return { problem: { text: part, why: 'range' } };
    if (!values.includes(v)) values.push(v);
  }
  return { values };
}

/** Levels written back as text, in the lever's shown unit and the language's separators. */
export function writeLevels(values: readonly number[], l: Extract<LeverDef, { kind: 'number' }>, lang: Language): string {
  return values.map((v) => String(toShown(v, l.scale)).replace('.', lang === 'fr' ? ',' : '.')).join(lang === 'fr' ? ' ; ' : ', ');
}

/** Three levels around `current`: a quarter of the lever's range below and above, on its step, within its range. */
export function defaultLevels(l: Extract<LeverDef, { kind: 'number' }>, current: number): number[] {
  const quarter = (l.max - l.min) / 4;
  const onStep = (x: number) => Number((Math.round((x - l.min) / l.step) * l.step + l.min).toPrecision(12));
  const clamp = (x: number) => Math.min(l.max, Math.max(l.min, x));
  const levels = [clamp(onStep(current - quarter)), clamp(current), clamp(onStep(current + quarter))];
  return [...new Set(levels)].sort((a, b) => a - b);
}

/** The lever's range as shown: `0–40 %`, `1–60 days` (the unit given in the language). */
export function rangeText(l: Extract<LeverDef, { kind: 'number' }>, unit: string, lang: Language): string {
  return `${num(toShown(l.min, l.scale), lang, 2)}–${num(toShown(l.max, l.scale), lang, 2)}\u00a0${unit}`;
}
