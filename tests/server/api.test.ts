import { describe, expect, it } from 'vitest';
import { checkSession } from '../../src/session/sessionCheck';
import { replaySession } from '../../src/session/replay';
import { makeSession, testServer, until } from './helpers';

describe('the sessions API', () => {
  it('makes a session with an unguessable id, token and join code, and states it to its facilitator only', async () => {
    const s = await testServer();
    const a = await makeSession(s);
    const b = await makeSession(s);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(a.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.joinUrl).toBe(`http://localhost:80/#join=${a.code}`);
    const state = await a.call('GET', '');
    expect(state.statusCode).toBe(200);
    expect(state.json()).toMatchObject({ id: a.id, code: a.code, status: 'lobby', human: ['commercial'], teams: 2, pace: 'turns' });
    expect(JSON.stringify(state.json())).not.toContain(a.facilitatorToken);
    const none = await s.app.inject({ method: 'GET', url: `/api/sessions/${a.id}` });
    expect(none.statusCode).toBe(401);
    const other = await s.app.inject({ method: 'GET', url: `/api/sessions/${a.id}`, headers: { authorization: `Bearer ${b.facilitatorToken}` } });
    expect(other.statusCode).toBe(403);
    expect(other.json().field).toBe('authorization');
    for (const path of ['/start', '/pause', '/end', '/invites', '/export', '/debrief']) {
      const method = path === '/export' || path === '/debrief' ? 'GET' : 'POST';
      expect((await s.app.inject({ method, url: `/api/sessions/${a.id}${path}`, payload: method === 'POST' ? {} : undefined })).statusCode, path).toBe(401);
    }
  });

  it('refuses bad bodies with JSON naming the field', async () => {
    const s = await testServer();
    const post = (payload: unknown) => s.app.inject({ method: 'POST', url: '/api/sessions', payload: payload as object });
    const cases: [unknown, string][] = [
      [{ scenario: 'nope', human: ['commercial'] }, 'scenario'],
      [{ scenario: 'terssac-circuits', human: [] }, 'human'],
      [{ scenario: 'terssac-circuits', human: ['commercial'], teams: 99 }, 'teams'],
      [{ scenario: 'terssac-circuits', human: ['commercial'], seed: -1 }, 'seed'],
      [{ scenario: 'terssac-circuits', human: ['commercial'], pace: 'fast' }, 'pace'],
      [{ scenario: 'terssac-circuits', human: ['commercial'], extra: 1 }, 'extra'],
      [{ scenario: { name: 'x' }, human: ['commercial'] }, 'scenario'],
    ];
    for (const [body, field] of cases) {
      const r = await post(body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().field, JSON.stringify(body)).toMatch(new RegExp(`^${field}`));
      expect(r.json().error).toBeTypeOf('string');
    }
    // the scenario's sentences: what was expected and what came
    expect((await post({ scenario: 'terssac-circuits', human: ['commercial'], teams: 99 })).json().error).toBe('teams: expected a number ≤ 20, got 99');
    const big = await s.app.inject({ method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ scenario: 'terssac-circuits', human: ['commercial'], name: 'x'.repeat(2_000_000) }) });
    expect(big.statusCode).toBe(413);
    const broken = await s.app.inject({ method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/json' }, payload: '{"scenario":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().field).toBe('body');
    const a = await makeSession(s);
    expect((await a.call('POST', '/invites', { role: 'lanceur' })).json().field).toBe('role');
    expect((await a.call('POST', '/invites', { role: 'commercial', team: 5 })).json().field).toBe('team');
    expect((await a.call('POST', '/levers', { path: 'lanceur.nope', value: 1 })).json().field).toBe('path');
  });

  it('runs the teams turn by turn: a played decision waits, the facilitator answers it when the seat is taken over, the export replays identically', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 2 });
    const invite = await a.call('POST', '/invites', { role: 'commercial', team: 1 });
    expect(invite.statusCode).toBe(201);
    expect(invite.json().url).toMatch(/#invite=[A-Za-z0-9_-]{32}$/);
    expect((await a.call('POST', '/start')).json()).toEqual({ status: 'running' });
    const live = s.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const first = live.teams[0].pending!;
    expect(first.kind).toBe('commercial.promise');
    // both teams on the same random numbers wait at the same first decision
    expect(live.teams[1].pending!.id).toBe(first.id);
    expect(live.teams[1].sim.traceDigest).toBe(live.teams[0].sim.traceDigest);
    // an answer by the facilitator is refused while the seat is a person's
    expect((await a.call('POST', '/answer', { team: 0, decision: first.id, answer: first.suggestion })).statusCode).toBe(409);
    expect((await a.call('POST', '/seats', { team: 0, seat: 'commercial', mode: 'facilitator' })).statusCode).toBe(200);
    const state = (await a.call('GET', '')).json();
    expect(state.facilitatorPending).toHaveLength(1);
    expect(state.facilitatorPending[0]).toMatchObject({ team: 0, seat: 'commercial', id: first.id });
    const bad = await a.call('POST', '/answer', { team: 0, decision: first.id, answer: { nonsense: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('answer');
    const ok = await a.call('POST', '/answer', { team: 0, decision: first.id, answer: first.suggestion, note: 'as suggested' });
    expect(ok.json()).toEqual({ decision: first.id, duplicate: false });
    const again = await a.call('POST', '/answer', { team: 0, decision: first.id, answer: first.suggestion });
    expect(again.json()).toEqual({ decision: first.id, duplicate: true });
    // team 0 goes on to its next decision; hand the seat back to automatic: the run goes to its end
    await a.call('POST', '/seats', { team: 0, seat: 'commercial', mode: 'auto' });
    await until(() => live.teams[0].finished);
    const exported = (await a.call('GET', '/export?team=0')).json();
    const session = checkSession(exported);
    expect(session.decisions.length).toBeGreaterThan(1);
    expect(session.decisions[0]).toMatchObject({ id: first.id, via: 'person', note: 'as suggested' });
    expect(session.decisions[1].via).toBe('suggestion');
    const replay = replaySession(session);
    expect(replay.identical).toBe(true);
    const all = (await a.call('GET', '/export')).json();
    expect(all.teams).toHaveLength(2);
    const journal = s.store.journal(a.id, 0).map((j) => j.type);
    expect(journal).toEqual(expect.arrayContaining(['status', 'seat', 'answer']));
    expect(journal.filter((t) => t === 'answer')).toHaveLength(session.decisions.length);
  });

  it('ranks the teams on chosen figures and shows where their choices parted', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 2, days: 10 });
    await a.call('POST', '/start');
    const live = s.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const p = live.teams[1].pending!;
    await a.call('POST', '/seats', { seat: 'commercial', mode: 'facilitator' });
    const later = { day: (p.suggestion as { day: number }).day + 10 };
    const r = await a.call('POST', '/answer', { team: 1, decision: p.id, answer: later });
    expect(r.statusCode, r.body).toBe(200);
    await a.call('POST', '/seats', { seat: 'commercial', mode: 'auto' });
    await until(() => live.teams.every((t) => t.finished));
    const d = (await a.call('GET', '/debrief?rank=onTimeRate:higher')).json();
    expect(d.rankedBy).toEqual([{ figure: 'onTimeRate', better: 'higher' }]);
    expect(d.ranking.map((x: { team: number }) => x.team).sort()).toEqual([0, 1]);
    expect(d.parted).toBe(0);
    expect(d.decisions[0].same).toBe(false);
    expect((await a.call('GET', '/debrief?rank=nope')).json().field).toBe('rank');
  });
});

