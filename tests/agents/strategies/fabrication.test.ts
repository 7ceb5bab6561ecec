import { describe, expect, it } from 'vitest';
import { offerDerogation, type FabricationParams } from '../../../src/agents/strategies/fabrication';
import type { OffSpecView } from '../../../src/agents/views/fabrication';
import { noDraw, scenario } from './fixtures';

const with_ = (policy: FabricationParams['fabrication']['derogationPolicy']): FabricationParams => ({ fabrication: { ...scenario.fabrication, derogationPolicy: policy } });

function short(v: { missing?: number; offSpecFree?: number; today?: number; coverage?: number | null } = {}): OffSpecView {
  const missing = v.missing ?? 10;
  return {
    today: v.today ?? 20,
    order: { id: 7, client: 'C1', product: 'P1', quantity: 100, promisedDay: 40 },
    control: { owed: 100, good: 100 - missing, offSpecFree: v.offSpecFree ?? 15, scrap: 3, missing },
    stock: { onHand: 0, imposed: false },
    clientCoverageDays: v.coverage === undefined ? null : v.coverage,
    complementLeadDays: 5,
  };
}

describe('fabrication offers off-spec parts', () => {
  it('never, or always when off-spec parts cover what is missing', () => {
    expect(offerDerogation(short(), noDraw, with_('never'))).toEqual({ offer: false });
    expect(offerDerogation(short(), noDraw, with_('always'))).toEqual({ offer: true });
    expect(offerDerogation(short({ offSpecFree: 9 }), noDraw, with_('always'))).toEqual({ offer: false });
    expect(offerDerogation(short({ missing: 0 }), noDraw, with_('always'))).toEqual({ offer: false });
  });

  it('when short, only if the client is at risk: a complement would be late, or its line would run dry first', () => {
    expect(offerDerogation(short(), noDraw, with_('whenShort'))).toEqual({ offer: false });
    expect(offerDerogation(short({ today: 36 }), noDraw, with_('whenShort'))).toEqual({ offer: true });
    expect(offerDerogation(short({ coverage: 4 }), noDraw, with_('whenShort'))).toEqual({ offer: true });
    expect(offerDerogation(short({ coverage: 6 }), noDraw, with_('whenShort'))).toEqual({ offer: false });
  });
});
