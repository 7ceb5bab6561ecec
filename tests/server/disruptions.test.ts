import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/server';
import { checkSession } from '../../src/session/sessionCheck';
import { replaySession } from '../../src/session/replay';
import { makeSession, testServer, until } from './helpers';

const breakdown = { kind: 'breakdown', station: 'etching', durationHours: 48 };

describe('a disruption for every team', () => {
  it('needs the facilitator token, and refuses a bad body naming the field', async () => {
    const s = await testServer();
    const a = await makeSession(s);
    const b = await makeSession(s);
    const url = `/api/sessions/${a.id}/disruptions`;
    expect((await s.app.inject({ method: 'POST', url, payload: breakdown })).statusCode).toBe(401);
    const other = await s.app.inject({ method: 'POST', url, payload: breakdown, headers: { authorization: `Bearer ${b.facilitatorToken}` } });
    expect(other.statusCode).toBe(403);
    const cases: [unknown, string, RegExp][] = [
      [{ ...breakdown, kind: 'flood' }, 'kind', /^kind: /],
      [{ ...breakdown, station: 'moon' }, 'station', /^station: expected a station of the scenario \(one of methods, imaging, etching, plating, drilling, control\), got "moon"$/],
      [{ kind: 'breakdown', durationHours: 5 }, 'station', /^station: expected the station that breaks down/],
      [{ kind: 'weather', station: 'etching', durationHours: 5 }, 'station', /^station: expected no station/],
      [{ ...breakdown, durationHours: 0 }, 'durationHours', /^durationHours: /],
      [{ ...breakdown, durationHours: 'long' }, 'durationHours', /^durationHours: /],
      [{ ...breakdown, day: 0, hour: 0 }, 'day', /^day: team 1: expected a start after now \(day 0, hour 0\)/],
      [{ ...breakdown, day: 500 }, 'day', /^day: team 1: expected a start before the run's end/],
      [{ ...breakdown, hour: 3 }, 'day', /^day: expected the day of the hour given$/],
      [{ ...breakdown, hour: 24, day: 3 }, 'hour', /^hour: /],
      [{ ...breakdown, extra: 1 }, 'extra', /^extra: unknown field "extra"$/],
    ];
    for (const [body, field, message] of cases) {
      const r = await a.call('POST', '/disruptions', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().field, JSON.stringify(body)).toBe(field);
      expect(r.json().error, JSON.stringify(body)).toMatch(message);
    }
    expect(s.store.journal(a.id).filter((j) => j.type === 'disruption')).toHaveLength(0);
    expect(s.host.get(a.id)!.teams.every((t) => t.sim.disruptions.length === 0)).toBe(true);
  });

  it('gives every team the same disruption at the same simulated time; journaled; each export replays identically', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 2, days: 20 });
    await a.call('POST', '/start');
    const live = s.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const furthest = Math.max(...live.teams.map((t) => t.sim.now));
    const r = await a.call('POST', '/disruptions', breakdown);
    expect(r.statusCode, r.body).toBe(201);
    const given = r.json().disruption;
    const start = Math.floor(furthest) + 1;
    expect(given).toEqual({ day: Math.floor(start / 24), hour: start % 24, ...breakdown });
    expect(r.json().teams).toEqual([0, 1]);
    const later = { day: given.day + 3, hour: 12.5, kind: 'transport', durationHours: 30 };
    expect((await a.call('POST', '/disruptions', later)).json().disruption).toEqual(later);
    for (const t of live.teams) expect(t.sim.disruptions).toEqual([given, later]);
    expect((await a.call('GET', '')).json().disruptions).toEqual([given, later]);
    await a.call('POST', '/seats', { seat: 'commercial', mode: 'auto' });
    await until(() => live.teams.every((t) => t.finished));
    for (const team of [0, 1]) {
      expect(s.store.journal(a.id, team).filter((j) => j.type === 'disruption').map((j) => JSON.parse(j.data))).toEqual([given, later]);
      const session = checkSession((await a.call('GET', `/export?team=${team}`)).json());
      expect(session.disruptions).toEqual([given, later]);
      expect(replaySession(session).identical).toBe(true);
      const log = live.teams[team].sim.state.disruptionLog;
      expect(log.find((d) => d.station === 'etching' && d.start === given.day * 24 + given.hour)).toMatchObject({ end: given.day * 24 + given.hour + 48 });
    }
    const set = (await a.call('GET', '/export')).json();
    expect(set.teams.map((t: { disruptions: unknown }) => t.disruptions)).toEqual([[given, later], [given, later]]);
    expect((await a.call('POST', '/end')).statusCode).toBe(200);
    expect((await a.call('POST', '/disruptions', breakdown)).statusCode).toBe(409);
  });

  it('is resumed from the journal by a server restarted on the same database', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'negoplan-disrupt-')), 'sessions.db');
    const first = await buildServer({ db, dist: null });
    const a = await makeSession(first, { teams: 2, days: 20 });
    await a.call('POST', '/start');
    const live = first.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const given = (await a.call('POST', '/disruptions', { kind: 'weather', durationHours: 20 })).json().disruption;
    const waiting = live.teams.map((t) => t.pending!.id);
    const digests = live.teams.map((t) => t.sim.traceDigest);
    await first.close();

    const second = await testServer(db);
    const again = second.host.get(a.id)!;
    expect(again.teams.map((t) => t.sim.disruptions)).toEqual([[given], [given]]);
    await until(() => again.teams.every((t) => t.pending !== null));
    expect(again.teams.map((t) => t.pending?.id)).toEqual(waiting);
    expect(again.teams.map((t) => t.sim.traceDigest)).toEqual(digests);
    const call = (path: string, payload?: object) => second.app.inject({ method: payload ? 'POST' : 'GET', url: `/api/sessions/${a.id}${path}`, headers: { authorization: `Bearer ${a.facilitatorToken}` }, ...(payload ? { payload } : {}) });
    await call('/seats', { seat: 'commercial', mode: 'auto' });
    await until(() => again.teams.every((t) => t.finished));
    const session = checkSession((await call('/export?team=1')).json());
    expect(session.disruptions).toEqual([given]);
    expect(replaySession(session).identical).toBe(true);
    expect(again.teams[1].sim.state.disruptionLog.some((d) => d.what === 'weather' && d.start === given.day * 24 + given.hour)).toBe(true);
  });
});
