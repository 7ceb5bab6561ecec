import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutput } from '../../src/experiments/output';
import { metaWithout } from '../../src/experiments/meta';
import { BASELINE, SHORT, sweep, tempDir } from './sweepFixture';

const ARGS = [BASELINE, '--vary', 'lanceur.quantityMargin=0:0.3:0.1', '--runs', '5', ...SHORT, '--quiet'];

function lines(file: string): number {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
}

describe('resume', () => {
  it('a resumed sweep equals an uninterrupted one (checkpoint cut short by hand)', async () => {
    const dir = tempDir();
    const whole = join(dir, 'whole.csv');
    const out = join(dir, 'out.csv');
    await sweep([...ARGS, '--workers', '2', '--out', whole]);
    const { meta, records } = parseOutput(readFileSync(whole, 'utf8'), whole);
    const done = [records[7], records[0], records[3], records[12]].map((r) => JSON.stringify(r));
    writeFileSync(`${out}.checkpoint.jsonl`, [JSON.stringify({ sweep: meta }), ...done, '{"run":5,"combin'].join('\n'));
    const r = await sweep([...ARGS, '--workers', '2', '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(existsSync(`${out}.checkpoint.jsonl`)).toBe(false);
    const again = await sweep([...ARGS, '--out', out, '--resume']);
    expect(again).toMatchObject({ code: 0, stderr: expect.stringContaining('already complete') });
  });

  it('Ctrl-C keeps the finished runs, and --resume completes them into the uninterrupted bytes', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    const whole = join(dir, 'whole.csv');
    const args = [BASELINE, '--vary', 'lanceur.quantityMargin=0:0.3:0.1', '--runs', '15', '--days', '60', '--set', 'warmupDays=0', '--workers', '2', '--out', out];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sweep', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        if (lines(`${out}.checkpoint.jsonl`) >= 6) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 10);
      child.on('exit', (c) => {
        clearInterval(poll);
        resolve(c);
      });
    });
    const partial = readFileSync(out, 'utf8');
    expect(code).toBe(130);
    expect(stderr).toMatch(/stopped: \d+ of 60 runs done; finish with the same command and --resume/);
    expect(partial).toMatch(/^# incomplete: \d+ of 60 runs done; finish with --resume$/m);
    expect(existsSync(`${out}.checkpoint.jsonl`)).toBe(true);
    const kept = parseOutput(partial, out).records.length;
    expect(kept).toBeGreaterThanOrEqual(5);
    expect(kept).toBeLessThan(60);
    expect((await sweep([...args, '--resume', '--quiet'])).code).toBe(0);
    expect((await sweep([...args.slice(0, -1), whole, '--quiet'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it('refuses to overwrite an interrupted sweep, and to resume another sweep', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    const whole = join(dir, 'whole.csv');
    await sweep([...ARGS, '--out', whole]);
    const { meta } = parseOutput(readFileSync(whole, 'utf8'), whole);
    writeFileSync(`${out}.checkpoint.jsonl`, JSON.stringify({ sweep: meta }) + '\n');
    expect((await sweep([...ARGS, '--out', out])).stderr).toMatch(/an interrupted sweep writes to .*add --resume to finish it/);
    const other = await sweep([...ARGS, '--runs', '6', '--out', out, '--resume']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/the interrupted sweep is not this one \(its "command" differs\)/);
    writeFileSync(`${out}.checkpoint.jsonl`, JSON.stringify({ sweep: metaWithout(meta, ['command']) }) + '\n');
    expect((await sweep([...ARGS, '--out', out, '--resume'])).code).toBe(2);
  });
});
