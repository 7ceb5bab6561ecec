import { describe, expect, it } from 'vitest';
import { promise, type CommercialParams } from '../../../src/agents/strategies/commercial';
import type { PromiseView } from '../../../src/agents/views/commercial';
import { noDraw, scenario } from './fixtures';

const params: CommercialParams = {
  commercial: { ...scenario.commercial, cycleDays: { internal: 20, semiExternal: 25, external: 30 }, urgentCycleDays: 12 },
  strategy: scenario.strategies.commercial,
};

function view(v: Partial<PromiseView> = {}, order: Partial<PromiseView['order']> = {}): PromiseView {
  return {
    receivedDay: 10,
    order: { id: 1, client: 'E1', kind: 'external', urgent: false, product: 'P1', quantity: 50, uo: 100, ...order },
    posture: 'imposing',
    book: { orders: 12, uo: 2400 },
    bookedThisWeekUO: 0,
    targetUOPerWeek: 800,
    lanceurDeliveryDay: null,
    ...v,
  };
}

describe('the commercial promises a date', () => {
  it('from the cycle table by client kind when it imposes dates', () => {
    expect(promise(view(), noDraw, params)).toEqual({ day: 40 });
    expect(promise(view({}, { kind: 'internal' }), noDraw, params)).toEqual({ day: 30 });
    expect(promise(view({}, { urgent: true }), noDraw, params)).toEqual({ day: 22 });
  });

  it("takes the lanceur's day when it consults and that day is sooner, never sooner than the minimum cycle", () => {
    expect(promise(view({ posture: 'consulting', lanceurDeliveryDay: 25 }), noDraw, params)).toEqual({ day: 25 });
    expect(promise(view({ posture: 'consulting', lanceurDeliveryDay: 60 }), noDraw, params)).toEqual({ day: 40 });
    expect(promise(view({ posture: 'consulting', lanceurDeliveryDay: 10 }), noDraw, params)).toEqual({ day: 11 });
    const slower = { ...params, strategy: { minConsultedCycleDays: 4 } };
    expect(promise(view({ posture: 'consulting', lanceurDeliveryDay: 10 }), noDraw, slower)).toEqual({ day: 14 });
  });
});
