/**
 * A scenario's own words in the reader's language: its name, its description and its station
 * names from the file's `i18n` block when it has them for that language, else as written.
 * Own keys only (a station id such as `constructor` finds no inherited member). Pure.
 */
import type { Scenario } from '../../scenario/schema';
import type { LocaleText } from '../../scenario/i18nSchema';
import type { Language } from './language';

function locale(s: Scenario, lang: Language): LocaleText | undefined {
  return s.i18n && Object.hasOwn(s.i18n, lang) ? s.i18n[lang] : undefined;
}

/** The scenario's name in `lang` (its own name when the file gives none in that language). */
export function scenarioName(s: Scenario, lang: Language): string {
  return locale(s, lang)?.name ?? s.name;
}

/** The scenario's description in `lang` (its own when the file gives none in that language). */
export function scenarioDescription(s: Scenario, lang: Language): string {
  return locale(s, lang)?.description ?? s.description;
}

/** The name of station `index` in `lang`: the file's name in that language, its own name, or its id. */
export function stationName(s: Scenario, index: number, lang: Language): string {
  const st = s.stations[index];
  const names = locale(s, lang)?.stations;
  return names && Object.hasOwn(names, st.id) ? names[st.id] : st.name || st.id;
}
