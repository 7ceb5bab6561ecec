import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/i18n/glossary';
import { entriesWithoutWords, termsIn } from '../../src/ui/i18n/glossaryTerms';

const found = (text: string, lang: 'en' | 'fr') => termsIn(text, lang).map((t) => [text.slice(t.start, t.end), GLOSSARY[t.entry].fr]);

describe('glossary terms in labels', () => {
  it('finds every entry by its words in both languages', () => {
    expect(entriesWithoutWords()).toEqual([]);
    expect(found('Capacity reserve for urgent orders', 'en')).toEqual([['Capacity reserve', 'réserve de capacité']]);
    expect(found('Réserve de capacité pour les urgences', 'fr')).toEqual([['Réserve de capacité', 'réserve de capacité']]);
    expect(found('throughput (UO/week)', 'en')).toEqual([['UO', "unité d'œuvre (UO)"]]);
    expect(found('quoted cycle, semi-external', 'en')).toEqual([['quoted cycle', 'délai annoncé']]);
    expect(found('orders from internal clients', 'en')).toEqual([['internal clients', 'client interne']]);
    expect(found("Lanceur's answer to changes", 'en')).toEqual([['Lanceur', 'lanceur']]);
    expect(found('Trust per client', 'en')).toEqual([['Trust', 'confiance']]);
    expect(found('dérogations acceptées', 'fr')).toEqual([['dérogations', 'dérogation']]);
    expect(found('first fit held in stock · spare parts held in stock', 'en')).toEqual([['first fit', 'première monte'], ['spare parts', 'pièces de rechange']]);
  });

  it('takes whole words only, the longest first, each entry once', () => {
    expect(found('semi-external clients and internal clients', 'en')).toEqual([['semi-external clients', 'client semi-externe'], ['internal clients', 'client interne']]);
    expect(found('distrust, trustee, UOs, PUO', 'en')).toEqual([]);
    expect(found('trust and trust again', 'en')).toEqual([['trust', 'confiance']]);
    expect(found('the lanceur', 'fr')).toEqual([['lanceur', 'lanceur']]);
    expect(found('no term here', 'en')).toEqual([]);
  });
});
