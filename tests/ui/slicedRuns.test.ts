import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { SlicedRuns } from '../../src/ui/model/slicedRuns';
import { scenarioFile } from '../helpers';

describe('runs in slices (Compare)', () => {
  it('arrive at the same figures as runs in one go, reporting progress on the way', () => {
    const scenario = { ...scenarioFile('terssac-circuits.json'), warmupDays: 0, days: 120 };
    const whole = [1, 2].map((seed) => new Simulation(scenario, { seed, trace: false }));
    whole.forEach((s) => s.runToEnd());
    const sliced = new SlicedRuns([1, 2].map((seed) => new Simulation(scenario, { seed, trace: false })));
    // a fake wall clock that moves 1 ms per look: a budget of 1 ms is one week of each run per call
    let ms = 0;
    const now = () => ms++;
    const seen: number[] = [];
    while (!sliced.advance(1, now)) seen.push(sliced.done);
    expect(seen.length).toBe(17); // a week each per call: 120 days are 18 weeks
    expect(seen.every((d, i) => d > 0 && d < 1 && (i === 0 || d >= seen[i - 1]))).toBe(true);
    expect(sliced.done).toBe(1);
    expect(sliced.day).toBe(sliced.lastDay);
    expect(sliced.lastDay).toBe(119);
    sliced.sims.forEach((s, i) => expect(computeKpis(s)).toEqual(computeKpis(whole[i])));
  });
});
