import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/server';
import { checkSession } from '../../src/session/sessionCheck';
import { replaySession } from '../../src/session/replay';
import { connect } from './socketClient';
import { makeSession, testServer, until } from './helpers';

const tokenOf = (url: string) => url.split('#invite=')[1];

describe("seat messages in each team's session file", () => {
  it('are exported with their team, replay keeps them, and a restarted server still has them', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'negoplan-messages-')), 'sessions.db');
    const first = await buildServer({ db, dist: null });
    const base = await first.listen(0);
    const a = await makeSession(first, { human: ['commercial', 'lanceur'], teams: 2, days: 15 });
    const com = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'commercial', team: 1, name: 'Ana' })).json().url) });
    const lan = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'lanceur', team: 1, name: 'Léo' })).json().url) });
    await a.call('POST', '/start');
    const live = first.host.get(a.id)!;
    await until(() => live.teams.every((t) => t.pending !== null));
    const hour = live.teams[1].sim.now;
    expect(await com.emit('message', { to: 'lanceur', text: 'Can you take order 12 on Friday?' })).toMatchObject({ ok: true });
    expect(await lan.emit('message', { to: 'commercial', text: 'Only if the etching is free.' })).toMatchObject({ ok: true });
    const expected = [
      { day: Math.floor(hour / 24), hour: hour - Math.floor(hour / 24) * 24, from: 'commercial', to: 'lanceur', text: 'Can you take order 12 on Friday?', name: 'Ana' },
      { day: Math.floor(hour / 24), hour: hour - Math.floor(hour / 24) * 24, from: 'lanceur', to: 'commercial', text: 'Only if the etching is free.', name: 'Léo' },
    ];
    const team1 = checkSession((await a.call('GET', '/export?team=1')).json());
    expect(team1.messages).toEqual(expected);
    expect('messages' in (await a.call('GET', '/export?team=0')).json()).toBe(false);
    const r = replaySession(team1);
    expect(r.identical).toBe(true);
    expect(r.recorder.toSession().messages).toEqual(expected);
    com.close();
    lan.close();
    await first.close();

    const second = await testServer(db);
    const again = second.host.get(a.id)!;
    expect(again.teams[1].toSession().messages).toEqual(expected);
    expect(again.teams[0].toSession().messages).toBeUndefined();
    expect(again.messages.map((m) => m.text)).toEqual(expected.map((m) => m.text));
  });

  it("give a participant their last 50 at once, and the earlier ones page by page when asked", async () => {
    const server = await testServer();
    const base = await server.listen(0);
    const a = await makeSession(server, { human: ['commercial', 'lanceur'], teams: 2, days: 15 });
    const token = tokenOf((await a.call('POST', '/invites', { role: 'commercial', team: 1, name: 'Ana' })).json().url);
    const live = server.host.get(a.id)!;
    // 120 messages of team 1's commercial (said on the server, past the sockets' rate limit), and others' between them
    for (let i = 0; i < 120; i++) {
      live.say(1, i % 2 ? 'commercial' : 'lanceur', i % 2 ? 'lanceur' : 'commercial', 'x', `m${i}`);
      live.say(0, 'commercial', 'lanceur', 'y', `other team ${i}`);
    }
    const com = await connect(base, { token });
    await until(() => com.seen.states.length > 0);
    const state = com.seen.states.at(-1) as { messages: { text: string; seq: number }[]; earlierMessages: number };
    expect(state.messages.map((m) => m.text)).toEqual(Array.from({ length: 50 }, (_, i) => `m${70 + i}`));
    expect(state.earlierMessages).toBe(70);
    const page = await com.emit('earlier', { before: state.messages[0].seq });
    expect(page).toMatchObject({ ok: true, earlier: 20 });
    expect((page.messages as { text: string }[]).map((m) => m.text)).toEqual(Array.from({ length: 50 }, (_, i) => `m${20 + i}`));
    const first = await com.emit('earlier', { before: (page.messages as { seq: number }[])[0].seq });
    expect(first).toMatchObject({ ok: true, earlier: 0 });
    expect((first.messages as { text: string }[]).map((m) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    expect(await com.emit('earlier', { before: -1 })).toMatchObject({ ok: false, code: 'invalid' });
    com.close();
  });
});