describe('the clock, time limits and levers', () => {
  it('takes the suggestion at the time limit and journals it as a timeout', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 1, days: 10, decisionSeconds: 0.2 });
    await a.call('POST', '/start');
    const live = s.host.get(a.id)!;
    await until(() => live.teams[0].recorder.decisions.length >= 2);
    const d = live.teams[0].recorder.decisions[0];
    expect(d).toMatchObject({ via: 'timeout', note: 'time limit reached' });
    expect(d.answer).toEqual(d.suggestion);
    const rows = s.store.journal(a.id, 0).filter((j) => j.type === 'answer').map((j) => JSON.parse(j.data));
    expect(rows[0]).toMatchObject({ id: d.id, via: 'timeout', by: 'auto' });
  });

  it('moves a timed clock by simulated hours per second, and not while paused', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 1, days: 60, human: ['fabrication'], pace: 100 });
    await a.call('POST', '/start');
    const live = s.host.get(a.id)!;
    await new Promise((r) => setTimeout(r, 1000));
    const hour = live.teams[0].sim.now;
    // about 100 simulated hours in one second (not the whole run at once, not nothing)
    expect(hour).toBeGreaterThan(30);
    expect(hour).toBeLessThan(400);
    await a.call('POST', '/pause');
    const paused = live.teams[0].sim.now;
    await new Promise((r) => setTimeout(r, 400));
    expect(live.teams[0].sim.now).toBe(paused);
    expect((await a.call('POST', '/pace', { pace: 'turns' })).json()).toEqual({ pace: 'turns' });
  });

  it('sets a lever for every team from its next day, journaled and in the export that replays', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 2, days: 8 });
    await a.call('POST', '/start');
    const live = s.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const r = await a.call('POST', '/levers', { path: 'lanceur.quantityMargin', value: 0.3 });
    expect(r.statusCode, r.body).toBe(200);
    const day = live.teams[0].sim.day + 1;
    expect(r.json().interventions).toEqual([{ day, path: 'lanceur.quantityMargin', value: 0.3 }, { day, path: 'lanceur.quantityMargin', value: 0.3 }]);
    await a.call('POST', '/seats', { seat: 'commercial', mode: 'auto' });
    await until(() => live.teams.every((t) => t.finished));
    const session = checkSession((await a.call('GET', '/export?team=1')).json());
    expect(session.interventions).toEqual([{ day, path: 'lanceur.quantityMargin', value: 0.3 }]);
    expect(replaySession(session).identical).toBe(true);
    expect(s.store.journal(a.id, 1).filter((j) => j.type === 'lever')).toHaveLength(1);
  });

  it('keeps the journal append-only', async () => {
    const s = await testServer();
    const a = await makeSession(s, { teams: 1 });
    await a.call('POST', '/start');
    expect(() => s.store.db.prepare('DELETE FROM journal').run()).toThrow(/append-only/);
    expect(() => s.store.db.prepare("UPDATE journal SET type = 'x'").run()).toThrow(/append-only/);
  });
});
