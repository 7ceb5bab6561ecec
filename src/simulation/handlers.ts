/**
 * The one table that routes each kind of event to the agent or mechanism that handles it.
 * Typed by event kind and exhaustive: a new event kind does not compile until it has a
 * handler here. Handlers run inside the simulation loop, one event at a time.
 */
import type { SimEvent, SimEventType } from '../agents/events';
import type { Model } from '../agents/model';
import { onDemand } from '../agents/demand';
import { onQuote } from '../agents/commercial';
import { onReview } from '../agents/lanceur';
import { onStationDone, stationDown, stationUp } from '../agents/workshop';
import { settle } from '../agents/settlement';
import { onDeliveryArrive } from '../agents/delivery';
import { onDerogationAnswer, onDerogationOffer } from '../agents/derogation';
import { onChangeAnswer, onChangeRequest, onCounterAnswer } from '../agents/changes';
import { endEscalation } from '../agents/trust';
import { feedLine, onLineCheck } from '../agents/lines';
import { holdShipment, onDisruptionEnd, onDisruptionStart, onNextDisruption } from '../agents/disruptions';
import { applyLever } from './levers';

/** What the table needs of the run beyond the agents' model: the start of a day. */
export interface RunModel extends Model {
  onDayStart(day: number): void;
}

type Handlers = { [K in SimEventType]: (m: RunModel, e: Extract<SimEvent, { type: K }>) => void };

/** The handler of every event kind. */
export const handlers: Handlers = {
  'day.start': (m, e) => m.onDayStart(e.day),
  'lever.set': (m, e) => applyLever(m, e.path, e.value),
  demand: (m, e) => onDemand(m, e.client),
  'order.quote': (m, e) => onQuote(m, e.order),
  review: (m, e) => onReview(m, e.day),
  'station.done': (m, e) => {
    const controlled = onStationDone(m, e.station, e.token);
    if (controlled) settle(m, controlled);
  },
  'station.down': (m, e) => stationDown(m, e.station, null),
  'station.up': (m, e) => stationUp(m, e.station, true),
  'delivery.arrive': (m, e) => {
    if (holdShipment(m, e)) return;
    const order = m.order(e.order);
    feedLine(m, order.client, order.product, e.quantity);
    onDeliveryArrive(m, e.order, e.quantity, e.offSpec);
  },
  'derogation.offer': (m, e) => onDerogationOffer(m, e.order),
  'derogation.answer': (m, e) => onDerogationAnswer(m, e.proposal),
  'change.request': (m, e) => onChangeRequest(m, e.order),
  'change.answer': (m, e) => onChangeAnswer(m, e.proposal),
  'counter.answer': (m, e) => onCounterAnswer(m, e.proposal),
  'escalation.end': (m, e) => endEscalation(m, e.client),
  'line.check': (m, e) => onLineCheck(m, e.client),
  'disruption.next': (m, e) => onNextDisruption(m, e.index),
  'disruption.start': (m, e) => onDisruptionStart(m, e),
  'disruption.end': (m, e) => onDisruptionEnd(m, e),
};

/** Hands `e` to its handler. */
export function dispatch(m: RunModel, e: SimEvent): void {
  (handlers[e.type] as (m: RunModel, e: SimEvent) => void)(m, e);
}
