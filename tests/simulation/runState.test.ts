import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';
import { computeKpis } from '../../src/metrics/kpis';
import { baseline, scenarioFile } from '../helpers';

const short = baseline({ days: 120, warmupDays: 60 });

/** Answers every pending decision of `sim` with its suggestion, shifted for the commercial's promises. */
function playToEnd(sim: Simulation, untilDay = sim.days): number {
  let answered = 0;
  while (sim.runUntilDay(untilDay) === 'pending') {
    const p = sim.desk.pending!;
    const s = p.suggestion as { day?: number };
    sim.desk.answer(p.kind === 'commercial.promise' && s.day !== undefined ? { ...s, day: s.day + (p.id % 3) } : p.suggestion);
    answered++;
  }
  return answered;
}

describe('the one plain run state', () => {
  it('is plain JSON: a parsed copy continues to the same trace', () => {
    const sim = new Simulation(short, { seed: 4 });
    sim.runUntilDay(90);
    const copy = Simulation.restore(JSON.parse(JSON.stringify(sim.snapshot())));
    sim.runToEnd();
    copy.runToEnd();
    expect(traceDigest(copy.traceRecords)).toBe(traceDigest(sim.traceRecords));
    expect(computeKpis(copy)).toEqual(computeKpis(sim));
  });

  it('keeps the answers given before a snapshot, so a restored session replays', () => {
    const straight = new Simulation(short, { seed: 5, controllers: { commercial: 'human', lanceur: 'human' } });
    const total = playToEnd(straight);
    const played = new Simulation(short, { seed: 5, controllers: { commercial: 'human', lanceur: 'human' } });
    const before = playToEnd(played, 100);
    expect(before).toBeGreaterThan(0);
    const restored = Simulation.restore(JSON.parse(JSON.stringify(played.snapshot())));
    const after = playToEnd(restored);
    expect(before + after).toBe(total);
    expect(restored.journal().decisions.length).toBe(total);
    expect(traceDigest(restored.traceRecords)).toBe(traceDigest(straight.traceRecords));
    const replay = new Simulation(short, { seed: 5, journal: restored.journal() });
    expect(replay.runToEnd()).toBe('until');
    expect(traceDigest(replay.traceRecords)).toBe(traceDigest(straight.traceRecords));
  });

  it('keeps who answers each role across a restore', () => {
    const sim = new Simulation(short, { seed: 6, controllers: { lanceur: 'human' } });
    expect(sim.runToEnd()).toBe('pending');
    const restored = Simulation.restore(sim.snapshot());
    expect(restored.desk.pending?.role).toBe('lanceur');
    restored.desk.answer(restored.desk.pending!.suggestion);
    expect(restored.runToEnd()).toBe('pending');
    expect(restored.desk.pending?.role).toBe('lanceur');
  });

  it('continues a case B run with its lines, stocks and disruptions exactly', () => {
    const storm = scenarioFile('equipementier-auto-storm.json');
    const straight = new Simulation(storm, { seed: 3 });
    straight.runToEnd();
    const first = new Simulation(storm, { seed: 3 });
    first.runUntilDay(200);
    const rest = Simulation.restore(JSON.parse(JSON.stringify(first.snapshot())));
    rest.runToEnd();
    expect(traceDigest(rest.traceRecords)).toBe(traceDigest(straight.traceRecords));
    expect(computeKpis(rest)).toEqual(computeKpis(straight));
  });

  it('is not changed by computing the figures', () => {
    const sim = new Simulation(short, { seed: 7 });
    sim.runUntilDay(100);
    const before = JSON.stringify(sim.snapshot());
    computeKpis(sim);
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});
