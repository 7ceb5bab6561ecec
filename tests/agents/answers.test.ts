import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { InvalidAnswer, type Controller } from '../../src/core/decisions';
import { traceDigest } from '../../src/core/traceDigest';
import { baseline, scenarioFile } from '../helpers';

const short = baseline({ days: 30, warmupDays: 60 });
const caseB = { ...scenarioFile('equipementier-auto.json'), warmupDays: 0, days: 90 };

/** A run paused at its first decision of `kind`, the earlier ones answered with their suggestion. */
function pausedAt(kind: string, controllers: Record<string, Controller>, s = short): Simulation {
  const sim = new Simulation(s, { seed: 3, controllers });
  while (sim.runToEnd() === 'pending') {
    if (sim.desk.pending!.kind === kind) return sim;
    sim.desk.answer(sim.desk.pending!.suggestion);
  }
  throw new Error(`no ${kind} decision`);
}

describe("a person's answer is checked", () => {
  it('for its shape, naming the decision and the field, and the decision stays pending', () => {
    const sim = pausedAt('commercial.promise', { commercial: 'human' });
    const id = sim.desk.pending!.id;
    expect(() => sim.desk.answer({ day: 'soon' })).toThrow(new InvalidAnswer(`decision ${id} (commercial.promise by commercial): day: expected number, got "soon"`));
    expect(() => sim.desk.answer({ day: 3, dya: 4 })).toThrow(/commercial\.promise by commercial\): dya: unknown field "dya"/);
    expect(() => sim.desk.answer(null)).toThrow(/commercial\.promise by commercial\): answer: expected object, got null/);
    expect(sim.desk.pending!.id).toBe(id);
    sim.desk.answer({ day: (sim.desk.pending!.suggestion as { day: number }).day, note: 'the usual cycle' });
    expect(sim.runToEnd()).toBe('pending');
    expect(sim.journal().decisions[0].answer).toMatchObject({ note: 'the usual cycle' });
  });

  it("for its fit with the view: the lanceur launches only orders of its book, a client asks only its own products", () => {
    const plan = pausedAt('lanceur.plan', { lanceur: 'human' });
    const p = plan.desk.pending!;
    expect(() => plan.desk.answer({ launches: [{ order: 99999, quantity: 5, reserve: false }], moves: [], reserveHeld: 0.3, overdueUO: 0 })).toThrow(
      new InvalidAnswer(`decision ${p.id} (lanceur.plan by lanceur): launches[0].order: order 99999 is not in the book`),
    );
    expect(() => plan.desk.answer({ launches: [], moves: [], reserveHeld: 2, overdueUO: 0 })).toThrow(/reserveHeld: expected a number ≤ 1, got 2/);

    const ask = pausedAt('client.requestChange', { client: 'human' }, caseB);
    const q = ask.desk.pending!;
    expect(() => ask.desk.answer({ terms: { product: 'NOPE' } })).toThrow(new InvalidAnswer(`decision ${q.id} (client.requestChange by ${q.agent}): terms.product: ${q.agent} does not order NOPE`));
    expect(() => ask.desk.answer({ terms: { quantity: 0 } })).toThrow(/terms\.quantity: expected a number ≥ 1, got 0/);
    ask.desk.answer({ terms: null });
  });

  it("for the lanceur's verdict: a counter needs its terms", () => {
    const sim = pausedAt('lanceur.answerChange', { lanceur: 'human' }, caseB);
    expect(() => sim.desk.answer({ verdict: 'counter' })).toThrow(/lanceur\.answerChange by lanceur\): terms: expected object, but it is missing/);
    expect(() => sim.desk.answer({ verdict: 'maybe' })).toThrow(/verdict: expected one of accept, reject, counter, got "maybe"/);
    sim.desk.answer({ verdict: 'counter', terms: { day: 200 } });
    sim.runToEnd();
    expect(sim.proposals.filter((p) => p.replyTo !== null).map((p) => p.terms)).toContainEqual({ day: 200 });
  });
});

describe('a journal answer is checked when it is replayed', () => {
  it('and a bad one stops the run with the decision and field', () => {
    const journal = { decisions: [{ id: 0, kind: 'commercial.promise', agent: 'commercial', answer: { day: 12.5, extra: true } }] };
    const sim = new Simulation(short, { seed: 1, journal });
    expect(() => sim.runToEnd()).toThrow(new InvalidAnswer('decision 0 (commercial.promise by commercial): extra: unknown field "extra"'));
  });

  it('and a good one with notes replays the played run', () => {
    const s = { ...scenarioFile('equipementier-auto.json'), warmupDays: 0, days: 60 };
    const played = new Simulation(s, { seed: 2, controllers: { client: 'human', fabrication: 'human' } });
    while (played.runToEnd() === 'pending') played.desk.answer({ ...(played.desk.pending!.suggestion as object), note: 'why not' });
    const journal = played.journal();
    expect(journal.decisions.length).toBeGreaterThan(3);
    const replay = new Simulation(s, { seed: 2, journal });
    expect(replay.runToEnd()).toBe('until');
    expect(traceDigest(replay.traceRecords)).toBe(traceDigest(played.traceRecords));
  });
});
