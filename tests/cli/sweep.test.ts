import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/scenario/schema';
import { BASELINE, SHORT, sweep, tempDir } from './sweepFixture';

const FACTORS = ['--vary', 'lanceur.quantityMargin=0:0.3:0.15', '--vary', 'lanceur.capacityReserve.share=0.1,0.3'];

describe('sweep', () => {
  it('writes the same bytes with 1 and 2 workers', async () => {
    const dir = tempDir();
    const base = [BASELINE, ...FACTORS, '--runs', '3', ...SHORT, '--quiet'];
    for (const format of ['long', 'json']) {
      const one = await sweep([...base, '--workers', '1', '--format', format, '--out', join(dir, `1.${format}`)]);
      const two = await sweep([...base, '--workers', '2', '--format', format, '--out', join(dir, `2.${format}`)]);
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(readFileSync(join(dir, `2.${format}`), 'utf8')).toBe(readFileSync(join(dir, `1.${format}`), 'utf8'));
    }
    const long = readFileSync(join(dir, '1.long'), 'utf8').split('\n');
    expect(long.filter((l) => /^\d/.test(l))).toHaveLength(18);
    expect(long).toContain('# runs: 18');
    expect(long.find((l) => l.startsWith('# command:'))).toBe(
      `# command: sweep ${BASELINE} --vary lanceur.quantityMargin=0:0.3:0.15 --vary lanceur.capacityReserve.share=0.1,0.3 --runs 3 --seed-base 1 --seeds common --days 20 --set warmupDays=0`,
    );
    expect(long.find((l) => l.startsWith('# scenario-sha256:'))).toMatch(/^# scenario-sha256: [0-9a-f]{64}$/);
    expect(existsSync(join(dir, '1.long.checkpoint.jsonl'))).toBe(false);
  });

  it('records each run with its seed, and one run reproduces it', async () => {
    const { stdout } = await sweep([BASELINE, '--vary', 'lanceur.quantityMargin=0,0.3', '--runs', '2', ...SHORT, '--workers', '1', '--quiet']);
    const [head, ...rows] = stdout.split('\n').filter((l) => !l.startsWith('#') && l !== '');
    const cols = head.split(',');
    const at = (row: string, col: string) => row.split(',')[cols.indexOf(col)];
    expect(rows.map((r) => at(r, 'combination'))).toEqual(['0', '1', '0', '1']);
    expect(at(rows[0], 'seed')).toBe(at(rows[1], 'seed'));
    expect(at(rows[2], 'seed')).not.toBe(at(rows[0], 'seed'));
    const alone = await sweep([BASELINE, '--set', 'lanceur.quantityMargin=0.3', ...SHORT, '--seed-base', '1', '--workers', '1', '--quiet']);
    const row = alone.stdout.split('\n').filter((l) => /^\d/.test(l))[0];
    expect(row.split(',').slice(4)).toEqual(rows[1].split(',').slice(5));
  });

  it('runs an LHS, a one-at-a-time and a design-file design', async () => {
    const dir = tempDir();
    const lhs = await sweep([BASELINE, '--lhs', '4', '--vary', 'lanceur.quantityMargin=0:0.4', ...SHORT, '--workers', '2', '--format', 'wide', '--quiet']);
    expect(lhs.stdout).toContain('# design: Latin hypercube');
    expect(lhs.stdout.split('\n').filter((l) => /^\d/.test(l))).toHaveLength(4);
    const oat = await sweep([BASELINE, '--oat', '--vary', 'lanceur.quantityMargin=0,0.2,0.4', '--vary', 'lanceur.datePolicy=keep,level', ...SHORT, '--format', 'wide', '--quiet']);
    const oatRows = oat.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').slice(0, 3).join(','));
    expect(oatRows).toEqual(['0,0.2,level', '1,0,level', '2,0.4,level', '3,0.2,keep']);
    writeFileSync(join(dir, 'd.csv'), 'lanceur.quantityMargin,lanceur.datePolicy\n0.05,keep\n0.35,advanceOnly\n');
    const file = await sweep([BASELINE, '--design-file', join(dir, 'd.csv'), ...SHORT, '--format', 'wide', '--quiet']);
    expect(file.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['0,0.05,keep', '1,0.35,advanceOnly']);
  });

  it('reports a crashed run with its seed, combination and a command that reproduces it, and goes on', async () => {
    const r = await sweep([BASELINE, '--vary', 'lanceur.quantityMargin=0,0.1,0.2', '--runs', '2', ...SHORT, '--workers', '2'], (p) => {
      p.scenarios[1] = { ...p.scenarios[1], clients: null } as unknown as Scenario;
    });
    expect(r.code).toBe(1);
    const seed0 = r.stdout.split('\n').find((l) => l.startsWith('0,'))!.split(',')[3];
    expect(r.stderr).toContain(`sweep: run 1 crashed (combination 1, repetition 0, seed ${seed0}): `);
    expect(r.stderr).toContain(`reproduce it with: npm run --silent sim -- run ${BASELINE} --seed ${seed0} --days 20 --set warmupDays=0 --set lanceur.quantityMargin=0.1`);
    expect(r.stderr).toContain('6 runs done, 2 crashed');
    const rows = r.stdout.split('\n').filter((l) => /^\d/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows.filter((l) => l.split(',')[1] === '1').every((l) => !l.endsWith(','))).toBe(true);
    expect(rows.filter((l) => l.split(',')[1] !== '1').every((l) => l.endsWith(','))).toBe(true);
  });

  it('stops a run that outlasts --timeout, records it as crashed and goes on', async () => {
    const r = await sweep([BASELINE, '--vary', 'lanceur.quantityMargin=0,0.1', '--runs', '2', ...SHORT, '--workers', '2', '--timeout', '2'], (p) => {
      p.scenarios[1] = { ...p.scenarios[1], days: 1e7 };
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/run 1 crashed \(combination 1, repetition 0, seed \d+\): timed out after 2 s/);
    expect(r.stderr).toMatch(/run 3 crashed \(combination 1, repetition 1, seed \d+\): timed out after 2 s/);
    expect(r.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.endsWith(','))).toEqual([true, false, true, false]);
  });

  it.each([
    [['--vary', 'lanceur.quantityMargn=0,0.1'], /no such parameter; nearest: lanceur.quantityMargin/],
    [['--vary', 'lanceur.quantityMargin=0:2:0.5'], /2 of 5 combination\(s\) refused before any run:\ncombination 3 \(lanceur.quantityMargin=1.5\): lanceur.quantityMargin: expected a number ≤ 1/],
    [['--vary', 'lanceur.quantityMargin=0:0.3'], /a range needs a step/],
    [['--vary', 'lanceur.quantityMargin=0,0.1', '--vary', 'lanceur.quantityMargin=0.2'], /varied twice/],
    [['--lhs', '5', '--oat'], /choose one design/],
    [['--shard', '3/2'], /--shard 3\/2: expected k\/n/],
    [['--shard', '1/2', '--format', 'wide'], /a shard must keep its runs/],
    [['--runs', '0'], /--runs: expected a whole number from 1/],
    [['--design-file', 'missing.csv'], /missing.csv: cannot read the design file/],
  ])('refuses %j with one message and writes nothing', async (args, message) => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    const r = await sweep([BASELINE, ...args, ...SHORT, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(out) || existsSync(`${out}.checkpoint.jsonl`)).toBe(false);
  });

  it('from the command line: a user error is one line on stderr, exit 2, no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sweep', BASELINE, '--vary', 'lanceur.quantityMargn=0,0.1'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^negoplan: --vary lanceur.quantityMargn: no such parameter; nearest: lanceur.quantityMargin[^\n]*\n$/);
  });
});
