import { describe, expect, it } from 'vitest';
import { SessionRecorder } from '../../src/session/recorder';
import { branchSession, replaySession } from '../../src/session/replay';
import { checkSession } from '../../src/session/sessionCheck';
import { messageAt, type Session } from '../../src/session/session';
import { baseline, thrownMessage } from '../helpers';

const short = baseline({ days: 30, warmupDays: 30 });

/** The commercial and the lanceur played for 10 decisions, a message before each of the first four. */
function played(): Session {
  const rec = SessionRecorder.start(short, 4, { commercial: 'human', lanceur: 'human' });
  for (let i = 0; i < 10 && rec.sim.runToEnd() === 'pending'; i++) {
    if (i < 4) rec.messages.push(messageAt(rec.sim.now, { from: i % 2 ? 'lanceur' : 'commercial', to: i % 2 ? 'commercial' : 'lanceur', text: `message ${i}`, ...(i === 0 ? { name: 'Ana' } : {}) }));
    rec.useSuggestion();
  }
  return JSON.parse(JSON.stringify(rec.toSession()));
}

describe('messages between seats in a session file', () => {
  it('are kept in the file and by its replay, which is identical with or without them', () => {
    const session = checkSession(played());
    expect(session.messages).toHaveLength(4);
    expect(session.messages![0]).toMatchObject({ from: 'commercial', to: 'lanceur', text: 'message 0', name: 'Ana' });
    expect(session.messages!.every((m) => m.hour >= 0 && m.hour < 24)).toBe(true);
    const r = replaySession(session);
    expect(r.identical).toBe(true);
    expect(r.recorder.toSession().messages).toEqual(session.messages);
    const { messages: _gone, ...without } = session;
    const bare = replaySession(without);
    expect(bare.identical).toBe(true);
    expect(bare.recorder.sim.traceDigest).toBe(r.recorder.sim.traceDigest);
    expect('messages' in bare.recorder.toSession()).toBe(false);
  });

  it('a branch keeps the messages sent up to its decision', () => {
    const session = checkSession(played());
    const at = 2;
    const branch = branchSession(session, at).toSession();
    const until = session.decisions[at].time;
    expect(branch.messages).toEqual(session.messages!.filter((m) => m.day * 24 + m.hour <= until));
    expect(branch.messages!.length).toBeGreaterThan(0);
    expect(branch.messages!.length).toBeLessThan(session.messages!.length);
  });

  it('a bad message is refused with its path', () => {
    const bad = played();
    bad.messages![1] = { ...bad.messages![1], hour: 24 };
    expect(thrownMessage(() => checkSession(bad, 's.json'))).toMatch(/^s\.json: messages\[1\]\.hour: /);
    bad.messages![1] = { ...bad.messages![1], hour: 1, text: '' };
    expect(thrownMessage(() => checkSession(bad, 's.json'))).toMatch(/^s\.json: messages\[1\]\.text: /);
  });

  it('puts a message at its day and hour', () => {
    expect(messageAt(24 * 3 + 5.5, { from: 'a', to: 'b', text: 't', name: '' })).toEqual({ day: 3, hour: 5.5, from: 'a', to: 'b', text: 't' });
    expect(messageAt(48 - 1e-15, { from: 'a', to: 'b', text: 't' }).hour).toBeGreaterThanOrEqual(0);
  });
});
