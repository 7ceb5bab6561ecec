import { describe, expect, it } from 'vitest';
import { decodeSettings, encodeSettings, type RunSettings } from '../../src/ui/model/settings';
import { buildRunSpec } from '../../src/ui/model/runSpec';
import { RunEngine } from '../../src/ui/model/engine';
import { Simulation } from '../../src/simulation/simulation';
import { consoleControlStrings } from '../../src/ui/i18n/consoleControls';
import { seatMessageStrings } from '../../src/ui/i18n/seatMessages';
import { thrownMessage } from '../helpers';

const breakdown = { day: 30, hour: 4, kind: 'breakdown' as const, station: 'etching', durationHours: 60 };
const settings: RunSettings = { scenario: 'terssac-circuits', seed: 7, levers: {}, interventions: [], disruptions: [breakdown] };

describe('disruptions in the app', () => {
  it('travel in a link (z=) and are checked against the scenario when the run is built', () => {
    const hash = encodeSettings(settings);
    expect(new URLSearchParams(hash).get('z')).toBe(JSON.stringify([breakdown]));
    expect(decodeSettings(hash)).toEqual(settings);
    expect('disruptions' in decodeSettings(encodeSettings({ ...settings, disruptions: [] }))).toBe(false);
    expect(thrownMessage(() => decodeSettings(hash.replace(/z=[^&]*/, `z=${encodeURIComponent(JSON.stringify([{ ...breakdown, kind: 'flood' }]))}`)))).toMatch(/^z\[0\]\.kind: /);
    expect(thrownMessage(() => buildRunSpec({ ...settings, disruptions: [{ ...breakdown, station: 'moon' }] }))).toMatch(/^settings: disruptions\[0\]\.station: expected a station of the scenario/);
  });

  it('are run by the app engine as by the simulation given the same journal', () => {
    const spec = buildRunSpec({ ...settings, levers: { days: 20, warmupDays: 20 } });
    const engine = new RunEngine(spec);
    engine.seekDay(40);
    const straight = new Simulation(spec.scenario, { seed: 7, journal: { disruptions: [breakdown] }, trace: false });
    straight.runToEnd();
    expect(engine.finished).toBe(true);
    expect(engine.sim.traceDigest).toBe(straight.traceDigest);
    expect(engine.sim.state.disruptionLog.some((d) => d.station === 'etching' && d.start === 30 * 24 + 4)).toBe(true);
  });

  it('label the console controls and the debrief messages in English and French', () => {
    for (const strings of [consoleControlStrings, seatMessageStrings]) {
      expect(Object.keys(strings.fr).sort()).toEqual(Object.keys(strings.en).sort());
      for (const table of [strings.en, strings.fr]) for (const v of Object.values(table)) expect(v.length).toBeGreaterThan(0);
    }
  });
});
