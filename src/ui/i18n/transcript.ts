/**
 * The transcript rendered: an entry's data as one line in English or French, prefixed with its
 * time and order, and the name of who speaks. Pure functions, no DOM: the app's views and the
 * command line use them alike.
 */
import type { TranscriptEntry } from '../../negotiation/transcript';
import type { Language } from './language';
import { transcriptEn } from './transcriptEn';
import { transcriptFr } from './transcriptFr';
import type { IdWrap, TranscriptRenderers } from './transcriptShared';

const TABLES: Record<Language, TranscriptRenderers> = { en: transcriptEn, fr: transcriptFr };

const ROLES: Record<Language, Record<string, string>> = {
  en: { commercial: 'commercial', lanceur: 'lanceur', fabrication: 'fabrication', world: 'world', trainer: 'trainer' },
  fr: { commercial: 'commercial', lanceur: 'lanceur', fabrication: 'fabrication', world: 'aléas', trainer: 'formateur' },
};

/** Who speaks, in `lang`: a role's name, or the client's id as it is. */
export function agentName(agent: string, lang: Language): string {
  return ROLES[lang][agent] ?? agent;
}

/** A time in hours as the transcript shows it: `day 34 09:00`, `jour 34 09:00`. */
export function formatWhen(time: number, lang: Language): string {
  const total = Math.round(time * 60);
  const day = Math.floor(total / 1440);
  const minutes = total - day * 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${lang === 'fr' ? 'jour' : 'day'} ${day} ${hh}:${mm}`;
}

const asIs: IdWrap = (s) => s;

/** The entry's sentence alone, in `lang`; `id` wraps each scenario string (as it is by default). */
export function renderSentence(e: TranscriptEntry, lang: Language, id: IdWrap = asIs): string {
  return (TABLES[lang][e.kind] as (p: unknown, id: IdWrap, e: TranscriptEntry) => string)(e.params, id, e);
}

/**
 * The entry as one line: `day 34 09:00 · order 0123 · …` / `jour 34 09:00 · commande 0123 · …`.
 * The views pass bidi.ts's `isolate` as `id`; the command line leaves strings as they are.
 */
export function renderEntry(e: TranscriptEntry, lang: Language = 'en', id: IdWrap = asIs): string {
  const order = e.order === null ? '' : `${lang === 'fr' ? 'commande' : 'order'} ${String(e.order).padStart(4, '0')} · `;
  return `${formatWhen(e.time, lang)} · ${order}${renderSentence(e, lang, id)}`;
}
