import { afterEach, describe, expect, it } from 'vitest';
import { decisions } from '../../src/agents/decisions/registry';
import { setLanguage } from '../../src/ui/i18n/i18n';
import { roleplayStrings } from '../../src/ui/i18n/roleplay';
import { byStart } from '../../src/ui/views/sessions/disruptionForm';
import { decisionLabel } from '../../src/ui/views/sessions/takenOver';

afterEach(() => setLanguage('en'));

describe("the console's list of decisions taken over", () => {
  it("labels each decision by the role-play dialogs' title in the console's language, with its number", () => {
    expect(decisionLabel({ kind: 'commercial.promise', id: 3 })).toBe('Promise a date #3');
    setLanguage('fr');
    expect(decisionLabel({ kind: 'commercial.promise', id: 3 })).toBe('Promettre une date #3');
    for (const kind of Object.keys(decisions) as (keyof typeof decisions)[]) {
      for (const lang of ['en', 'fr'] as const) {
        setLanguage(lang);
        expect(decisionLabel({ kind, id: 12 }), `${lang} ${kind}`).toBe(`${roleplayStrings[lang][`kind.${kind}`]} #12`);
        expect(decisionLabel({ kind, id: 12 })).not.toContain(kind);
      }
    }
  });
});

describe("the console's list of disruptions given", () => {
  it('orders them by their start (day, then hour), those starting together in the order given, without changing the list given', () => {
    const given = [
      { day: 10, hour: 5, n: 0 },
      { day: 3, hour: 12, n: 1 },
      { day: 3, hour: 2.5, n: 2 },
      { day: 3, hour: 12, n: 3 },
      { day: 0, hour: 23, n: 4 },
      { day: 3, hour: 12, n: 5 },
    ];
    const copy = structuredClone(given);
    expect(byStart(given).map((d) => d.n)).toEqual([4, 2, 1, 3, 5, 0]);
    expect(given).toEqual(copy);
    expect(byStart([])).toEqual([]);
  });
});
