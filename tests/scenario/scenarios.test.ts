import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { scenarioFile } from '../helpers';

describe('every scenario of scenarios/', () => {
  for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json'))) {
    it(`${file} loads and runs`, () => {
      const s = scenarioFile(file);
      expect(s.description.length).toBeGreaterThan(20);
      const sim = new Simulation({ ...s, days: 60 }, { trace: false });
      expect(sim.runToEnd()).toBe('until');
      const k = computeKpis(sim);
      expect(k.ordersReceived).toBeGreaterThan(0);
      expect(k.throughputUOPerWeek).toBeGreaterThan(0);
    });
  }
});
