/**
 * Numbers as a reader of each language writes them: `1,234.5` and `+26%` in English,
 * `1 234,5` and `+26 %` in French (a narrow no-break space between thousands, a no-break
 * space before `%`, `:`, `;` and a unit, so a line never breaks there). Pure functions, no DOM.
 */
import type { Language } from './language';

/** No-break space (U+00A0): before `%`, `:`, `;` and a unit in French, between a number and its unit in both. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F): the French thousands separator. */
export const NNBSP = '\u202f';
const MINUS = '\u2212';

/**
 * `n` rounded to at most `decimals` decimals, trailing zeros dropped, digits grouped by
 * three; a true minus sign; `–` when not finite. Deterministic (no Intl).
 */
export function num(n: number, lang: Language, decimals = 0): string {
  if (!Number.isFinite(n)) return '–';
  const fixed = Math.abs(n).toFixed(decimals);
  const negative = n < 0 && Number(fixed) !== 0;
  const [int, frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? NNBSP : ',');
  const decimalsShown = frac.replace(/0+$/, '');
  return (negative ? MINUS : '') + grouped + (decimalsShown ? (lang === 'fr' ? ',' : '.') + decimalsShown : '');
}

/** A share (0.26) as a percentage: `26%`, `26 %`. */
export function percent(share: number, lang: Language, decimals = 0): string {
  return num(share * 100, lang, decimals) + (lang === 'fr' ? NBSP + '%' : '%');
}

/** A relative change (`to / from − 1`) as a signed percentage: `+26%`, `−15 %`. */
export function change(from: number, to: number, lang: Language): string {
  const p = percent(to / from - 1, lang);
  return to > from && !p.startsWith('0') ? '+' + p : p;
}

/** A duration in hours with `decimals` decimals at most (one by default): `1.5 h`, `1,5 h`. */
export function hours(h: number, lang: Language, decimals = 1): string {
  return num(h, lang, decimals) + NBSP + 'h';
}

/** `n` and the word in the singular or the plural: `1 day`, `0 days`, `0 jour`, `3 jours` (`n` shown with {@link num}). */
export function count(n: number, lang: Language, one: string, many: string): string {
  const singular = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return num(n, lang) + NBSP + (singular ? one : many);
}

/** The punctuation `mark` (`:` or `;`) as the language sets it after a word: `: ` or ` : `. */
export function mark(m: ':' | ';', lang: Language): string {
  return lang === 'fr' ? `${NBSP}${m} ` : `${m} `;
}
