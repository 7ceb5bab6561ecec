/**
 * The lanceur's automatic strategies, pure functions of its view (and the scenario's
 * parameters): the daily plan (levelling, {@link planDay}) and the answer to a change request.
 * A change of object or a priority is accepted when the lanceur can afford it, a smaller or
 * modestly larger volume accepted, anything else countered: later, halfway, or sooner instead
 * of urgent.
 */
import type { Stream } from '../../core/random';
import { calendarOf } from '../../core/calendar';
import type { LanceurSpec, StrategiesSpec } from '../../scenario/schema';
import type { Terms } from '../../negotiation/proposal';
import { planDay, type DailyPlan } from '../lanceurPlan';
import type { ChangeRequestView, PlanView } from '../views/lanceur';

export type { DailyPlan };

/** The lanceur's answer to a change request: accept, refuse, or counter with terms. */
export type ChangeVerdict = { verdict: 'accept' } | { verdict: 'reject' } | { verdict: 'counter'; terms: Terms };

/** The lanceur's parameters: its section of the scenario and its strategy tuning. */
export interface LanceurParams {
  lanceur: LanceurSpec;
  strategy: StrategiesSpec['lanceur'];
}

/** The day's plan: the levelled plan of {@link planDay} on the view's book and calendar. Pure. */
export function plan(view: PlanView, _rng: Stream, p: LanceurParams): DailyPlan {
  return planDay(view, p.lanceur, calendarOf(view.calendar));
}

/**
 * The answer to a change request, by the lanceur's change policy. With `counter`: another
 * product is accepted unless catching up (then countered `counterDelayDays` later); urgent
 * priority accepted for an important client when not catching up, else countered
 * `urgentCounterAdvanceDays` sooner; a smaller volume accepted, a larger one accepted up to
 * `acceptIncreaseUpTo` when not catching up, else countered at `counterQuantityShare` of the
 * increase, `counterDelayDays` later. Pure.
 */
export function answerChange(view: ChangeRequestView, _rng: Stream, p: LanceurParams): ChangeVerdict {
  const policy = p.lanceur.changePolicy;
  if (policy === 'acceptAll') return { verdict: 'accept' };
  if (policy === 'refuseAll') return { verdict: 'reject' };
  const s = p.strategy;
  const { catchingUp, order } = view;
  const t = view.request.terms;
  if (t.product !== undefined) return catchingUp ? { verdict: 'counter', terms: { product: t.product, day: order.promisedDay + s.counterDelayDays } } : { verdict: 'accept' };
  if (t.priority === 'urgent') return view.request.important && !catchingUp ? { verdict: 'accept' } : { verdict: 'counter', terms: { day: order.promisedDay - s.urgentCounterAdvanceDays } };
  const q = t.quantity ?? order.quantity;
  if (q <= order.quantity) return { verdict: 'accept' };
  if (!catchingUp && q <= order.quantity * (1 + s.acceptIncreaseUpTo)) return { verdict: 'accept' };
  return { verdict: 'counter', terms: { quantity: Math.round(order.quantity + (q - order.quantity) * s.counterQuantityShare), day: order.promisedDay + s.counterDelayDays } };
}
