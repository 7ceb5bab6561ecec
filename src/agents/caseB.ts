/**
 * Case B hooks (client lines, supplier-held stock, disruptions). Filled in by the case B
 * work; with no line, stock or disruption in the scenario they do nothing.
 */
import type { Model } from '../core/model';
import type { SimEvent } from '../core/events';

export const caseB = {
  /** Schedules the case's first events. */
  start(_m: Model): void {},
  /** Handles a case B event. */
  dispatch(_m: Model, _e: SimEvent): void {},
  /** Takes over a delivery when the case needs it (returns true), else undefined. */
  onDeliveryArrive(_m: Model, _e: SimEvent & { type: 'delivery.arrive' }): true | undefined {
    return undefined;
  },
};
