import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/trace';
import { scenarioFile } from '../helpers';

/**
 * Golden trace digests: each scenario, seed 1, the first 120 days. A change of behaviour
 * changes them; update them on purpose, and say why in the commit.
 */
const golden: Record<string, string> = {
  'equipementier-auto-coproducer.json': '46b47dd5fb8c0367',
  'equipementier-auto-jit.json': '73ce8e8528e220e4',
  'equipementier-auto-never-derogate.json': '4ca1cb8173724b7d',
  'equipementier-auto-storm.json': '29deff559da3b393',
  'equipementier-auto.json': '41584653cabea617',
  'single-server-queue.json': '7fdda781e31df338',
  'terssac-circuits.json': '40bb65ad6793a522',
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
