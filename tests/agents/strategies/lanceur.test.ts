import { describe, expect, it } from 'vitest';
import { answerChange, plan, type LanceurParams } from '../../../src/agents/strategies/lanceur';
import type { ChangeRequestView, PlanView } from '../../../src/agents/views/lanceur';
import type { Terms } from '../../../src/negotiation/proposal';
import { noDraw, scenario } from './fixtures';

const params: LanceurParams = { lanceur: scenario.lanceur, strategy: scenario.strategies.lanceur };

function request(terms: Terms, v: Partial<ChangeRequestView> = {}, important = false): ChangeRequestView {
  return {
    today: 20,
    request: { proposal: 3, client: 'E1', important, terms, deadline: 600 },
    order: { id: 7, product: 'P1', quantity: 100, urgent: false, promisedDay: 40, plannedLaunchDay: 30 },
    hoursToLaunch: 200,
    cutoffHours: 24,
    catchingUp: false,
    capacityUOPerDay: 160,
    normUOPerDay: 112,
    ...v,
  };
}

describe("the lanceur's answer to a change request", () => {
  it('follows the policy when it accepts or refuses all', () => {
    expect(answerChange(request({ quantity: 500 }), noDraw, { ...params, lanceur: { ...params.lanceur, changePolicy: 'acceptAll' } })).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ quantity: 50 }), noDraw, { ...params, lanceur: { ...params.lanceur, changePolicy: 'refuseAll' } })).toEqual({ verdict: 'reject' });
  });

  it('accepts another product unless catching up, then counters it later', () => {
    expect(answerChange(request({ product: 'P2' }), noDraw, params)).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ product: 'P2' }, { catchingUp: true }), noDraw, params)).toEqual({ verdict: 'counter', terms: { product: 'P2', day: 43 } });
  });

  it('rushes only an important client when it can, and offers a sooner day instead', () => {
    expect(answerChange(request({ priority: 'urgent' }, {}, true), noDraw, params)).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ priority: 'urgent' }), noDraw, params)).toEqual({ verdict: 'counter', terms: { day: 37 } });
    expect(answerChange(request({ priority: 'urgent' }, { catchingUp: true }, true), noDraw, params)).toEqual({ verdict: 'counter', terms: { day: 37 } });
  });

  it('accepts less, and more up to the share, and counters halfway and later beyond it', () => {
    expect(answerChange(request({ quantity: 60 }), noDraw, params)).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ quantity: 120 }), noDraw, params)).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ quantity: 140 }), noDraw, params)).toEqual({ verdict: 'counter', terms: { quantity: 120, day: 43 } });
    expect(answerChange(request({ quantity: 110 }, { catchingUp: true }), noDraw, params)).toEqual({ verdict: 'counter', terms: { quantity: 105, day: 43 } });
    const generous = { ...params, strategy: { ...params.strategy, acceptIncreaseUpTo: 0.5, counterDelayDays: 7, counterQuantityShare: 1 } };
    expect(answerChange(request({ quantity: 140 }), noDraw, generous)).toEqual({ verdict: 'accept' });
    expect(answerChange(request({ quantity: 160 }), noDraw, generous)).toEqual({ verdict: 'counter', terms: { quantity: 160, day: 47 } });
  });
});

describe("the lanceur's daily plan", () => {
  const view: PlanView = {
    today: 14,
    book: [
      { id: 1, plannedLaunchDay: 14, promisedDay: 24, uo: 50, quantity: 50, urgent: true, important: true, reviewed: false },
      { id: 2, plannedLaunchDay: 14, promisedDay: 24, uo: 60, quantity: 60, urgent: false, important: false, reviewed: true },
      { id: 3, plannedLaunchDay: 40, promisedDay: 50, uo: 60, quantity: 60, urgent: false, important: false, reviewed: true },
    ],
    capacityUOPerDay: 160,
    wipExcessUO: 0,
    quantityMargin: 0,
    bookedShare: [1],
    calendar: { workingDays: [0, 1, 2, 3, 4], shifts: [{ start: 8, end: 16 }], holidays: [] },
    normUOPerDay: 112,
  };

  it("launches an important client's urgent order on the reserve and levels the rest on working days", () => {
    const p = plan(view, noDraw, { ...params, lanceur: { ...params.lanceur, pullAheadDays: 0, pushBackDays: 0 } });
    expect(p.launches).toEqual([
      { order: 1, quantity: 50, reserve: true },
      { order: 2, quantity: 60, reserve: false },
    ]);
    expect(p.moves).toEqual([]);
  });

  it('places nothing on a day the calendar does not work', () => {
    const sunday = plan({ ...view, today: 13, book: view.book.map((l) => ({ ...l, plannedLaunchDay: 13 })) }, noDraw, { ...params, lanceur: { ...params.lanceur, pullAheadDays: 0, pushBackDays: 0 } });
    expect(sunday.launches.filter((l) => !l.reserve)).toEqual([]);
  });
});
