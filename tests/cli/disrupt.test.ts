import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDisruptFlag } from '../../src/cli/disruptFlag';
import { Simulation } from '../../src/simulation/simulation';
import { loadScenarioFile } from '../../src/cli/scenarioFile';
import { sim } from './sim';

const S = 'scenarios/terssac-circuits.json';
const tmp = mkdtempSync(join(tmpdir(), 'negoplan-disrupt-'));

describe('--disrupt', () => {
  it('reads key=value pairs into a journal disruption, and names a wrong or missing key', () => {
    expect(parseDisruptFlag('kind=breakdown,station=etching,day=130,hour=8.5,hours=72')).toEqual({ day: 130, hour: 8.5, kind: 'breakdown', station: 'etching', durationHours: 72 });
    expect(parseDisruptFlag('kind=transport, day=20, hours=48')).toEqual({ day: 20, hour: 0, kind: 'transport', durationHours: 48 });
    expect(() => parseDisruptFlag('kind=transport,day=20')).toThrow('--disrupt: expected hours=');
    expect(() => parseDisruptFlag('kind=transport,day=soon,hours=4')).toThrow('--disrupt: day: expected a number, got "soon"');
    expect(() => parseDisruptFlag('kind=transport,when=20,hours=4')).toThrow(/--disrupt: expected key=value pairs with keys kind, station, day, hour, hours/);
    expect(() => parseDisruptFlag('kind=transport,day=1,day=2,hours=4')).toThrow('--disrupt: day given twice');
  });

  it('gives the run the disruption the engine would: the same report as Simulation.disrupt, another than without', () => {
    const d = { day: 118, hour: 8, kind: 'breakdown' as const, station: 'etching', durationHours: 72 };
    const flagged = sim('run', S, '--days', '20', '--json', '--disrupt', 'kind=breakdown,station=etching,day=118,hour=8,hours=72');
    expect(flagged.code, flagged.err).toBe(0);
    const inProcess = new Simulation(loadScenarioFile(S, [], 20), { trace: false });
    inProcess.disrupt(d);
    inProcess.runToEnd();
    const report = JSON.parse(flagged.out);
    expect(report.traceDigest).toBe(inProcess.traceDigest);
    expect(report.traceDigest).not.toBe(JSON.parse(sim('run', S, '--days', '20', '--json').out).traceDigest);
  });

  it('is kept in a saved state, and refused in one line with exit 2 when it does not fit the run', () => {
    const out = join(tmp, 'branch.json');
    const warm = join(tmp, 'warm.json');
    expect(sim('run', S, '--days', '0', '--save-state', warm).code).toBe(0);
    expect(sim('run', '--from-state', warm, '--days', '10', '--disrupt', 'kind=transport,day=115,hours=30', '--save-state', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).disruptions).toEqual([{ day: 115, hour: 0, kind: 'transport', durationHours: 30 }]);
    const before = sim('run', '--from-state', warm, '--disrupt', 'kind=transport,day=3,hours=30');
    expect(before.code).toBe(2);
    expect(before.err.trim().split('\n')).toEqual([expect.stringMatching(/^negoplan: --disrupt day: expected a start after now \(day 112/)]);
    const moon = sim('run', S, '--disrupt', 'kind=breakdown,station=moon,day=120,hours=4');
    expect(moon.code).toBe(2);
    expect(moon.err).toMatch(/--disrupt station: expected a station of the scenario \(one of methods, .*\), got "moon"/);
  });
});
