import { describe, expect, expectTypeOf, it } from 'vitest';
import { automatic, decisions, type RoleStrategies, type StrategyOf } from '../../src/agents/decisions/registry';
import type { Stream } from '../../src/core/random';
import type { ChangeAskView } from '../../src/agents/views/client';
import type { ChangeAsk } from '../../src/agents/strategies/client';

describe('the decision registry', () => {
  it("names each kind by its role and the role's strategy, one function per kind", () => {
    for (const [kind, d] of Object.entries(decisions)) {
      const [role, name] = kind.split('.');
      expect(d.role).toBe(role);
      expect(d.strategy).toBe((automatic as unknown as Record<string, Record<string, unknown>>)[role][name]);
    }
    expect(Object.keys(decisions).sort()).toEqual([
      'client.acceptDerogation',
      'client.answerCounter',
      'client.requestChange',
      'commercial.promise',
      'fabrication.offerDerogation',
      'lanceur.answerChange',
      'lanceur.plan',
    ]);
  });

  it('types what a strategy module of a role exports; a (view, rng) → answer function fits', () => {
    expectTypeOf<keyof RoleStrategies<'client'>>().toEqualTypeOf<'requestChange' | 'answerCounter' | 'acceptDerogation'>();
    expectTypeOf<keyof RoleStrategies<'lanceur'>>().toEqualTypeOf<'plan' | 'answerChange'>();
    const never = (_view: ChangeAskView, _rng: Stream): ChangeAsk => ({ terms: null });
    expectTypeOf(never).toExtend<StrategyOf<'client.requestChange'>>();
  });
});
