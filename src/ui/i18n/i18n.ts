/**
 * The current language and the label lookup. Views call {@link t} when they render and
 * subscribe with {@link onLanguage} to re-render when it changes. Static DOM labels carry a
 * `data-i18n` attribute and are refreshed by {@link applyLabels}.
 */
import type { Language } from './language';
import { en, fr, type LabelKey } from './strings';
import { leverLabels } from './leverLabels';

let current: Language = 'en';
const listeners = new Set<(lang: Language) => void>();

/** The current language. */
export function language(): Language {
  return current;
}

/** Changes the language and notifies every listener. */
export function setLanguage(lang: Language): void {
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l(lang);
}

/** Calls `f` after every change of language; returns the unsubscribe function. */
export function onLanguage(f: (lang: Language) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/** The label `key` in the current language. */
export function t(key: LabelKey): string {
  return (current === 'fr' ? fr : en)[key];
}

/**
 * The lookup of a feature's own label tables (English and French with the same keys): the label
 * `key` in the current language, or the key itself when a table lacks it.
 */
export function labelTable<K extends string>(tables: { en: Record<K, string>; fr: Record<K, string> }): (key: K) => string {
  return (key) => (current === 'fr' ? tables.fr : tables.en)[key] ?? key;
}

/** A lever's or option's name in the current language (the path itself when unknown). */
export function tl(key: string): string {
  return leverLabels[current][key] ?? key;
}

/**
 * Sets the text of every `[data-i18n]` element under `root`, the `title` of every
 * `[data-i18n-title]` and the accessible name (`aria-label`) of every `[data-i18n-label]`.
 */
export function applyLabels(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n as LabelKey)));
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => (el.title = t(el.dataset.i18nTitle as LabelKey)));
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel as LabelKey)));
}
