import { describe, expect, it } from 'vitest';
import { connect } from './socketClient';
import { makeSession, testServer, until } from './helpers';
import { replaySession } from '../../src/session/replay';
import { checkSession } from '../../src/session/sessionCheck';

const tokenOf = (url: string) => url.split('#invite=')[1];

describe('participants over socket.io', () => {
  it('gives each participant only their seat\'s decisions, acknowledges answers once journaled, answers idempotently, carries messages between the two seats', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { human: ['commercial', 'lanceur'], teams: 1, days: 15 });
    const com = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'commercial', name: 'Ana' })).json().url) });
    const lan = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'lanceur', name: 'Léo' })).json().url) });
    expect(com.seen.states[0]).toMatchObject({ participant: { name: 'Ana', team: 0, seat: 'commercial' }, pending: null });
    await a.call('POST', '/start');
    const answered: number[] = [];
    for (let k = 0; k < 6; k++) {
      await until(() => [com, lan].some((c) => c.seen.decisions.some((d) => !answered.includes(d.id))));
      const who = com.seen.decisions.some((d) => !answered.includes(d.id)) ? com : lan;
      const d = who.seen.decisions.find((x) => !answered.includes(x.id))!;
      expect(d.seat).toBe(who === com ? 'commercial' : 'lanceur');
      const other = who === com ? lan : com;
      // the other seat is refused
      expect(await other.emit('answer', { decision: d.id, answer: d.suggestion })).toMatchObject({ ok: false, code: 'seat' });
      const ack = await who.emit('answer', { decision: d.id, answer: d.suggestion, note: `k${k}` });
      expect(ack).toEqual({ ok: true, decision: d.id, duplicate: false });
      // acknowledged ⇒ in the journal
      expect(s.store.journal(a.id, 0).some((j) => j.type === 'answer' && JSON.parse(j.data).id === d.id)).toBe(true);
      expect(await who.emit('answer', { decision: d.id, answer: d.suggestion })).toEqual({ ok: true, decision: d.id, duplicate: true });
      answered.push(d.id);
    }
    expect(com.seen.decisions.every((d) => d.seat === 'commercial' && d.kind.startsWith('commercial.'))).toBe(true);
    expect(lan.seen.decisions.every((d) => d.seat === 'lanceur' && d.kind.startsWith('lanceur.'))).toBe(true);
    expect(lan.seen.decisions.length).toBeGreaterThan(0);
    expect(await com.emit('answer', { decision: 'x', answer: 1 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await com.emit('message', { to: 'lanceur', text: 'Can you take order 12 on Friday?' })).toMatchObject({ ok: true });
    expect(await com.emit('message', { to: 'commercial', text: 'me' })).toMatchObject({ ok: false });
    expect(await com.emit('message', { to: 'lanceur', text: 'x'.repeat(301) })).toMatchObject({ ok: false, code: 'invalid' });
    await until(() => lan.seen.messages.length === 1);
    expect(lan.seen.messages[0]).toMatchObject({ from: 'commercial', to: 'lanceur', text: 'Can you take order 12 on Friday?' });
    expect(s.store.journal(a.id, 0).filter((j) => j.type === 'message')).toHaveLength(1);
    // rate limit: a burst of messages is cut
    const burst = await Promise.all(Array.from({ length: 8 }, () => com.emit('message', { to: 'lanceur', text: 'hi' })));
    expect(burst.some((r) => r.code === 'rate')).toBe(true);
    com.close();
    lan.close();
  });

  it('resumes a participant who reconnects at the same decision, and falls back to automatic after the delay when they stay away', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { teams: 1, days: 20, fallbackSeconds: 0.3 });
    const token = tokenOf((await a.call('POST', '/invites', { role: 'commercial' })).json().url);
    const c1 = await connect(base, { token });
    await a.call('POST', '/start');
    const d = await c1.nextDecision();
    c1.close();
    const c2 = await connect(base, { token });
    expect(c2.seen.states[0].pending).toEqual(d);
    expect(await c2.emit('answer', { decision: d.id, answer: d.suggestion })).toMatchObject({ ok: true });
    await c2.nextDecision(d.id);
    c2.close();
    const live = s.host.get(a.id)!;
    await until(() => live.modeOf(0, 'commercial') === 'auto');
    const seat = s.store.journal(a.id, 0).filter((j) => j.type === 'seat').map((j) => JSON.parse(j.data));
    expect(seat).toEqual([{ seat: 'commercial', mode: 'auto', reason: 'left' }]);
    await until(() => live.teams[0].finished);
    const session = checkSession((await a.call('GET', '/export?team=0')).json());
    expect(session.decisions.slice(2).every((x) => x.via === 'suggestion' && x.note === 'automatic: the participant left')).toBe(true);
    expect(replaySession(session).identical).toBe(true);
    // back: the seat is theirs again
    const c3 = await connect(base, { token });
    await until(() => live.modeOf(0, 'commercial') === 'person');
    c3.close();
  });

  it('joins with the code and a name, then is seated by the facilitator; a wrong code or token is refused', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { teams: 2 });
    const c = await connect(base, { code: a.code.toLowerCase(), name: '<b>Zoé</b>' });
    expect(c.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(c.seen.states[0]).toMatchObject({ participant: { name: '<b>Zoé</b>', team: null, seat: null } });
    const pid = (c.seen.states[0].participant as { id: string }).id;
    const r = await a.call('POST', `/participants/${pid}`, { team: 1, seat: 'commercial' });
    expect(r.json()).toEqual({ participant: pid, team: 1, seat: 'commercial' });
    await until(() => c.seen.states.length === 2);
    expect(c.seen.states[1]).toMatchObject({ participant: { team: 1, seat: 'commercial' } });
    await expect(connect(base, { code: 'ZZZZZZZZ', name: 'x' })).rejects.toThrow(/unknown code/);
    await expect(connect(base, { token: 'nope' })).rejects.toThrow(/unknown code/);
    await expect(connect(base, { facilitator: 'nope', session: a.id })).rejects.toThrow(/not the facilitator/);
    const f = await connect(base, { facilitator: a.facilitatorToken, session: a.id });
    expect(f.seen.states[0]).toMatchObject({ id: a.id, participants: [{ id: pid, connected: true }] });
    c.close();
    f.close();
  });
});

