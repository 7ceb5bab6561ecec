import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { baseline } from '../helpers';
import type { Scenario } from '../../src/scenario/schema';

/** Two runs of `s` with seed 4, the trace off: as `sim run` does, and with `options` besides; both run to their end. */
function pair(s: Scenario, options: { digest?: boolean; transcript?: boolean }): [Simulation, Simulation] {
  const runs: [Simulation, Simulation] = [new Simulation(s, { seed: 4, trace: false }), new Simulation(s, { seed: 4, trace: false, ...options })];
  for (const r of runs) r.runToEnd();
  return runs;
}

describe('a run without the running digest (sweeps, calibration)', () => {
  it('runs the same events to the same KPIs, and says its digest is off', () => {
    const [plain, bare] = pair(baseline({ warmupDays: 20, days: 40 }), { digest: false });
    expect(bare.eventsHandled).toBe(plain.eventsHandled);
    expect(computeKpis(bare)).toEqual(computeKpis(plain));
    expect(plain.traceDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(bare.traceDigest).toBe('off');
  });

  it('still keeps the records when asked to', () => {
    const s = baseline({ warmupDays: 0, days: 10 });
    const sim = new Simulation(s, { seed: 4, trace: true, digest: false });
    sim.runToEnd();
    expect(sim.traceRecords.length).toBeGreaterThan(0);
  });
});

describe('a run without the transcript (sweeps, calibration)', () => {
  it('runs the same trace to the same KPIs, and keeps no transcript', () => {
    const [told, quiet] = pair(baseline({ warmupDays: 20, days: 60 }), { transcript: false });
    expect(told.transcript.length).toBeGreaterThan(100);
    expect(quiet.transcript).toEqual([]);
    expect(quiet.traceDigest).toBe(told.traceDigest);
    expect(computeKpis(quiet)).toEqual(computeKpis(told));
  });

  it('is kept again by a restored run', () => {
    const quiet = new Simulation(baseline({ warmupDays: 0, days: 30 }), { seed: 4, trace: false, transcript: false });
    quiet.runUntilDay(10);
    const restored = Simulation.restore(quiet.snapshot());
    restored.runToEnd();
    expect(restored.transcript.length).toBeGreaterThan(0);
  });
});

