import { afterEach, describe, expect, it } from 'vitest';
import { decisions } from '../../src/agents/decisions/registry';
import { setLanguage } from '../../src/ui/i18n/i18n';
import { roleplayStrings } from '../../src/ui/i18n/roleplay';
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
