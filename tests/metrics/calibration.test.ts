import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { compare, caseATargets } from '../../src/metrics/calibration';
import { scenarioFile } from '../helpers';

describe('calibration on de Terssac case A', () => {
  const s = scenarioFile('terssac-circuits.json');
  const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => {
    const sim = new Simulation(s, { seed, trace: false });
    sim.runToEnd();
    return { kpis: computeKpis(sim), days: s.days };
  });

  for (const row of compare(caseATargets, runs)) {
    it(`reproduces "${row.figure}" (${row.observed}) within tolerance over seeds 1-10`, () => {
      expect(row.simulated).toBeGreaterThanOrEqual(row.low);
      expect(row.simulated).toBeLessThanOrEqual(row.high);
    });
  }

  it('moves dates through the lanceur, not by drawing them: with the keep policy none move', () => {
    const sim = new Simulation({ ...s, lanceur: { ...s.lanceur, datePolicy: 'keep' } }, { seed: 1, trace: false });
    sim.runToEnd();
    expect(computeKpis(sim).dateChangedShare).toBe(0);
  });

  it('holds more reserve, and postpones more, when the reserve lever is raised', () => {
    const sim = new Simulation({ ...s, lanceur: { ...s.lanceur, capacityReserve: { share: 0.45, horizonDays: 15 } } }, { seed: 1, trace: false });
    sim.runToEnd();
    const k = computeKpis(sim);
    expect(k.reserveShare).toBeGreaterThan(runs[0].kpis.reserveShare + 0.05);
    expect(k.datePostponedShare).toBeGreaterThan(runs[0].kpis.datePostponedShare + 0.1);
  });
});
