import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RANGES } from '../../src/scenario/ranges';
import { baseline } from '../helpers';

describe('the documented ranges', () => {
  const doc = readFileSync('docs/scenarios.md', 'utf8');

  for (const [name, r] of Object.entries(RANGES)) {
    it(`docs/scenarios.md gives the range ${name} as the code does`, () => {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `a row for ${name}`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim()).filter(Boolean);
      expect([Number(cells[cells.length - 2]), Number(cells[cells.length - 1])]).toEqual([r.min, r.max]);
    });
  }

  it('accepts both ends of a range and refuses just past them', () => {
    expect(baseline({ days: 3650, warmupDays: 730 }).days).toBe(3650);
    expect(() => baseline({ 'lanceur.pushBackDays': 366 })).toThrow(/lanceur\.pushBackDays: expected a number ≤ 365, got 366/);
    expect(() => baseline({ 'stations[0].uoPerHour': 0.0009 })).toThrow(/stations\[0\]\.uoPerHour: expected a number ≥ 0\.001/);
  });
});
