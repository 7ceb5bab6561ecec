import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutput } from '../../src/experiments/output';
import { metaValue } from '../../src/experiments/meta';
import { sim } from './sim';

describe('tournament', () => {
  const args = ['tournament', '--scenario', 'scenarios/terssac-circuits.json', '--strategy', 'lanceur=docs/examples/launchOnArrival.ts', '--runs', '3', '--days', '30', '--workers', '2'];

  it('plays the built-in lanceur and one of one\'s own on common seeds, with paired differences', () => {
    const r = sim(...args, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.entrants.map((e: { entrant: string }) => e.entrant).sort()).toEqual(['built-in', 'lanceur=docs/examples/launchOnArrival.ts']);
    const own = t.entrants.find((e: { entrant: string }) => e.entrant !== 'built-in');
    const builtIn = t.entrants.find((e: { entrant: string }) => e.entrant === 'built-in');
    expect(own.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(own.means.dateChangedShare).toBe(0);
    expect(builtIn.means.dateChangedShare).toBeGreaterThan(0);
    const d = own.differences.dateChangedShare;
    expect(d.mean).toBeCloseTo(-builtIn.means.dateChangedShare, 10);
    expect(d.low).toBeLessThan(d.mean);
    expect(d.high).toBeGreaterThan(d.mean);
    expect(d.n).toBe(3);
  });

  it('prints a readable ranking, and refuses an unknown figure in one line', () => {
    const r = sim(...args, '--kpi', 'dateChangedShare');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ranked by dateChangedShare/);
    expect(r.out).toMatch(/1\. lanceur=docs\/examples\/launchOnArrival\.ts\s+0\.000\s+-0\.\d+\s+\[-?\d/);
    const bad = sim(...args.slice(0, 7), '--runs', '1', '--days', '5', '--kpi', 'happiness');
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toMatch(/^negoplan: --kpi happiness: no such figure/);
  });

  it('writes its runs in the sweep\'s formats with the sweep\'s header, and still prints the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-tournament-'));
    const long = sim(...args, '--kpi', 'dateChangedShare', '--out', join(dir, 't.csv'));
    expect(long.code).toBe(0);
    expect(long.out).toMatch(/ranked by dateChangedShare/);
    const { meta, paths, records } = parseOutput(readFileSync(join(dir, 't.csv'), 'utf8'), 't.csv');
    expect(paths).toEqual(['entrant', 'scenario']);
    expect(metaValue(meta, 'command')).toBe('tournament --scenario scenarios/terssac-circuits.json --strategy lanceur=docs/examples/launchOnArrival.ts --runs 3 --seed-base 1 --days 30');
    expect(metaValue(meta, 'scenario-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(metaValue(meta, 'entrant-1')).toMatch(/^lanceur=docs\/examples\/launchOnArrival\.ts sha256 [0-9a-f]{64}$/);
    expect(records.map((r) => [r.run, r.combination, r.repetition])).toEqual([[0, 0, 0], [1, 1, 0], [2, 0, 1], [3, 1, 1], [4, 0, 2], [5, 1, 2]]);
    for (let i = 0; i < 6; i += 2) expect(records[i].seed).toBe(records[i + 1].seed);
    expect(records.filter((r) => r.combination === 1).map((r) => r.kpis!.dateChangedShare)).toEqual([0, 0, 0]);
    const wide = sim(...args, '--format', 'wide');
    expect(wide.code).toBe(0);
    expect(wide.out).toContain('# design: tournament');
    expect(wide.out.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '0,built-in,scenarios/terssac-circuits.json,3,0',
      '1,lanceur=docs/examples/launchOnArrival.ts,scenarios/terssac-circuits.json,3,0',
    ]);
  });
});
