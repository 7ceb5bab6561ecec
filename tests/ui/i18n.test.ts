import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/ui/i18n/strings';
import { leverLabels } from '../../src/ui/i18n/leverLabels';
import { LEVERS } from '../../src/ui/model/levers';
import { PANEL_KPIS } from '../../src/ui/model/kpiRows';
import { GLOSSARY } from '../../src/ui/i18n/glossary';

describe('labels', () => {
  it('exist in both languages for every key', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(fr)) expect(v, k).not.toBe('');
  });

  it('name every lever, option and panel KPI in both languages', () => {
    const keys = [...LEVERS.flatMap((l) => [l.path, ...(l.kind === 'choice' ? l.options : [`unit.${l.unit}`])]), ...PANEL_KPIS.map(([k]) => k)];
    for (const lang of ['en', 'fr'] as const) for (const k of keys) expect(leverLabels[lang][k], `${lang} ${k}`).toBeTruthy();
  });

  it('define the glossary words in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThan(10);
    for (const g of GLOSSARY) expect(g.defEn && g.defFr && g.en && g.fr).toBeTruthy();
  });
});

describe('counts of orders', () => {
  it('take the singular by each language’s rule', async () => {
    const { ordersCount } = await import('../../src/ui/i18n/roleplay');
    const { setLanguage } = await import('../../src/ui/i18n/i18n');
    setLanguage('en');
    expect([0, 1, 2].map((k) => ordersCount(k))).toEqual(['0 orders', '1 order', '2 orders']);
    setLanguage('fr');
    expect([0, 1, 2].map((k) => ordersCount(k))).toEqual(['0 commande', '1 commande', '2 commandes']);
    setLanguage('en');
  });
});
