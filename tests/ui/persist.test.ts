import { beforeEach, describe, expect, it } from 'vitest';
import { KEY, readSaved, REJECTED_KEY, save, savedProblem } from '../../src/ui/app/persist';

/** The browser's localStorage, in memory (Node has none): the module under test is real. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, String(v));
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

const good = { settings: { scenario: 'terssac-circuits', seed: 1, levers: { 'lanceur.quantityMargin': 0.3 }, interventions: [], day: 40 }, language: 'fr', tab: 'plan', speed: 7 };
const store = () => (globalThis as unknown as { localStorage: MemoryStorage }).localStorage;

beforeEach(() => {
  (globalThis as unknown as { localStorage: MemoryStorage }).localStorage = new MemoryStorage();
});

describe('the saved record is input too', () => {
  it('reads a valid record back as it was saved', () => {
    store().setItem(KEY, JSON.stringify(good));
    expect(readSaved()).toEqual({ saved: good, text: JSON.stringify(good) });
    expect(store().getItem(REJECTED_KEY)).toBeNull();
  });

  it.each([
    ['settings.day "x" (froze the page)', { ...good, settings: { ...good.settings, day: 'x' } }, 'settings.day: expected number, got "x"'],
    ['speed "fast" (froze at the first Play)', { ...good, speed: 'fast' }, 'speed: expected number, got "fast"'],
    ['a speed of 1e9 days per second', { ...good, speed: 1e9 }, 'speed: expected a number ≤ 120, got 1000000000'],
    ['language "de" (broke the start)', { ...good, language: 'de' }, 'language: expected one of en, fr, got "de"'],
    ['an unknown tab', { ...good, tab: 'nope' }, 'tab: expected one of workshop, plan, transcript, charts, strategy, compare, experiments, scenario, glossary, got "nope"'],
    ['a negative seed', { ...good, settings: { ...good.settings, seed: -1 } }, 'settings.seed: expected a number ≥ 0, got -1'],
    ['an intervention without a value', { ...good, settings: { ...good.settings, interventions: [{ day: 3, path: 'lanceur.quantityMargin' }] } }, 'settings.interventions[0].value: expected a value, but it is missing'],
    ['an unknown field', { ...good, extra: 1 }, 'extra: unknown field "extra"'],
    ['a list instead of a record', [1, 2], 'the record: expected object, got [1,2]'],
  ])('refuses %s, names where and what was expected, and keeps the record aside', (_, record, problem) => {
    const text = JSON.stringify(record);
    store().setItem(KEY, text);
    expect(savedProblem(text)).toMatch(new RegExp('^' + problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const read = readSaved();
    expect(read.saved).toEqual({});
    expect(read.rejected?.problem).toBe(savedProblem(text));
    expect(read.rejected?.text).toBe(text);
    expect(store().getItem(KEY)).toBeNull();
    expect(store().getItem(REJECTED_KEY)).toBe(text);
  });

  it('refuses a record that is not JSON, and a lever named __proto__ that a record would drop silently', () => {
    expect(savedProblem('{"settings":')).toBe('the record is not valid JSON');
    const proto = JSON.stringify(good).replace('"levers":{', '"levers":{"__proto__":{"x":1},');
    expect(JSON.parse(proto).settings.levers).toHaveProperty('__proto__');
    expect(savedProblem(proto)).toBe('settings.levers: "__proto__" is not a parameter path');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('does not overwrite a refused record when the app saves the next run', () => {
    const bad = JSON.stringify({ ...good, speed: 'fast' });
    store().setItem(KEY, bad);
    readSaved();
    save({ settings: good.settings, speed: 7 });
    expect(store().getItem(REJECTED_KEY)).toBe(bad);
    expect(JSON.parse(store().getItem(KEY)!)).toEqual({ settings: good.settings, speed: 7 });
  });

  it('never throws when storage is missing', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(readSaved()).toEqual({ saved: {} });
    expect(() => save({ speed: 3 })).not.toThrow();
  });
});
