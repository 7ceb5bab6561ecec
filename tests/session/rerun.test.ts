import { describe, expect, it } from 'vitest';
import { SessionRecorder } from '../../src/session/recorder';
import { answeredAsSuggested, rerunSession } from '../../src/session/rerun';
import type { Session } from '../../src/session/session';
import { Simulation } from '../../src/simulation/simulation';
import { baseline } from '../helpers';

const short = baseline({ days: 40, warmupDays: 30 });

/** The commercial played for 8 decisions, every third answer as suggested, the others later. */
function played(): { session: Session; rec: SessionRecorder } {
  const rec = SessionRecorder.start(short, 3, { commercial: 'human' });
  for (let i = 0; i < 8 && rec.sim.runToEnd() === 'pending'; i++) {
    const s = rec.sim.desk.pending!.suggestion as { day: number };
    rec.answer({ ...s, day: s.day + (i % 3) }, { note: `why ${i}` });
  }
  return { session: JSON.parse(JSON.stringify(rec.toSession())), rec };
}

describe('reruns of a session', () => {
  const { session, rec } = played();
  const end = Infinity; // the run's end (its days after the warm-up)

  it('the played rerun is the session with every later decision suggested', () => {
    while (rec.sim.runToEnd() === 'pending') rec.useSuggestion();
    const r = rerunSession(session, { kind: 'played' }, end);
    expect(r.replayed).toBe(8);
    expect(r.fellBack).toBe(0);
    expect(r.automatic).toBe(rec.decisions.length - 8);
    expect(r.sim.traceDigest).toBe(rec.sim.traceDigest);
    expect([...r.views.keys()]).toEqual(session.decisions.map((d) => d.id));
  });

  it('the automatic rerun is the run with nobody playing (same seed, same demand)', () => {
    const auto = new Simulation(short, { seed: 3 });
    auto.runToEnd();
    const r = rerunSession(session, { kind: 'automatic' }, end);
    expect(r.sim.traceDigest).toBe(auto.traceDigest);
    expect(r.replayed).toBe(0);
  });

  it('replacing an answer given as suggested changes nothing; replacing another changes the run', () => {
    const playedDigest = rerunSession(session, { kind: 'played' }, end).sim.traceDigest;
    expect(answeredAsSuggested(session.decisions[3])).toBe(true);
    expect(rerunSession(session, { kind: 'suggested', index: 3 }, end).sim.traceDigest).toBe(playedDigest);
    expect(answeredAsSuggested(session.decisions[1])).toBe(false);
    const other = rerunSession(session, { kind: 'suggested', index: 1 }, end);
    expect(other.sim.traceDigest).not.toBe(playedDigest);
    expect(other.replayed).toBeLessThanOrEqual(7);
  });

  it('stops at the hour asked and reports progress up to 1', () => {
    const seen: number[] = [];
    const r = rerunSession(session, { kind: 'automatic' }, 35 * 24, (d) => seen.push(d));
    expect(r.sim.now).toBeLessThanOrEqual(35 * 24);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
