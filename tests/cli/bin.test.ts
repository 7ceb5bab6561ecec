import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = JSON.parse(readFileSync('package.json', 'utf8')).bin.negoplan as string;

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** The built command, (re)built as `npm install` does when missing or older than the sources. */
function built(): string {
  if (!existsSync(BIN) || statSync(BIN).mtimeMs < newest('src')) {
    const r = spawnSync(process.execPath, ['scripts/bundle.mjs'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  return BIN;
}

const run = (...argv: string[]) => spawnSync(process.execPath, argv, { encoding: 'utf8' });

describe('the built command (package.json bin)', () => {
  it('answers a run as the sources do, and runs a sweep on worker threads from the bundle', () => {
    const bin = built();
    const args = ['run', 'scenarios/terssac-circuits.json', '--days', '5', '--set', 'warmupDays=10', '--json'];
    const fromBin = run(bin, ...args);
    expect(fromBin.stderr).toBe('');
    expect(fromBin.status).toBe(0);
    const fromSources = run('--import', 'tsx', 'src/cli/main.ts', ...args);
    expect(JSON.parse(fromBin.stdout)).toEqual(JSON.parse(fromSources.stdout));

    const out = join(mkdtempSync(join(tmpdir(), 'negoplan-bin-')), 'sweep.csv');
    const sweep = run(bin, 'sweep', 'scenarios/terssac-circuits.json', '--vary', 'lanceur.quantityMargin=0,0.2', '--runs', '2', '--days', '5', '--set', 'warmupDays=0', '--workers', '2', '--quiet', '--out', out);
    expect(sweep.stderr).toBe('');
    expect(sweep.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((l) => /^\d/.test(l))).toHaveLength(4);
  });

  it('plays a .js strategy of one\'s own in a run and in a sweep\'s workers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-bin-'));
    const file = join(dir, 'launchAll.js');
    writeFileSync(file, 'export function plan(v) { return { launches: v.book.map((l) => ({ order: l.id, quantity: l.quantity, reserve: false })), moves: [], reserveHeld: 0, overdueUO: 0 }; }\n');
    const r = run(built(), 'run', 'scenarios/terssac-circuits.json', '--days', '30', '--json', '--strategy', `lanceur=${file}`);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).kpis.dateChangedShare).toBe(0);
    const sweep = run(built(), 'sweep', 'scenarios/terssac-circuits.json', '--runs', '2', '--days', '30', '--workers', '2', '--quiet', '--format', 'json', '--strategy', `lanceur=${file}`);
    expect(sweep.stderr).toBe('');
    const out = JSON.parse(sweep.stdout);
    expect(out.meta['strategy-lanceur']).toMatch(/launchAll\.js sha256 [0-9a-f]{64}$/);
    expect(out.runs.map((x: { kpis: { dateChangedShare: number } }) => x.kpis.dateChangedShare)).toEqual([0, 0]);
  });

  it('fuzzes from the bundle, in its own child process, as the sources do', () => {
    const fromBin = run(built(), 'fuzz', '--mutants', '40', '--seed', '5');
    expect(fromBin.stderr).toBe('');
    expect(fromBin.status).toBe(0);
    const fromSources = run('--import', 'tsx', 'src/cli/main.ts', 'fuzz', '--mutants', '40', '--seed', '5');
    const tally = (out: string) => out.trim().split('\n').pop();
    expect(tally(fromBin.stdout)).toMatch(/^40 mutants: \d+ refused with a path, \d+ ran clean, 0 crashed/);
    expect(tally(fromBin.stdout)).toBe(tally(fromSources.stdout));
  });

  it('says what is wrong in one line and exits 2 on a bad option', () => {
    const r = run(built(), 'run', 'scenarios/terssac-circuits.json', '--set', 'clients[2].kind=intern');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
