import { describe, expect, it } from 'vitest';
import { parseSessionLink } from '../../src/ui/model/sessionLinks';
import { decodeSettings } from '../../src/ui/model/settings';
import { sessionStrings } from '../../src/ui/i18n/sessions';

describe('sessions links', () => {
  it('names the join, invite and console pages, and leaves run links to the run router', () => {
    expect(parseSessionLink('#join=ab12cd34')).toEqual({ page: 'join', code: 'AB12CD34' });
    expect(parseSessionLink('#invite=Abc_-9')).toEqual({ page: 'invite', token: 'Abc_-9' });
    expect(parseSessionLink('#invite=<script>')).toBeNull();
    expect(parseSessionLink('#console')).toEqual({ page: 'console', id: null });
    expect(parseSessionLink('#console=XyZ')).toEqual({ page: 'console', id: 'XyZ' });
    expect(parseSessionLink('#s=terssac-circuits&seed=3&play=commercial')).toBeNull();
    expect(parseSessionLink('')).toBeNull();
    expect(() => decodeSettings('#s=terssac-circuits&seed=3')).not.toThrow();
  });

  it('has every label in English and French', () => {
    expect(Object.keys(sessionStrings.fr).sort()).toEqual(Object.keys(sessionStrings.en).sort());
    for (const table of [sessionStrings.en, sessionStrings.fr]) for (const v of Object.values(table)) expect(v.length).toBeGreaterThan(0);
  });
});
