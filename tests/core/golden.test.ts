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
  'equipementier-auto-coproducer.json': '1597ed672b4d01e8',
  'equipementier-auto-jit.json': 'd5932a73958ba7bc',
  'equipementier-auto-never-derogate.json': '9744a545cc11baf9',
  'equipementier-auto-storm.json': '45845dd0222b9724',
  'equipementier-auto.json': 'ea0d5dc102c5bd45',
  'single-server-queue.json': '3be27776b7b485bf',
  'terssac-circuits.json': '7eaa547305694db1',
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
