/**
 * Numbers as a reader of each language writes them, through `Intl.NumberFormat` (one cached
 * formatter per language, style and decimals): `1,234.5` and `+26%` in English, `1 234,5` and
 * `+26 %` in French (the language's own separators and spaces). A no-break space between a
 * number and its unit, and before `:` and `;` in French, so a line never breaks there. No DOM;
 * the simulation never formats numbers, so a run stays deterministic whatever the browser's ICU.
 */
import type { Language } from './language';

/** No-break space (U+00A0): before `:`, `;` and a unit in French, between a number and its unit in both. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F): the French thousands separator (as Intl writes it). */
export const NNBSP = '\u202f';

type Style = 'decimal' | 'percent' | 'change';
const cache = new Map<string, Intl.NumberFormat>();

/** The formatter of `lang` for `style` with at most `decimals` decimals, made once and kept. */
function formatter(lang: Language, style: Style, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${decimals}`;
  let f = cache.get(key);
  if (!f) {
    // no "-0" for a small negative rounded to zero; a change is signed unless it rounds to zero
    // ('negative' is ES2023, which TypeScript's lib here does not type yet)
    const signDisplay = style === 'change' ? 'exceptZero' : 'negative';
    f = new Intl.NumberFormat(lang, { style: style === 'decimal' ? 'decimal' : 'percent', minimumFractionDigits: 0, maximumFractionDigits: decimals, signDisplay } as Intl.NumberFormatOptions);
    cache.set(key, f);
  }
  return f;
}

/**
 * `n` rounded to at most `decimals` decimals, trailing zeros dropped, digits grouped as the
 * language groups them; `–` when not finite.
 */
export function num(n: number, lang: Language, decimals = 0): string {
  return Number.isFinite(n) ? formatter(lang, 'decimal', decimals).format(n) : '–';
}

/** A share (0.26) as a percentage: `26%`, `26 %`; `–` when not finite. */
export function percent(share: number, lang: Language, decimals = 0): string {
  return Number.isFinite(share) ? formatter(lang, 'percent', decimals).format(share) : '–';
}

/** A relative change (`to / from − 1`) as a signed percentage: `+26%`, `-15 %`, `0%`. */
export function change(from: number, to: number, lang: Language): string {
  const r = to / from - 1;
  return Number.isFinite(r) ? formatter(lang, 'change', 0).format(r) : '–';
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
