import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';
import { baseline } from '../helpers';

const short = baseline({ days: 60, warmupDays: 60 });

function digest(seed: number): string {
  const sim = new Simulation(short, { seed });
  sim.runToEnd();
  return traceDigest(sim.traceRecords);
}

describe('determinism', () => {
  it('gives the same trace digest for the same scenario and seed', () => {
    expect(digest(4)).toBe(digest(4));
  });

  it('gives another digest for another seed', () => {
    expect(digest(4)).not.toBe(digest(5));
  });

  it('does not depend on how the run is cut into steps', () => {
    const whole = new Simulation(short, { seed: 9 });
    whole.runToEnd();
    const pieces = new Simulation(short, { seed: 9 });
    for (let d = 1; d <= pieces.days; d += 7) pieces.runUntilDay(d);
    while (pieces.nextEventTime() !== null) pieces.step(500);
    expect(traceDigest(pieces.traceRecords)).toBe(traceDigest(whole.traceRecords));
  });

  it('continues exactly from a JSON snapshot taken mid-run', () => {
    const whole = new Simulation(short, { seed: 2 });
    whole.runToEnd();
    const first = new Simulation(short, { seed: 2 });
    first.runUntilDay(70);
    const snap = JSON.parse(JSON.stringify(first.snapshot()));
    const resumed = Simulation.restore(snap);
    resumed.runToEnd();
    expect(resumed.traceRecords.length).toBe(whole.traceRecords.length);
    expect(traceDigest(resumed.traceRecords)).toBe(traceDigest(whole.traceRecords));
    expect(resumed.state.orders.length).toBe(whole.state.orders.length);
  });

  it('keeps the whole state plain JSON', () => {
    const sim = new Simulation(short, { seed: 1 });
    sim.runUntilDay(90);
    const snap = sim.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
