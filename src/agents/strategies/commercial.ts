/**
 * The commercial's automatic strategy: the promised day from the cycle table by client kind
 * (urgent orders: the urgent cycle); when consulting, the lanceur's day instead if sooner,
 * but never sooner than `minConsultedCycleDays` after the order. Pure.
 */
import type { Stream } from '../../core/random';
import type { CommercialSpec, StrategiesSpec } from '../../scenario/schema';
import type { PromiseView } from '../views/commercial';

/** The commercial's answer: the promised day (day index). */
export interface PromiseAnswer {
  day: number;
}

/** The commercial's parameters: its section of the scenario and its strategy tuning. */
export interface CommercialParams {
  commercial: CommercialSpec;
  strategy: StrategiesSpec['commercial'];
}

/** The quoted cycle (days) for the order: the table's by client kind, or the urgent cycle. */
export function tableCycle(commercial: CommercialSpec, order: PromiseView['order']): number {
  return order.urgent ? commercial.urgentCycleDays : commercial.cycleDays[order.kind];
}

/** The day to promise. */
export function promise(view: PromiseView, _rng: Stream, p: CommercialParams): PromiseAnswer {
  const table = view.receivedDay + Math.round(tableCycle(p.commercial, view.order));
  if (view.lanceurDeliveryDay === null) return { day: table };
  return { day: Math.min(table, Math.max(view.receivedDay + p.strategy.minConsultedCycleDays, view.lanceurDeliveryDay)) };
}
