import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { baseline } from '../helpers';

describe('a run without the running digest (sweeps, calibration)', () => {
  it('runs the same events to the same KPIs, and says its digest is off', () => {
    const s = baseline({ warmupDays: 20, days: 40 });
    const plain = new Simulation(s, { seed: 4, trace: false });
    const bare = new Simulation(s, { seed: 4, trace: false, digest: false });
    plain.runToEnd();
    bare.runToEnd();
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
    const s = baseline({ warmupDays: 20, days: 60 });
    const told = new Simulation(s, { seed: 4, trace: false });
    const quiet = new Simulation(s, { seed: 4, trace: false, transcript: false });
    told.runToEnd();
    quiet.runToEnd();
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

