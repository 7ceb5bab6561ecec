/**
 * Numbers as the trainees read them: through `Intl.NumberFormat` in the current language
 * (12 345,6 in French, 12,345.6 in English), with a fixed count of decimals, and percentages
 * as the side panel shows them. Formatters are cached per language and pattern.
 */
import { language } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(digits: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${language()}|${digits}|${style}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(language() === 'fr' ? 'fr-FR' : 'en-GB', { style, minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

/** `n` with `digits` decimals in the current language. */
export function formatNumber(n: number, digits = 0): string {
  return formatter(digits, 'decimal').format(n);
}

/** The fraction `f` (0–1) as a percentage with `digits` decimals in the current language. */
export function formatPercent(f: number, digits = 0): string {
  return formatter(digits, 'percent').format(f);
}
