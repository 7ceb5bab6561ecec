import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { mutant } from '../../src/fuzz/mutate';
import { trial } from '../../src/fuzz/trial';

/**
 * The fuzz command's contract as properties: any mutant of a shipped scenario, and any
 * double (NaN, ±Infinity, subnormals, -0 included) put at any numeric field, is refused with
 * a path or runs sane a week.
 */
const bases = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, value: JSON.parse(readFileSync(`scenarios/${name}`, 'utf8')) as unknown }));
const clock = () => performance.now();
const sane = ['refused', 'clean'];

function numericPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'number') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => numericPaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numericPaths(x, [...path, k]));
  return [];
}

describe('bad input is refused with a path or runs sane (property)', () => {
  it('holds for seeded mutants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.nat(100_000), (seed, index) => {
        const m = mutant(bases, seed, index);
        const v = trial(m.value, clock);
        expect(sane, `${m.base}: ${m.what} -> ${v.outcome}: ${v.detail}`).toContain(v.outcome);
      }),
      { numRuns: 80, seed: 14 },
    );
  });

  it('holds for any double at any numeric field', () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.nat(), fc.double(), (b, at, x) => {
        const doc = structuredClone(bases[b].value) as Record<string, unknown>;
        const paths = numericPaths(doc);
        const path = paths[at % paths.length];
        let node = doc as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[path[path.length - 1]] = x;
        const v = trial(doc, clock);
        expect(sane, `${bases[b].name}: ${path.join('.')} = ${x} -> ${v.outcome}: ${v.detail}`).toContain(v.outcome);
      }),
      { numRuns: 120, seed: 14 },
    );
  });
});

describe('mutants are reproducible', () => {
  it('the same seed and index give the same mutant, another index another one', () => {
    const a = mutant(bases, 9, 123);
    expect(JSON.stringify(mutant(bases, 9, 123))).toBe(JSON.stringify(a));
    expect(JSON.stringify(bases[123 % bases.length].value)).not.toBe(JSON.stringify(a.value));
    expect(mutant(bases, 9, 124).what === a.what && mutant(bases, 10, 123).what === a.what).toBe(false);
  });
});
