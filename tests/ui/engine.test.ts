import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { RunEngine } from '../../src/ui/model/engine';
import { computeKpis } from '../../src/metrics/kpis';
import { Simulation } from '../../src/simulation/simulation';

const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
const spec = { scenario, seed: 3, interventions: [] };
const fingerprint = (e: RunEngine) => JSON.stringify({ state: e.sim.state, transcript: e.sim.transcript.length, versions: e.sim.versions.length, kpis: computeKpis(e.sim) });

describe('RunEngine', () => {
  it('gives the same state at a day whether played there or scrubbed back to it', () => {
    const played = new RunEngine(spec);
    for (let d = 0; d <= 70; d++) played.seekTime(d * 24 + 11.5);
    const scrubbed = new RunEngine(spec);
    scrubbed.seekDay(130);
    scrubbed.seekTime(70 * 24 + 11.5);
    expect(scrubbed.time).toBe(played.time);
    expect(fingerprint(scrubbed)).toBe(fingerprint(played));
  });

  it('steps one event at a time without passing the next event', () => {
    const e = new RunEngine(spec);
    e.seekDay(3);
    const next = e.sim.nextEventTime()!;
    e.stepEvent();
    expect(e.time).toBe(next);
    expect(e.sim.nextEventTime()! > next).toBe(true);
  });

  it('never runs past the end of the run', () => {
    const e = new RunEngine({ ...spec, scenario: { ...scenario, days: 20, warmupDays: 0 } });
    e.seekDay(500);
    expect(e.finished).toBe(true);
    expect(e.day).toBe(19);
  });

  it('gives, once at the end, the trace digest of the same run in one go, after scrubbing back and forth', () => {
    const short = { ...spec, scenario: { ...scenario, days: 90, warmupDays: 30 } };
    const whole = new Simulation(short.scenario, { seed: short.seed });
    whole.runToEnd();
    const e = new RunEngine(short);
    e.seekDay(60);
    expect(e.traceDigest).toBeNull();
    e.seekDay(500);
    expect(e.traceDigest).toBe(whole.traceDigest);
    e.seekDay(40);
    expect(e.traceDigest).toBeNull();
    for (let d = 41; d < 120; d += 9) e.seekDay(d);
    e.seekDay(119);
    expect(e.traceDigest).toBe(whole.traceDigest);
  });
});
