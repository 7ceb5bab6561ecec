import { describe, expect, it } from 'vitest';
import { RunEngine } from '../../src/ui/model/engine';
import { replaySession } from '../../src/session/replay';
import { Simulation } from '../../src/simulation/simulation';
import { baseline } from '../helpers';

const scenario = baseline({ days: 20, warmupDays: 10 });

describe('RunEngine, a branch let go on automatically', () => {
  it('answers the decisions after `autoAfter` by the suggestion (via auto): the automatic run, and a session that replays', () => {
    const e = new RunEngine({ scenario, seed: 4, interventions: [], seats: { commercial: 'human' } });
    e.seekDay(2);
    const p = e.pending!;
    expect(p).not.toBeNull();
    e.answer(p.suggestion, { via: 'suggestion' });
    e.autoAfter = p.id;
    e.origin = { digest: e.decisions[0].digest, decision: p.id };
    e.seekDay(1000);
    expect(e.finished).toBe(true);
    expect(e.pending).toBeNull();
    expect(e.decisions.length).toBeGreaterThan(5);
    expect(e.decisions.slice(1).every((d) => d.via === 'auto' && JSON.stringify(d.answer) === JSON.stringify(d.suggestion))).toBe(true);
    const auto = new Simulation(scenario, { seed: 4 });
    auto.runToEnd();
    expect(e.traceDigest).toBe(auto.traceDigest);
    const session = e.recorder().toSession();
    expect(session.origin).toEqual({ digest: e.decisions[0].digest, decision: p.id });
    expect(replaySession(session).identical).toBe(true);
  });
});
