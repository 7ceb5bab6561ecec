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
  'equipementier-auto-coproducer.json': 'b9f3ad945c9336a2',
  'equipementier-auto-jit.json': 'dbb161b8e963908f',
  'equipementier-auto-never-derogate.json': '0fa56f6e640f83cc',
  'equipementier-auto-storm.json': 'dde3a652de3ea74f',
  'equipementier-auto.json': '89540bad5a03a115',
  'single-server-queue.json': '7fdda781e31df338',
  'terssac-circuits.json': 'e71e4d8d17231d29',
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
