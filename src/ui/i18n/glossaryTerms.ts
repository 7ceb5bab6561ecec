/**
 * Where the glossary's terms appear in a label: the words that name each entry in English and
 * in French (singular and plural), and a pure search of a label for them, so a view can turn
 * each into a way into the glossary. The entries are those of {@link GLOSSARY}, by index.
 */
import { GLOSSARY } from './glossary';
import type { Language } from './language';

/** The words naming each entry (regular-expression sources, matched whole-word, any case), keyed by the French term. */
const WORDS: Record<string, { en: string[]; fr: string[] }> = {
  lanceur: { en: ['lanceur', 'production launcher'], fr: ['lanceur'] },
  "unité d'œuvre (UO)": { en: ['UO', 'work units?'], fr: ['UO', "unités? d['’]œuvre"] },
  dérogation: { en: ['derogations?'], fr: ['dérogations?'] },
  'hors norme': { en: ['off-spec'], fr: ['hors norme', 'hors spécification'] },
  rebut: { en: ['scrap'], fr: ['rebuts?'] },
  'carnet de commandes': { en: ['order book'], fr: ['carnet de commandes'] },
  'ordre de fabrication (OF)': { en: ['manufacturing orders?'], fr: ['ordres? de fabrication'] },
  'délai annoncé': { en: ['quoted cycles?'], fr: ['délais? annoncés?'] },
  'client interne': { en: ['internal clients?'], fr: ['clients? internes?'] },
  'client semi-externe': { en: ['semi-external clients?'], fr: ['clients? semi-externes?'] },
  "donneur d'ordre": { en: ['order-givers?'], fr: ["donneurs? d['’]ordres?"] },
  'co-producteur': { en: ['co-producers?'], fr: ['co-producteurs?'] },
  'réserve de capacité': { en: ['capacity reserve'], fr: ['réserve de capacité'] },
  'marge de quantité': { en: ['quantity margin'], fr: ['marge de quantité'] },
  'juste-à-temps': { en: ['just-in-time'], fr: ['juste-à-temps'] },
  'première monte': { en: ['first fit'], fr: ['première monte'] },
  'pièces de rechange': { en: ['spare parts'], fr: ['pièces de rechange'] },
  'délai limite (24 h)': { en: ['change cut-off', 'cut-off'], fr: ['délai limite'] },
  'version du plan': { en: ['plan versions?'], fr: ['versions? du plan'] },
  confiance: { en: ['trust'], fr: ['confiance'] },
};

/** One term found in a label: characters [start, end) name glossary entry `entry`. */
export interface TermAt {
  start: number;
  end: number;
  entry: number;
}

const patterns = new Map<Language, RegExp>();

/** One expression per language: every entry's words as a named alternative, longest first. */
function pattern(lang: Language): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const alts = GLOSSARY.flatMap((g, i) => (WORDS[g.fr]?.[lang] ?? []).map((w) => ({ w, i }))).sort((a, b) => b.w.length - a.w.length);
    const body = alts.map(({ w, i }, k) => `(?<e${i}_${k}>${w})`).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu');
    patterns.set(lang, re);
  }
  return re;
}

/** The glossary terms in `text` (in `lang`), in order, each entry at most once, none overlapping. */
export function termsIn(text: string, lang: Language): TermAt[] {
  const out: TermAt[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(pattern(lang))) {
    const name = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (!name) continue;
    const entry = Number(/^e(\d+)_/.exec(name)![1]);
    if (seen.has(entry)) continue;
    seen.add(entry);
    out.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return out;
}

/** The entries of {@link GLOSSARY} without words to find them by (for a test: none). */
export function entriesWithoutWords(): string[] {
  return GLOSSARY.filter((g) => !WORDS[g.fr]).map((g) => g.fr);
}
