/**
 * The case B mechanics wired into the simulation: client lines, supplier-held stocks and
 * disruptions. With no line, stock or disruption in the scenario, none of them acts.
 */
import type { Model } from '../core/model';
import type { SimEvent } from '../core/events';
import { openLines, onLineCheck, feedLine } from './lines';
import { openStocks } from './stock';
import { scheduleDisruptions, onNextDisruption, onDisruptionStart, onDisruptionEnd, holdShipment } from './disruptions';

export const caseB = {
  /** Opens lines and stocks, schedules disruptions. */
  start(m: Model): void {
    openStocks(m);
    openLines(m);
    scheduleDisruptions(m);
  },

  /** Handles a case B event. */
  dispatch(m: Model, e: SimEvent): void {
    switch (e.type) {
      case 'line.check':
        return onLineCheck(m, e.client);
      case 'disruption.next':
        return onNextDisruption(m, e.index);
      case 'disruption.start':
        return onDisruptionStart(m, e);
      case 'disruption.end':
        return onDisruptionEnd(m, e);
    }
  },

  /**
   * A shipment reaching the client: held at the dock while transport is blocked (returns
   * true, the arrival is rescheduled), otherwise it feeds the client's line and returns false.
   */
  onDeliveryArrive(m: Model, e: Extract<SimEvent, { type: 'delivery.arrive' }>): boolean {
    if (holdShipment(m, e)) return true;
    const order = m.order(e.order);
    feedLine(m, order.client, order.product, e.quantity);
    return false;
  },
};
