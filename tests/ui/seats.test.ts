import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { RunEngine } from '../../src/ui/model/engine';
import { parsePlay, seatsOf } from '../../src/ui/model/seats';
import { decodeSettings, encodeSettings } from '../../src/ui/model/settings';
import { InvalidAnswer } from '../../src/core/decisions';
import { replaySession } from '../../src/session/replay';
import { sessionSchema } from '../../src/session/session';

const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));

describe('seats', () => {
  it('reads play= from a link and back, and refuses an unknown name', () => {
    const s = decodeSettings('s=terssac-circuits&seed=3&play=lanceur,CM1');
    expect(s.play).toEqual(['lanceur', 'CM1']);
    expect(decodeSettings(encodeSettings(s)).play).toEqual(['lanceur', 'CM1']);
    expect(parsePlay(' commercial, ')).toEqual(['commercial']);
    const client = scenario.clients[0]!.id;
    expect(seatsOf(['commercial', client], scenario)).toEqual({ commercial: 'human', [client]: 'human' });
    expect(() => seatsOf(['boss'], scenario)).toThrow(/play: "boss" is neither a role nor an agent/);
  });

  it('holds the engine at a played decision; answers go on, are checked, and replay as a session', () => {
    const e = new RunEngine({ scenario, seed: 3, interventions: [], seats: { commercial: 'human' } });
    e.seekDay(5);
    const p = e.pending!;
    expect(p.kind).toBe('commercial.promise');
    expect(e.day).toBeLessThan(5);
    expect(() => e.answer({ day: 'x' })).toThrow(InvalidAnswer);
    expect(e.pending?.id).toBe(p.id);
    e.answer(p.suggestion, { note: 'why not', seconds: 2, via: 'person' });
    e.seekDay(5);
    expect(e.pending!.id).toBeGreaterThan(p.id);
    const session = e.recorder().toSession();
    expect(sessionSchema.safeParse(session).success).toBe(true);
    expect(session.decisions[0]).toMatchObject({ note: 'why not', seconds: 2, via: 'person' });
    const r = replaySession(session);
    expect(r.identical).toBe(true);
    // a rewind to day 0 and back gives the same pending decision (answers replayed)
    const id = e.pending!.id;
    e.seekDay(0);
    e.seekDay(5);
    expect(e.pending!.id).toBe(id);
  });
});

describe('role-play labels', () => {
  it('has the same keys in English and French, none empty', async () => {
    const { roleplayStrings } = await import('../../src/ui/i18n/roleplay');
    expect(Object.keys(roleplayStrings.fr).sort()).toEqual(Object.keys(roleplayStrings.en).sort());
    for (const table of [roleplayStrings.en, roleplayStrings.fr]) for (const v of Object.values(table)) expect(v.length).toBeGreaterThan(0);
  });
});
