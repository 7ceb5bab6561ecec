/**
 * Fabrication's automatic strategy: offer the client off-spec parts for a short order, by
 * the derogation policy (never; when short and the client is at risk; always), only when the
 * off-spec parts on hand cover what is missing. The client is at risk when a complement would
 * arrive after the promised day or after its line's buffer runs out. Pure.
 */
import type { Stream } from '../../core/random';
import type { Scenario } from '../../scenario/schema';
import type { OffSpecView } from '../views/fabrication';

/** Fabrication's answer: offer off-spec parts or not. */
export interface OfferAnswer {
  offer: boolean;
}

/** Fabrication's parameters: its section of the scenario. */
export interface FabricationParams {
  fabrication: Scenario['fabrication'];
}

/** Whether off-spec parts can stand in for what is missing. */
export function offSpecCovers(view: OffSpecView): boolean {
  return view.control.missing > 0 && view.control.offSpecFree >= view.control.missing;
}

/** Whether the client would suffer from waiting for a complement. */
export function clientAtRisk(view: OffSpecView): boolean {
  const lead = view.complementLeadDays;
  return view.today + lead > view.order.promisedDay || (view.clientCoverageDays !== null && view.clientCoverageDays < lead);
}

/** Whether to offer off-spec parts. */
export function offerDerogation(view: OffSpecView, _rng: Stream, p: FabricationParams): OfferAnswer {
  const policy = p.fabrication.derogationPolicy;
  return { offer: offSpecCovers(view) && (policy === 'always' || (policy === 'whenShort' && clientAtRisk(view))) };
}
