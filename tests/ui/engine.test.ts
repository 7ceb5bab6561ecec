import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { RunEngine } from '../../src/ui/model/engine';
import { computeKpis } from '../../src/metrics/kpis';

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
});
