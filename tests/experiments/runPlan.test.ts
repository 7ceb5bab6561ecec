import { describe, expect, it } from 'vitest';
import { inShard, parseShard, planRuns } from '../../src/experiments/runPlan';
import { runSeed } from '../../src/experiments/seeds';

describe('run order', () => {
  it('is repetition-major: every combination gets repetition r before any gets r + 1', () => {
    const runs = planRuns(3, 2, 1, 'common');
    expect(runs.map((r) => [r.run, r.combination, r.repetition])).toEqual([
      [0, 0, 0], [1, 1, 0], [2, 2, 0], [3, 0, 1], [4, 1, 1], [5, 2, 1],
    ]);
  });

  it('gives every combination the same seed for a repetition (common random numbers)', () => {
    const runs = planRuns(4, 3, 42, 'common');
    for (const r of runs) expect(r.seed).toBe(runs[r.repetition * 4].seed);
    expect(new Set(runs.map((r) => r.seed)).size).toBe(3);
  });

  it('gives every run its own seed under the independent policy', () => {
    expect(new Set(planRuns(4, 3, 42, 'independent').map((r) => r.seed)).size).toBe(12);
  });

  it('derives seeds that are whole 32-bit numbers, stable across versions', () => {
    expect(runSeed(1, 0, 0, 'common')).toBe(4120485292);
    expect(runSeed(1, 0, 5, 'common')).toBe(4120485292);
    for (let r = 0; r < 100; r++) {
      const s = runSeed(7, r, 0, 'common');
      expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    }
  });

  it('does not share seeds between nearby bases', () => {
    const a = new Set(planRuns(1, 50, 1, 'common').map((r) => r.seed));
    expect(planRuns(1, 50, 2, 'common').some((r) => a.has(r.seed))).toBe(false);
  });
});

describe('shards', () => {
  it('split the runs into n disjoint shares that cover them all', () => {
    const runs = planRuns(5, 7, 1, 'common');
    const shares = [1, 2, 3].map((index) => runs.filter((r) => inShard(r.run, { index, count: 3 })).map((r) => r.run));
    expect(shares.flat().sort((a, b) => a - b)).toEqual(runs.map((r) => r.run));
    expect(shares.map((s) => s.length)).toEqual([12, 12, 11]);
  });

  it('parse k/n and refuse the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(/expected k\/n/);
  });
});
