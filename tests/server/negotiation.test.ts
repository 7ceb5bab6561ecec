import { describe, expect, it } from 'vitest';
import { connect, type TestClient } from './socketClient';
import { makeSession, testServer } from './helpers';
import { checkSession } from '../../src/session/sessionCheck';
import { replaySession } from '../../src/session/replay';

const tokenOf = (url: string) => url.split('#invite=')[1];

describe('two people in two roles over the server', () => {
  it('negotiate a change request end to end: the client asks, the lanceur counters, the client accepts', async () => {
    const s = await testServer();
    const base = await s.listen(0);
    const a = await makeSession(s, { scenario: 'equipementier-auto', human: ['client', 'lanceur'], teams: 1, days: 30 });
    const client = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'client', name: 'Cléa' })).json().url) });
    const lanceur = await connect(base, { token: tokenOf((await a.call('POST', '/invites', { role: 'lanceur', name: 'Luc' })).json().url) });
    await a.call('POST', '/start');
    const chain: string[] = [];
    let order: number | null = null;
    let last = -1;
    const next = async (): Promise<{ c: TestClient; d: TestClient['seen']['decisions'][number] }> => {
      for (let k = 0; k < 2000; k++) {
        for (const c of [client, lanceur]) {
          const d = c.seen.decisions.find((x) => x.id > last);
          if (d) return { c, d };
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const t = s.host.get(a.id)!.teams[0];
      throw new Error(`no decision after ${last}: chain ${chain}, finished ${t.finished}, day ${t.sim.day}, pending ${JSON.stringify(t.pending && { id: t.pending.id, kind: t.pending.kind, agent: t.pending.agent })}`);
    };
    for (let k = 0; k < 1500 && chain.length < 3; k++) {
      const { c, d } = await next();
      let answer: unknown = d.suggestion;
      if (d.kind === 'client.requestChange' && chain.length === 0) {
        answer = { terms: { priority: 'urgent' }, note: 'we need it sooner' };
        chain.push(d.kind);
        order = d.order;
      } else if (d.kind === 'lanceur.answerChange' && chain.length === 1 && d.order === order) {
        answer = { verdict: 'counter', terms: { priority: 'normal', day: Math.floor(d.time / 24) + 10 } };
        chain.push(d.kind);
      } else if (d.kind === 'client.answerCounter' && chain.length === 2 && d.order === order) {
        answer = { accept: true };
        chain.push(d.kind);
      }
      expect(c === client ? d.kind.startsWith('client.') : d.kind.startsWith('lanceur.'), d.kind).toBe(true);
      const ack = await c.emit('answer', { decision: d.id, answer });
      expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
      last = d.id;
    }
    expect(chain).toEqual(['client.requestChange', 'lanceur.answerChange', 'client.answerCounter']);
    expect(order).not.toBeNull();
    const session = checkSession((await a.call('GET', '/export?team=0')).json());
    expect(session.decisions.find((d) => d.kind === 'client.answerCounter' && d.via === 'person')?.answer).toEqual({ accept: true });
    expect(replaySession(session).identical).toBe(true);
    client.close();
    lanceur.close();
  }, 120_000);
});
