/**
 * What the English and French transcript renderers share: the shape of a renderer table, the
 * list joiner, and a lever's name and value as the strategy panel shows them. Pure, no DOM.
 */
import type { LeverValue, TranscriptEntry, TranscriptKind, TranscriptParams } from '../../negotiation/transcript';
import { LEVERS } from '../model/levers';
import type { Language } from './language';
import { leverLabels } from './leverLabels';
import { count, hours, mark, num, percent, NBSP } from './numbers';

/**
 * How a scenario's string (a client, product, station or family id, an unknown lever path or
 * option) is set into a sentence: as it is, or isolated for bidirectional text (see bidi.ts).
 */
export type IdWrap = (id: string) => string;

/** One sentence per transcript kind, from the entry's parameters; `id` wraps each scenario string. */
export type TranscriptRenderers = { [K in TranscriptKind]: (p: TranscriptParams[K], id: IdWrap, e: TranscriptEntry<K>) => string };

/** `a, b and c` / `a, b et c`. */
export function joinList(parts: readonly string[], lang: Language): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${parts[parts.length - 1]}`;
}

/** Words quoted the language's way: “…” or « … ». */
export function quote(s: string, lang: Language): string {
  return lang === 'fr' ? `«${NBSP}${s}${NBSP}»` : `“${s}”`;
}

/** A lever's name, quoted, in `lang` (its path, through `id`, when unknown). */
export function leverName(path: string, lang: Language, id: IdWrap): string {
  return quote(leverLabels[lang][path] ?? id(path), lang);
}

/** A lever's value in `lang`, in the strategy panel's units: `30 %`, `15 days`, “level the load”. */
export function leverValue(path: string, value: LeverValue, lang: Language, id: IdWrap): string {
  const fr = lang === 'fr';
  const def = LEVERS.find((l) => l.path === path);
  if (typeof value === 'number') {
    if (def?.kind !== 'number') {
      if (/Days$/.test(path)) return count(value, lang, fr ? 'jour' : 'day', fr ? 'jours' : 'days');
      if (/Hours$/.test(path)) return hours(value, lang);
      return num(value, lang, 2);
    }
    if (def.scale === 100) return percent(value, lang);
    if (def.unit === 'days') return count(value, lang, fr ? 'jour' : 'day', fr ? 'jours' : 'days');
    return `${num(value, lang, 1)}${NBSP}${leverLabels[lang][`unit.${def.unit}`] ?? def.unit}`;
  }
  if (typeof value === 'boolean') return value ? (fr ? 'oui' : 'yes') : fr ? 'non' : 'no';
  if (typeof value === 'string') return quote(leverLabels[lang][value] ?? id(value), lang);
  if (path === 'stocks' && Array.isArray(value)) return stockPolicies(value, lang, id);
  return id(JSON.stringify(value));
}

function stockPolicies(value: readonly LeverValue[], lang: Language, id: IdWrap): string {
  const fr = lang === 'fr';
  const parts = value.map((v) => {
    const s = v as { family?: string; basis?: string; value?: number };
    const amount = s.basis === 'daysOfCover' ? count(s.value ?? 0, lang, fr ? 'jour de couverture' : 'day of cover', fr ? 'jours de couverture' : 'days of cover') : `${percent(s.value ?? 0, lang)} ${fr ? 'de la demande' : 'of demand'}`;
    return `${id(String(s.family))}${mark(':', lang)}${amount}`;
  });
  return parts.length ? parts.join(mark(';', lang)) : fr ? 'aucun stock' : 'no stock';
}
