import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutput } from '../../src/experiments/output';
import { metaValue } from '../../src/experiments/meta';
import { morrisIndices } from '../../src/experiments/morris';
import { parseSalibProblem, parseSalibSample } from '../../src/experiments/salib';
import { BASELINE, SHORT, sweep, tempDir } from './sweepFixture';
import { sim } from './sim';

const SALIB = 'tests/fixtures/salib';

describe('sensitivity with SALib and Morris', () => {
  it('runs a SALib sample and writes the model output SALib analyze reads, row i for sample i', async () => {
    const dir = tempDir();
    const [out, y] = [join(dir, 'runs.csv'), join(dir, 'Y.txt')];
    const r = await sweep([BASELINE, '--design-file', `${SALIB}/sample-morris.txt`, '--salib-params', `${SALIB}/params.txt`, '--runs', '2', ...SHORT, '--workers', '2', '--quiet', '--out', out, '--salib-out', y, '--salib-kpi', 'launchedOverRequested', '--salib-kpi', 'onTimeRate']);
    expect(r.code).toBe(0);
    const { meta, paths, records } = parseOutput(readFileSync(out, 'utf8'), out);
    expect(metaValue(meta, 'design')).toBe('SALib sample');
    expect(metaValue(meta, 'salib-params-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(metaValue(meta, 'command')).toContain(`--design-file ${SALIB}/sample-morris.txt --salib-params ${SALIB}/params.txt`);
    expect(paths).toEqual(['lanceur.quantityMargin', 'lanceur.capacityReserve.share']);
    expect(records).toHaveLength(12);
    const text = readFileSync(y, 'utf8');
    expect(text).toContain('# columns: 0 launchedOverRequested, 1 onTimeRate');
    const rows = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(rows).toHaveLength(6);
    rows.forEach((row, c) => {
      const cells = row.split(' ').map(Number);
      expect(cells).toHaveLength(2);
      const mine = records.filter((x) => x.combination === c).map((x) => x.kpis!.launchedOverRequested);
      expect(cells[0]).toBe((mine[0] + mine[1]) / 2);
    });
    // What SALib's Morris analysis computes from X and Y: the margin drives launched-above-ordered, about 0.4 per whole interval.
    const problem = parseSalibProblem(readFileSync(`${SALIB}/params.txt`, 'utf8'), 'params.txt');
    const X = parseSalibSample(readFileSync(`${SALIB}/sample-morris.txt`, 'utf8'), 'x', problem).combinations as number[][];
    const [margin, reserve] = morrisIndices(X, rows.map((l) => Number(l.split(' ')[0])), problem.bounds.map(([min, max]) => ({ min, max })));
    expect(Math.abs(margin.muStar - 0.4)).toBeLessThan(0.03);
    expect(reserve.muStar).toBeLessThan(0.01);
  });

  it('refuses a sample that does not fit its problem file, and an unknown --salib-kpi, writing nothing', async () => {
    const dir = tempDir();
    const y = join(dir, 'Y.txt');
    const wide = await sweep([BASELINE, '--design-file', `${SALIB}/sample-morris.txt`, '--salib-params', 'tests/fixtures/salib/params-csv.txt', ...SHORT, '--quiet', '--salib-out', y, '--salib-kpi', 'happiness']);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/^--salib-kpi happiness: no such figure/);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sweep', BASELINE, '--design-file', `${SALIB}/params.txt`, '--salib-params', `${SALIB}/params.txt`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`negoplan: ${SALIB}/params.txt: line 1: expected 2 values (one per parameter of the problem file), got 3`);
    expect(existsSync(y)).toBe(false);
  });

  it('morris: μ*, μ and σ of each parameter on each figure, from a sweep of Morris trajectories', () => {
    const dir = tempDir();
    const out = join(dir, 'runs.json');
    const r = sim('morris', BASELINE, '--param', 'lanceur.quantityMargin=0:0.4', '--param', 'commercial.cycleDays.internal=60:120', '--param', 'lanceur.capacityReserve.share=0:0.5', '--trajectories', '4', '--kpi', 'launchedOverRequested', '--kpi', 'quotedCycleDays.internal', ...SHORT, '--workers', '2', '--quiet', '--out', out, '--format', 'json', '--json');
    expect(r.code).toBe(0);
    const { kpis, runs } = JSON.parse(r.out);
    expect(runs).toBe(16);
    const [launched, quoted] = kpis;
    const at = (t: { parameters: { path: string; muStar: number; mu: number; sigma: number }[] }, p: string) => t.parameters.find((x) => x.path === p)!;
    expect(Math.abs(at(launched, 'lanceur.quantityMargin').muStar - 0.4)).toBeLessThan(0.03);
    expect(at(launched, 'commercial.cycleDays.internal').muStar).toBe(0);
    // The quoted cycle of internal clients is the parameter itself: its effect is the whole interval, 60 days, with no spread.
    expect(at(quoted, 'commercial.cycleDays.internal').muStar).toBeCloseTo(60, 6);
    expect(at(quoted, 'commercial.cycleDays.internal').sigma).toBeCloseTo(0, 6);
    expect(at(quoted, 'lanceur.quantityMargin').muStar).toBe(0);
    const saved = parseOutput(readFileSync(out, 'utf8'), out);
    expect(metaValue(saved.meta, 'design')).toBe('Morris trajectories (4 of 4 points, 4 levels)');
    expect(metaValue(saved.meta, 'command')).toContain('--morris 4 --levels 4');
    const table = sim('morris', BASELINE, '--param', 'lanceur.quantityMargin=0:0.4', '--param', 'lanceur.capacityReserve.share=0:0.5', '--trajectories', '2', '--kpi', 'launchedOverRequested', ...SHORT, '--workers', '2', '--quiet');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/launchedOverRequested\n\s+parameter\s+μ\*\s+μ\s+σ\s+n\n\s+lanceur\.quantityMargin\s+0\.(39|4)\d*\s+0\.(39|4)\d*\s/);
  }, 90_000);
});
