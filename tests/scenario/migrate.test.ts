import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, validateScenario, SCHEMA_VERSION } from '../../src/scenario/load';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';

const text = readFileSync('scenarios/equipementier-auto.json', 'utf8');

describe('schema version 2: the strategies block', () => {
  it('is filled with the former constants, so a version 1 file loads and runs as before', () => {
    expect(SCHEMA_VERSION).toBe(2);
    const v1 = { ...JSON.parse(text), schemaVersion: 1 };
    const fromV1 = validateScenario(v1, 'v1.json');
    const current = loadScenario(text);
    expect(fromV1).toEqual(current);
    expect(current.strategies.client.acceptCounterChance).toEqual({ orderGiver: 0.45, coProducer: 0.85 });
    expect(current.strategies.lanceur.counterDeadlineHours).toBe(48);
    const run = (s: typeof current) => {
      const sim = new Simulation({ ...s, warmupDays: 0, days: 60 }, { seed: 5 });
      sim.runToEnd();
      return traceDigest(sim.traceRecords);
    };
    expect(run(fromV1)).toBe(run(current));
  });

  it('refuses a bad parameter with its path', () => {
    const bad = { ...JSON.parse(text), strategies: { client: { acceptCounterChance: { orderGiver: 1.5, coProducer: 0.5 } } } };
    expect(() => validateScenario(bad, 'b.json')).toThrow(/b\.json: strategies\.client\.acceptCounterChance\.orderGiver: expected a number ≤ 1, got 1\.5/);
    expect(() => validateScenario({ ...JSON.parse(text), strategies: { lanceur: { counterDelay: 3 } } }, 'b.json')).toThrow(/strategies\.lanceur: unknown field "counterDelay"/);
  });

  it('drives the automatic strategies: clients that never take a counter accept none', () => {
    const counters = (chance: number) => {
      const s = validateScenario({ ...JSON.parse(text), days: 120, strategies: { client: { acceptCounterChance: { orderGiver: chance, coProducer: chance } } } });
      const sim = new Simulation(s, { seed: 2 });
      sim.runToEnd();
      const answered = sim.proposals.filter((p) => p.replyTo !== null && p.status !== 'open');
      return { answered: answered.length, accepted: answered.filter((p) => p.status === 'accepted').length };
    };
    const never = counters(0);
    const always = counters(1);
    expect(never.answered).toBeGreaterThan(3);
    expect(never.accepted).toBe(0);
    expect(always.accepted).toBeGreaterThan(0);
  });

  it('can be set by a lever during a run, from its day on', () => {
    const s = { ...loadScenario(readFileSync('scenarios/equipementier-auto-coproducer.json', 'utf8')), warmupDays: 0, days: 60 };
    const plain = new Simulation(s, { seed: 1 });
    plain.runToEnd();
    const changed = new Simulation(s, { seed: 1, journal: { interventions: [{ day: 20, path: 'strategies.commercial.minConsultedCycleDays', value: 5 }] } });
    changed.runToEnd();
    const before = (sim: Simulation) => sim.traceRecords.filter((r) => r.time < 20 * 24);
    expect(before(changed)).toEqual(before(plain));
    const cycles = (sim: Simulation) => sim.traceRecords.filter((r) => r.type === 'order.promised' && r.time >= 20 * 24).map((r) => (r.data as { cycle: number }).cycle);
    // cycle table 7 days, urgent 3: consulting, the commercial now promises no sooner than 5 days (or the urgent cycle)
    expect(cycles(plain).filter((c) => c > 3 && c < 5).length).toBeGreaterThan(0);
    expect(cycles(changed).filter((c) => c > 3 && c < 5)).toEqual([]);
  });
});
