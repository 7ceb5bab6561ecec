import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';
import { scenarioFile } from '../helpers';

/**
 * Golden trace digests: each scenario, seed 1, the first 120 days. A change of behaviour
 * changes them; update them on purpose, and say why in the commit.
 */
const golden: Record<string, string> = {
  'equipementier-auto-coproducer.json': '2b9797e6dfceb9e0',
  'equipementier-auto-jit.json': 'e2851a0c3560c55f',
  'equipementier-auto-never-derogate.json': 'c89c42a0d7cd6bd8',
  'equipementier-auto-storm.json': 'a8e0a555ed30ea9f',
  'equipementier-auto.json': 'eac6b75e070a1d39',
  'single-server-queue.json': 'a422b9e3758721df',
  'terssac-circuits.json': '9dceaf71257d8695',
};

describe('golden trace digests', () => {
  it('covers every scenario of scenarios/', () => {
    expect(Object.keys(golden).sort()).toEqual(readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort());
  });

  for (const [file, digest] of Object.entries(golden)) {
    it(`${file}, seed 1, 120 days`, () => {
      const sim = new Simulation({ ...scenarioFile(file), warmupDays: 0, days: 120 }, { seed: 1 });
      sim.runToEnd();
      expect(traceDigest(sim.traceRecords)).toBe(digest);
    });
  }
});
