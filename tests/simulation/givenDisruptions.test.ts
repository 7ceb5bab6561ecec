import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Simulation, type JournalDisruption } from '../../src/simulation/simulation';
import { checkRunState } from '../../src/simulation/runStateCheck';
import { computeKpis } from '../../src/metrics/kpis';
import { baseline, thrownMessage } from '../helpers';

const short = baseline({ days: 60, warmupDays: 20 });
const etching = (): JournalDisruption => ({ day: 40, hour: 6, kind: 'breakdown', station: 'etching', durationHours: 72 });
const stationOf = (sim: Simulation, id: string) => sim.state.stations.find((s) => s.id === id)!;

describe('a disruption given during a run', () => {
  it('stops the station for its hours: down time and figures change against the same run without it', () => {
    const plain = new Simulation(short, { seed: 3, trace: false });
    plain.runToEnd();
    const given = new Simulation(short, { seed: 3, trace: false });
    given.runUntilDay(30);
    given.disrupt(etching());
    given.runToEnd();
    const down = stationOf(given, 'etching').downHours - stationOf(plain, 'etching').downHours;
    expect(down).toBeGreaterThanOrEqual(72 - 1e-9);
    expect(given.state.counters.disruptions).toBe(plain.state.counters.disruptions + 1);
    expect(given.state.disruptionLog.filter((d) => d.station === 'etching' && d.start === 40 * 24 + 6)).toHaveLength(1);
    expect(computeKpis(given)).not.toEqual(computeKpis(plain));
    expect(given.traceDigest).not.toBe(plain.traceDigest);
  });

  it('holds shipments when it is a transport stoppage', () => {
    const plain = new Simulation(short, { seed: 3, trace: false });
    plain.runToEnd();
    const given = new Simulation(short, { seed: 3, trace: false });
    given.disrupt({ day: 52, hour: 0, kind: 'transport', durationHours: 24 * 4 });
    given.runToEnd();
    const log = given.state.disruptionLog.find((d) => d.what === 'transport' && d.start === 52 * 24)!;
    expect(log.shipmentsHeld).toBeGreaterThan(0);
    expect(computeKpis(given).onTimeRate).toBeLessThanOrEqual(computeKpis(plain).onTimeRate);
  });

  it('is in the journal: the same seed and journal give the same digest, however late it was given', () => {
    const live = new Simulation(short, { seed: 7 });
    live.runUntilDay(38);
    live.disrupt(etching());
    live.disrupt({ day: 40, hour: 6, kind: 'weather', durationHours: 10 });
    live.runToEnd();
    expect(live.journal().disruptions).toEqual([etching(), { day: 40, hour: 6, kind: 'weather', durationHours: 10 }]);
    const replayed = new Simulation(short, { seed: 7, journal: live.journal() });
    replayed.runToEnd();
    expect(replayed.traceDigest).toBe(live.traceDigest);
    expect(replayed.eventsHandled).toBe(live.eventsHandled);
  });

  it('survives a snapshot and a restore mid-run (and a saved state read back)', () => {
    const straight = new Simulation(short, { seed: 5 });
    straight.disrupt(etching());
    straight.runToEnd();
    const part = new Simulation(short, { seed: 5 });
    part.runUntilDay(25);
    part.disrupt(etching());
    part.runUntilDay(41); // mid-disruption
    const saved = JSON.parse(JSON.stringify(part.snapshot()));
    const restored = Simulation.restore(checkRunState(saved));
    expect(restored.disruptions).toEqual([etching()]);
    restored.runToEnd();
    expect(restored.traceDigest).toBe(straight.traceDigest);
    expect(restored.journal().disruptions).toEqual([etching()]);
  });

  it('is refused with the field named: kind, station, a start not after now or after the end, duration', () => {
    const sim = new Simulation(short, { seed: 1, trace: false });
    sim.runUntilDay(10);
    const tryIt = (d: unknown) => thrownMessage(() => sim.disrupt(d as JournalDisruption));
    expect(tryIt({ ...etching(), kind: 'flood' })).toMatch(/^disruption: kind: /);
    expect(tryIt({ ...etching(), station: 'nowhere' })).toBe('disruption: station: expected a station of the scenario (one of methods, imaging, etching, plating, drilling, control), got "nowhere"');
    expect(tryIt({ day: 40, hour: 0, kind: 'breakdown', durationHours: 5 })).toMatch(/^disruption: station: expected the station that breaks down/);
    expect(tryIt({ day: 40, hour: 0, kind: 'transport', station: 'etching', durationHours: 5 })).toMatch(/^disruption: station: expected no station/);
    expect(tryIt({ ...etching(), day: 5 })).toMatch(/^disruption: day: expected a start after now \(day 10, hour 0\), got day 5, hour 6$/);
    expect(tryIt({ ...etching(), day: 80 })).toMatch(/^disruption: day: expected a start before the run's end \(day 80\)/);
    expect(tryIt({ ...etching(), durationHours: 0 })).toMatch(/^disruption: durationHours: /);
    expect(tryIt({ ...etching(), hour: 24 })).toMatch(/^disruption: hour: /);
    expect(sim.disruptions).toEqual([]);
  });

  it('a saved state with a bad disruption is refused with its path; one without the list has none', () => {
    const sim = new Simulation(short, { seed: 1, trace: false });
    sim.runUntilDay(5);
    const saved = JSON.parse(JSON.stringify(sim.snapshot()));
    saved.disruptions = [{ ...etching(), station: 'nowhere' }];
    expect(thrownMessage(() => checkRunState(saved, 'state.json'))).toMatch(/^state\.json: disruptions\[0\]\.station: expected a station of the scenario/);
    delete saved.disruptions;
    expect(checkRunState(saved).disruptions).toEqual([]);
  });

  it('run --from-state continues a saved state with a disruption to the straight run\'s digest, and refuses a bad one in one line', () => {
    const straight = new Simulation(short, { seed: 5, trace: false });
    straight.disrupt(etching());
    straight.runToEnd();
    const part = new Simulation(short, { seed: 5, trace: false });
    part.runUntilDay(30);
    part.disrupt(etching());
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-given-'));
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify(part.snapshot()));
    const run = (f: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--from-state', f, '--json'], { encoding: 'utf8' });
    const out = run(file);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout).traceDigest).toBe(straight.traceDigest);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...part.snapshot(), disruptions: [{ ...etching(), kind: 'flood' }] }));
    const refused = run(bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/bad\.json: disruptions\[0\]\.kind: /);
  });
});
