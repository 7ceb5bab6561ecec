import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from './socketClient';
import { until } from './helpers';
import { killHard, spawnServer as serve } from './spawnServer';
import { checkSession } from '../../src/session/sessionCheck';
import { replaySession } from '../../src/session/replay';

describe('a server killed with SIGKILL', () => {
  it('resumes every session from scenario, seed and journal on the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-restart-'));
    const db = join(dir, 'sessions.db');
    try {
      const first = await serve(db);
      const api = (url: string, token: string | null, method: string, path: string, body?: unknown) =>
        fetch(`${url}api/sessions${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) }).then((r) => r.json());
      const made = await api(first.url, null, 'POST', '', { scenario: 'terssac-circuits', seed: 5, human: ['commercial'], teams: 2, days: 25 });
      const { id, facilitatorToken: ft } = made;
      const invite = await api(first.url, ft, 'POST', `/${id}/invites`, { role: 'commercial', team: 0 });
      const token = invite.url.split('#invite=')[1];
      await api(first.url, ft, 'POST', `/${id}/start`);
      const c1 = await connect(first.url, { token });
      let last = -1;
      for (let k = 0; k < 3; k++) {
        const d = await c1.nextDecision(last);
        const answer = k === 1 ? { day: (d.suggestion as { day: number }).day + 2 } : d.suggestion;
        expect(await c1.emit('answer', { decision: d.id, answer, note: `n${k}` })).toMatchObject({ ok: true });
        last = d.id;
      }
      const waiting = await c1.nextDecision(last);
      await killHard(first.proc);

      const second = await serve(db);
      try {
        const c2 = await connect(second.url, { reconnection: false, token });
        // the same decision waits, with the same view
        await until(() => c2.seen.decisions.some((d) => d.id === waiting.id));
        expect(c2.seen.decisions.find((d) => d.id === waiting.id)).toEqual(waiting);
        const state = await api(second.url, ft, 'GET', `/${id}`);
        expect(state.status).toBe('running');
        expect(state.figures.map((f: { decisions: number }) => f.decisions)).toEqual([3, 0]);
        expect(await c2.emit('answer', { decision: waiting.id, answer: waiting.suggestion })).toMatchObject({ ok: true });
        await api(second.url, ft, 'POST', `/${id}/seats`, { seat: 'commercial', mode: 'auto' });
        const exported = await (async () => {
          for (;;) {
            const s = await api(second.url, ft, 'GET', `/${id}`);
            if (s.figures.every((f: { finished: boolean }) => f.finished)) return api(second.url, ft, 'GET', `/${id}/export?team=0`);
            await new Promise((r) => setTimeout(r, 100));
          }
        })();
        const session = checkSession(exported);
        expect(session.decisions.slice(0, 4).map((d) => d.note ?? null)).toEqual(['n0', 'n1', 'n2', null]);
        expect(replaySession(session).identical).toBe(true);
        c2.close();
      } finally {
        await killHard(second.proc);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
