import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOne } from '../../src/experiments/runOne';
import { runSeed } from '../../src/experiments/seeds';
import { loadScenario } from '../../src/scenario/load';
import { BASELINE, tempDir, tinyScenario } from './sweepFixture';
import { sim } from './sim';

const TRUTH = 0.12;
const SHORT = ['--days', '20', '--set', 'warmupDays=0'];

/** Figures simulated with lanceur.quantityMargin = TRUTH on seeds the fit does not use (base 99), written as a target file. */
function targetFile(dir: string): string {
  const scenario = { ...tinyScenario(), lanceur: { ...tinyScenario().lanceur, quantityMargin: TRUTH } };
  const runs = [0, 1, 2].map((r) => runOne(scenario, runSeed(99, r, 0, 'common')));
  const mean = (k: string) => runs.reduce((s, x) => s + x[k], 0) / runs.length;
  const file = join(dir, 'observed.json');
  writeFileSync(file, JSON.stringify({ targets: [{ figure: 'launched above ordered', kpi: 'launchedOverRequested', observed: mean('launchedOverRequested'), tolerance: { abs: 0.01 } }] }));
  return file;
}

describe('fit', () => {
  it('fit recovers a known parameter from figures simulated with it', () => {
    const dir = tempDir();
    const out = join(dir, 'best.json');
    const r = sim('fit', BASELINE, '--param', 'lanceur.quantityMargin=0:0.4', '--target', targetFile(dir), '--budget', '12', '--seeds', '3', ...SHORT, '--workers', '2', '--out', out, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.was).toEqual([0.2]);
    expect(Math.abs(result.values[0] - TRUTH)).toBeLessThan(0.01);
    expect(result.evaluations).toBeLessThanOrEqual(12);
    expect(result.rows[0].pass).toBe(true);
    expect(r.err).toMatch(/^fit: 1\/12 · loss /m);
    const written = loadScenario(readFileSync(out, 'utf8'));
    expect(written.lanceur.quantityMargin).toBe(result.values[0]);
    expect(written.days).toBe(364);
    expect(written.description).toMatch(/Fitted by negoplan fit \(lanceur\.quantityMargin=/);
    const journal = readFileSync(`${out}.journal.jsonl`, 'utf8').trim().split('\n');
    expect(journal).toHaveLength(1 + result.evaluations);
  }, 60_000);

  it('resumes from its journal: a fit of 6 points continued to 10 is the fit of 10', () => {
    const dir = tempDir();
    const target = targetFile(dir);
    const base = ['fit', BASELINE, '--param', 'lanceur.quantityMargin=0:0.4', '--target', target, '--seeds', '2', ...SHORT, '--workers', '2', '--json', '--quiet'];
    const whole = JSON.parse(sim(...base, '--budget', '10').out);
    const journal = join(dir, 'fit.jsonl');
    expect(sim(...base, '--budget', '6', '--journal', journal).code).toBe(0);
    const resumed = sim(...base.filter((a) => a !== '--quiet'), '--budget', '10', '--resume', journal);
    expect(resumed.code).toBe(0);
    expect(resumed.err.split('\n').filter((l) => l.includes('(from the journal)'))).toHaveLength(6);
    expect(resumed.err).toMatch(/^fit: 10\/10 · loss /m);
    const r = JSON.parse(resumed.out);
    expect([r.values, r.loss, r.evaluations, r.rows]).toEqual([whole.values, whole.loss, whole.evaluations, whole.rows]);
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(1 + 10);
    const other = sim(...base.map((a) => (a === '2' ? '3' : a)), '--budget', '10', '--resume', journal);
    expect(other.code).toBe(2);
    expect(other.err.trim()).toMatch(/^negoplan: --resume .*fit\.jsonl: the journal is of another fit \(its "command" differs\)/);
  }, 90_000);

  it('refuses an unknown path, lo ≥ hi and bounds out of the schema\'s range in one line, exit 2, writing nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'best.json');
    const cases: [string, RegExp][] = [
      ['lanceur.quantityMargn=0:0.4', /^negoplan: --param lanceur\.quantityMargn: no such parameter; nearest: lanceur\.quantityMargin/],
      ['lanceur.quantityMargin=0.4:0.1', /^negoplan: --param lanceur\.quantityMargin=0\.4:0\.1: expected lo < hi/],
      ['lanceur.quantityMargin=0:1.5', /^negoplan: --param lanceur\.quantityMargin=0:1\.5: the upper bound is out of the schema's range \(expected a number ≤ 1, got 1\.5\)/],
    ];
    for (const [param, message] of cases) {
      const r = sim('fit', BASELINE, '--param', param, '--target', 'calibration', '--out', out);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err.trim()).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.journal.jsonl`)).toBe(false);
  }, 60_000);
});