describe('the end of a session', () => {
  it('sends every participant the debrief ranked on the facilitator\'s figures when the facilitator ends, and nothing of it before', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { human: ['commercial', 'lanceur'], teams: 2, days: 10 });
    const comToken = tokenOf((await a.call('POST', '/invites', { role: 'commercial', team: 0, name: 'Ana' })).json().url);
    const com = await connect(base, { token: comToken });
    const lan = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'lanceur', team: 1, name: 'Léo' })).json().url) });
    expect(com.seen.states[0].debrief).toBeNull();
    expect((await a.call('POST', '/end', { rank: 'nope:higher' })).json()).toMatchObject({ field: 'rank' });
    expect((await a.call('GET', '')).json()).toMatchObject({ status: 'lobby' });
    expect((await a.call('POST', '/end', { rank: 'leadTimeDays.all.mean:lower' })).statusCode).toBe(200);
    const expected = (await a.call('GET', '/debrief')).json();
    expect(expected.rankedBy).toEqual([{ figure: 'leadTimeDays.all.mean', better: 'lower' }]);
    for (const c of [com, lan]) {
      await until(() => c.seen.states.some((x) => x.debrief));
      const last = c.seen.states.at(-1)!;
      expect(last).toMatchObject({ session: { status: 'ended' } });
      expect(last.debrief).toEqual(expected);
      // before the end, no state carried a debrief
      expect(c.seen.states.slice(0, -1).every((x) => x.debrief === null)).toBe(true);
    }
    // a participant who comes back after the end is shown it again
    com.close();
    const again = await connect(base, { token: comToken });
    expect(again.seen.states[0].debrief).toEqual(expected);
    again.close();
    lan.close();
  });
});

describe('the time limit a participant sees', () => {
  it('sends the seconds left with each decision, fewer after a reconnection, and none without a limit', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { human: ['commercial'], teams: 1, days: 10, decisionSeconds: 30 });
    const token = tokenOf((await a.call('POST', '/invites', { role: 'commercial', name: 'Ana' })).json().url);
    const c = await connect(base, { token });
    await a.call('POST', '/start');
    const d = (await c.nextDecision()) as unknown as { id: number; seconds: number; secondsLeft: number };
    expect(d.seconds).toBe(30);
    expect(d.secondsLeft).toBeGreaterThan(25);
    expect(d.secondsLeft).toBeLessThanOrEqual(30);
    await new Promise((r) => setTimeout(r, 1200));
    c.close();
    const again = await connect(base, { token });
    const same = again.seen.states[0].pending as { id: number; secondsLeft: number };
    expect(same.id).toBe(d.id);
    expect(same.secondsLeft).toBeLessThanOrEqual(d.secondsLeft - 1);
    again.close();
    const b = await makeSession(s, { human: ['commercial'], teams: 1, days: 10 });
    const n = await connect(base, { token: tokenOf((await b.call('POST', '/invites', { role: 'commercial', name: 'Léo' })).json().url) });
    await b.call('POST', '/start');
    expect(((await n.nextDecision()) as unknown as { secondsLeft: number }).secondsLeft).toBe(0);
    n.close();
  });
});
