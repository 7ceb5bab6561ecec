import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionRecorder } from '../../src/session/recorder';
import { branchSession, replaySession } from '../../src/session/replay';
import { checkSession } from '../../src/session/sessionCheck';
import type { Session } from '../../src/session/session';
import { ScenarioError } from '../../src/scenario/errors';
import { baseline } from '../helpers';

const short = baseline({ days: 40, warmupDays: 30 });

/** Plays the commercial for `n` decisions (promising 0–2 days later than suggested), then saves. */
function played(n = 12): Session {
  const rec = SessionRecorder.start(short, 3, { commercial: 'human' });
  for (let i = 0; i < n && rec.sim.runToEnd() === 'pending'; i++) {
    const s = rec.sim.desk.pending!.suggestion as { day: number };
    if (i % 4 === 3) rec.useSuggestion({ seconds: 2 });
    else rec.answer({ ...s, day: s.day + (i % 3) }, { note: `why ${i}`, seconds: 5 + i });
  }
  return JSON.parse(JSON.stringify(rec.toSession('training 1')));
}

describe('sessions', () => {
  it('replays a played session identically from its file', () => {
    const session = checkSession(played(), 'session.json');
    expect(session.decisions).toHaveLength(12);
    expect(session.decisions.filter((d) => d.via === 'suggestion')).toHaveLength(3);
    expect(session.decisions[0].note).toBe('why 0');
    const r = replaySession(session);
    expect(r.divergence).toBeNull();
    expect(r.identical).toBe(true);
    expect(r.decisions).toBe(12);
    expect(r.recorder.sim.traceDigest).toBe(session.traceDigest);
  });

  it('names the first decision that diverges when an answer was changed', () => {
    const session = played();
    session.decisions[5] = { ...session.decisions[5], answer: { day: (session.decisions[5].answer as { day: number }).day + 30 } };
    const r = replaySession(checkSession(session));
    expect(r.identical).toBe(false);
    expect(r.divergence?.decision).toBe(session.decisions[6].id);
  });

  it('branches at decision N: everything before N is identical, N is asked anew, the origin is kept', () => {
    const session = played();
    const branch = branchSession(session, 7);
    expect(branch.sim.desk.pending?.id).toBe(session.decisions[7].id);
    expect(branch.sim.traceDigest).toBe(session.decisions[7].digest);
    expect(branch.decisions.map((d) => d.answer)).toEqual(session.decisions.slice(0, 7).map((d) => d.answer));
    branch.answer({ day: (branch.sim.desk.pending!.suggestion as { day: number }).day + 20 }, { note: 'what if' });
    branch.sim.runUntil(session.hour + 24 * 5);
    const saved = branch.toSession();
    expect(saved.origin).toEqual({ digest: session.decisions[7].digest, decision: session.decisions[7].id, name: 'training 1' });
    expect(saved.traceDigest).not.toBe(session.traceDigest);
    expect(replaySession(checkSession(JSON.parse(JSON.stringify(saved)))).identical).toBe(true);
  });

  it('branches at decision N of a session saved before N was asked (a run moved back in time)', () => {
    const session = played();
    // as the app saves it after moving back to just before decision 3: fewer events than decision 8 needed
    const early = { ...session, events: 1, hour: session.decisions[3].time - 1e-6 };
    const branch = branchSession(early, 8);
    expect(branch.sim.desk.pending?.id).toBe(session.decisions[8].id);
    expect(branch.sim.traceDigest).toBe(session.decisions[8].digest);
    expect(branch.decisions).toEqual(session.decisions.slice(0, 8));
    expect(() => branchSession({ ...session, decisions: session.decisions.map((d, i) => (i === 2 ? { ...d, answer: { day: (d.answer as { day: number }).day + 9 } } : d)) }, 8)).toThrow(/cannot branch: the run before decision \d+ has trace digest/);
  });

  it('refuses a bad session file with the path of its first problem', () => {
    const s = played(2) as unknown as Record<string, unknown>;
    const bad: [unknown, RegExp][] = [
      [{ ...s, format: 'x' }, /format: expected "negoplan.session"/],
      [{ ...s, version: 1 }, /version: expected 2, got 1: an earlier negoplan recorded this session/],
      [{ ...s, seed: -1 }, /seed: expected a number ≥ 0/],
      [{ ...s, scenario: { ...(s.scenario as object), days: 0 } }, /scenario\.days: expected a number/],
      [{ ...s, interventions: [{ day: 3, path: 'lanceur.quantityMargin', value: 7 }] }, /interventions\[0\]\.lanceur\.quantityMargin: expected a number ≤ 1/],
      [{ ...s, seats: { commercial: 'robot' } }, /seats\.commercial: expected one of auto, human/],
    ];
    for (const [raw, message] of bad) {
      expect(() => checkSession(raw, 'x.json')).toThrow(ScenarioError);
      expect(() => checkSession(raw, 'x.json')).toThrow(message);
    }
  });

  it('sim replay prints the report with replay.identical, and exits 1 naming the diverging decision', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negoplan-session-'));
    const session = played(6);
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(session));
    const tampered = structuredClone(session);
    tampered.decisions[2].answer = { day: 999 };
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(tampered));
    const run = (f: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'replay', f, '--json'], { encoding: 'utf8' });
    const ok = run(good);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout);
    expect(report.replay).toEqual({ decisions: 6, identical: true });
    expect(report.traceDigest).toBe(session.traceDigest);
    const diverged = run(bad);
    expect(diverged.status).toBe(1);
    expect(diverged.stderr).toMatch(new RegExp(`decision ${tampered.decisions[3].id} \\(commercial\\.promise by commercial\\)`));
  });
});
