import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';
import { JournalMismatch } from '../../src/core/decisions';
import { baseline } from '../helpers';

const short = baseline({ days: 30, warmupDays: 60 });

describe('decision points', () => {
  it('pauses when a human holds a role and resumes once answered', () => {
    const sim = new Simulation(short, { seed: 3, controllers: { commercial: 'human' } });
    expect(sim.runToEnd()).toBe('pending');
    const p = sim.desk.pending!;
    expect(p.kind).toBe('commercial.promise');
    expect(p.role).toBe('commercial');
    const order = sim.order(p.order!);
    expect(order.status).toBe('received');
    sim.desk.answer({ day: (p.suggestion as { day: number }).day + 7 });
    sim.step(1);
    expect(order.status).toBe('booked');
    expect(order.promisedDay).toBe((p.suggestion as { day: number }).day + 7);
  });

  it('gives the automatic run when the human answers with the suggestions', () => {
    const auto = new Simulation(short, { seed: 3 });
    auto.runToEnd();
    const human = new Simulation(short, { seed: 3, controllers: { lanceur: 'human' } });
    let answered = 0;
    while (human.runToEnd() === 'pending') {
      human.desk.answer(human.desk.pending!.suggestion);
      answered++;
    }
    expect(answered).toBeGreaterThan(20);
    expect(traceDigest(human.traceRecords)).toBe(traceDigest(auto.traceRecords));
  });

  it('replays a session exactly from its journal, and a changed answer branches it', () => {
    const played = new Simulation(short, { seed: 8, controllers: { commercial: 'human' } });
    let n = 0;
    while (played.runToEnd() === 'pending') {
      const s = played.desk.pending!.suggestion as { day: number };
      played.desk.answer({ day: s.day + (n++ % 3) });
    }
    const journal = played.journal();
    expect(journal.decisions.length).toBe(n);
    const replay = new Simulation(short, { seed: 8, journal });
    expect(replay.runToEnd()).toBe('until');
    expect(traceDigest(replay.traceRecords)).toBe(traceDigest(played.traceRecords));
    const branchAt = journal.decisions.slice(0, 6).map((d, i) => (i === 5 ? { ...d, answer: { day: 400 } } : d));
    const branched = new Simulation(short, { seed: 8, journal: { ...journal, decisions: branchAt } });
    branched.runToEnd();
    expect(traceDigest(branched.traceRecords)).not.toBe(traceDigest(played.traceRecords));
  });

  it('refuses a journal recorded on another run', () => {
    const sim = new Simulation(short, { seed: 1, journal: { decisions: [{ id: 0, kind: 'lanceur.plan', agent: 'lanceur', answer: {} }] } });
    expect(() => sim.runToEnd()).toThrow(JournalMismatch);
  });

  it('applies a trainer intervention at its day, and only from then', () => {
    const plain = new Simulation(short, { seed: 2 });
    plain.runToEnd();
    const changed = new Simulation(short, { seed: 2, journal: { interventions: [{ day: 70, path: 'lanceur.quantityMargin', value: 0.4 }] } });
    changed.runToEnd();
    const before = (s: Simulation) => s.state.orders.filter((o) => o.launchedAt !== null && o.launchedAt < 70 * 24).map((o) => o.firstLaunched);
    expect(before(changed)).toEqual(before(plain));
    const after = changed.state.orders.filter((o) => o.launchedAt !== null && o.launchedAt >= 70 * 24 && !o.urgent);
    expect(after.length).toBeGreaterThan(0);
    for (const o of after) expect(o.firstLaunched).toBe(Math.max(o.firstLaunchRequested, Math.round(o.firstLaunchRequested * 1.4)));
  });
});
