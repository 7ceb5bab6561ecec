import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCommand } from '../../src/cli/merge';
import { BASELINE, SHORT, sweep, tempDir } from './sweepFixture';

const ARGS = [BASELINE, '--vary', 'lanceur.quantityMargin=0,0.25', '--vary', 'lanceur.datePolicy=keep,level', '--runs', '3', '--seeds', 'independent', ...SHORT, '--quiet'];

describe('shards and merge', () => {
  it('shards merged give the same bytes as the whole sweep, in long, JSON and wide', async () => {
    const dir = tempDir();
    const whole = (format: string) => join(dir, `whole.${format}`);
    for (const format of ['long', 'json', 'wide']) {
      expect((await sweep([...ARGS, '--workers', '2', '--format', format, '--out', whole(format)])).code).toBe(0);
    }
    for (const format of ['long', 'json']) {
      const shards = [1, 2, 3].map((k) => join(dir, `shard-${k}.${format}`));
      for (const [i, out] of shards.entries()) {
        expect((await sweep([...ARGS, '--workers', '1', '--shard', `${i + 1}/3`, '--format', format, '--out', out])).code).toBe(0);
      }
      const shard2 = readFileSync(shards[1], 'utf8');
      expect(shard2).toContain('shard');
      const merged = join(dir, `merged.${format}`);
      expect(mergeCommand([shards[2], shards[0], shards[1], '--out', merged])).toBe(0);
      expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole(format), 'utf8'));
      const mergedWide = join(dir, `merged-${format}.wide`);
      expect(mergeCommand([...shards, '--format', 'wide', '--out', mergedWide])).toBe(0);
      expect(readFileSync(mergedWide, 'utf8')).toBe(readFileSync(whole('wide'), 'utf8'));
    }
  });

  it('refuses incomplete sets of shards and shards of another sweep', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const other = join(dir, 'other.csv');
    await sweep([...ARGS, '--shard', '1/2', '--out', a]);
    await sweep([...ARGS, '--shard', '2/2', '--out', b]);
    await sweep([...ARGS, '--seed-base', '9', '--shard', '2/2', '--out', other]);
    expect(() => mergeCommand([a])).toThrow(/shard\(s\) 2\/2 missing/);
    expect(() => mergeCommand([a, a])).toThrow(/is also/);
    expect(() => mergeCommand([a, other])).toThrow(/not a shard of the same sweep .*"command" differ/);
    expect(() => mergeCommand([a, join(dir, 'nope.csv')])).toThrow(/cannot read the shard/);
    expect(() => mergeCommand([a, b, '--format', 'xml'])).toThrow(/--format: expected one of/);
  });
});
