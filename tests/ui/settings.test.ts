import { describe, expect, it } from 'vitest';
import { decodeSettings, encodeSettings, SettingsError, type RunSettings } from '../../src/ui/model/settings';
import { buildRunSpec } from '../../src/ui/model/runSpec';
import { ScenarioError } from '../../src/scenario/errors';

const settings: RunSettings = {
  scenario: 'terssac-circuits',
  seed: 7,
  levers: { 'lanceur.quantityMargin': 0.3, 'lanceur.datePolicy': 'keep' },
  interventions: [{ day: 40, path: 'lanceur.capacityReserve.share', value: 0.1 }],
  day: 120,
};

describe('share links', () => {
  it('decode what they encode', () => {
    expect(decodeSettings('#' + encodeSettings(settings))).toEqual(settings);
  });

  it('leave the day out when none is set, and read a link without d as "open at the end of the warm-up"', () => {
    const { day: _, ...noDay } = settings;
    expect(encodeSettings(noDay)).not.toMatch(/(^|&)d=/);
    expect(decodeSettings(encodeSettings(noDay))).toEqual(noDay);
    expect(decodeSettings('s=terssac-circuits&seed=1&d=0').day).toBe(0);
    expect(() => decodeSettings('s=terssac-circuits&seed=1&d=x')).toThrow(/^d:/);
  });

  it('carry a scenario loaded from disk, accents included', () => {
    const s = { ...settings, scenario: 'file:mine.json', file: '{"name": "atelier à façon"}' };
    expect(decodeSettings(encodeSettings(s))).toEqual(s);
  });

  it('refuse a bad seed with the part that is wrong', () => {
    expect(() => decodeSettings('s=terssac-circuits&seed=-2')).toThrow(SettingsError);
    expect(() => decodeSettings('s=terssac-circuits&seed=-2')).toThrow(/seed/);
    expect(() => decodeSettings('seed=1')).toThrow(/^s:/);
    expect(() => decodeSettings('s=x&seed=1&i=[{"day":1}]')).toThrow(/i\[0\]/);
  });

  it('refuse a lever outside its range with the scenario path', () => {
    const bad = { ...settings, levers: { 'lanceur.quantityMargin': 3 } };
    expect(() => buildRunSpec(bad)).toThrow(ScenarioError);
    expect(() => buildRunSpec(bad)).toThrow(/lanceur\.quantityMargin/);
  });

  it('refuse an unknown scenario name', () => {
    expect(() => buildRunSpec({ ...settings, scenario: 'nope' })).toThrow(/no scenario named "nope"/);
  });

  it('build a run with the levers applied', () => {
    const spec = buildRunSpec(settings);
    expect(spec.scenario.lanceur.quantityMargin).toBe(0.3);
    expect(spec.interventions).toHaveLength(1);
  });
});

describe('links and seeds (issue 11)', () => {
  it('carry the exact moment and the speed', () => {
    const s = { ...settings, day: 150, time: 150 * 24 + 10.416666666666666, speed: 46.1 };
    expect(decodeSettings(encodeSettings(s))).toEqual(s);
  });
  it('refuse an empty, missing, signed, fractional, exponent or absurd seed', () => {
    for (const seed of ['', ' ', '-1', '1.5', '1e3', '0x10', '99999999999999']) expect(() => decodeSettings(`s=terssac-circuits&seed=${encodeURIComponent(seed)}`), seed).toThrow(/^seed:/);
    expect(() => decodeSettings('s=terssac-circuits')).toThrow(/^seed: the seed is missing/);
    expect(decodeSettings('s=terssac-circuits&seed=2147483647').seed).toBe(2147483647);
  });
  it('the seed field refuses the same', async () => {
    const { parseSeed } = await import('../../src/ui/views/panels/scenarioView');
    for (const seed of ['', '  ', '-1', '1.5', '1e3', 'abc', '2147483648']) expect(typeof parseSeed(seed), seed).toBe('string');
    expect(parseSeed(' 42 ')).toBe(42);
  });
});
