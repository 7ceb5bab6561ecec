import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionRecorder } from '../../src/session/recorder';
import { replaySession } from '../../src/session/replay';
import { rerunSession } from '../../src/session/rerun';
import { checkSession } from '../../src/session/sessionCheck';
import type { Session } from '../../src/session/session';
import { baseline, thrownMessage } from '../helpers';

const short = baseline({ days: 40, warmupDays: 30 });
const breakdown = { day: 45, hour: 8, kind: 'breakdown' as const, station: 'plating', durationHours: 48 };

/** The commercial played to day 50, a breakdown given after the third decision, then saved. */
function played(): Session {
  const rec = SessionRecorder.start(short, 3, { commercial: 'human' });
  for (let i = 0; rec.sim.runUntil(50 * 24) === 'pending'; i++) {
    if (i === 3) rec.sim.disrupt(breakdown);
    const s = rec.sim.desk.pending!.suggestion as { day: number };
    rec.answer({ ...s, day: s.day + (i % 2) });
  }
  return JSON.parse(JSON.stringify(rec.toSession()));
}

describe('disruptions in session files', () => {
  it('a session file keeps a given disruption and replays identically (which it does not without it)', () => {
    const session = checkSession(played());
    expect(session.disruptions).toEqual([breakdown]);
    const r = replaySession(session);
    expect(r.identical).toBe(true);
    expect(r.recorder.sim.state.disruptionLog.some((d) => d.station === 'plating' && d.start === 45 * 24 + 8)).toBe(true);
    const { disruptions: _gone, ...without } = session;
    expect(replaySession(without).identical).toBe(false);
  });

  it('a debrief rerun carries it too', () => {
    const session = checkSession(played());
    const rerun = rerunSession(session, { kind: 'played' }, session.hour);
    expect(rerun.sim.disruptions).toEqual([breakdown]);
    expect(rerun.sim.state.disruptionLog.some((d) => d.station === 'plating')).toBe(true);
  });

  it('a file without disruptions has no such field; a bad one is refused with its path', () => {
    const rec = SessionRecorder.start(short, 3, {});
    rec.sim.runUntil(24);
    expect('disruptions' in rec.toSession()).toBe(false);
    const bad = played();
    bad.disruptions = [{ ...breakdown, station: 'moon' }];
    expect(thrownMessage(() => checkSession(bad, 's.json'))).toMatch(/^s\.json: disruptions\[0\]\.station: expected a station of the scenario/);
    bad.disruptions = [{ ...breakdown, durationHours: -1 }];
    expect(thrownMessage(() => checkSession(bad, 's.json'))).toMatch(/^s\.json: disruptions\[0\]\.durationHours: /);
  });

  it('sim replay replays it identically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-disrupt-'));
    const file = join(dir, 's.json');
    const session = played();
    writeFileSync(file, JSON.stringify(session));
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'replay', file, '--json'], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).replay).toEqual({ decisions: session.decisions.length, identical: true });
  });
});
