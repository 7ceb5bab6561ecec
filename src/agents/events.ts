/**
 * The simulation's events: what can be scheduled, and their priorities among events at the
 * same time (lower first). Plain data only, so the queue serialises.
 */
import type { Queued, Timed } from '../core/eventQueue';

/** Every event the model schedules, as its handler made it (the queue keeps its priority and seq). */
export type SimEvent = Timed &
  (
    | { type: 'day.start'; day: number }
    | { type: 'lever.set'; path: string; value: unknown }
    | { type: 'station.up'; station: number }
    | { type: 'station.down'; station: number }
    | { type: 'station.done'; station: number; token: number }
    | { type: 'delivery.arrive'; order: number; quantity: number; offSpec: number }
    | { type: 'demand'; client: number }
    | { type: 'order.quote'; order: number }
    | { type: 'change.request'; order: number }
    | { type: 'change.answer'; proposal: number }
    | { type: 'counter.answer'; proposal: number }
    | { type: 'derogation.offer'; order: number }
    | { type: 'derogation.answer'; proposal: number }
    | { type: 'review'; day: number }
    | { type: 'escalation.end'; client: number }
    | { type: 'line.check'; client: number }
    | { type: 'disruption.start'; index: number; what: 'transport' | 'weather' | 'breakdown'; hours: number; station?: number }
    | { type: 'disruption.end'; index: number; what: 'transport' | 'weather' | 'breakdown'; station?: number }
    | { type: 'disruption.next'; index: number }
  );

export type SimEventType = SimEvent['type'];

/** Among events at the same instant: the day opens first, the lanceur reviews last. */
export const PRIORITY: Record<SimEventType, number> = {
  'day.start': 0,
  'lever.set': 1,
  'disruption.next': 2,
  'disruption.start': 2,
  'disruption.end': 2,
  'station.up': 3,
  'station.down': 3,
  'station.done': 4,
  'delivery.arrive': 5,
  'line.check': 6,
  demand: 7,
  'order.quote': 7,
  'derogation.offer': 7,
  'derogation.answer': 7,
  'change.request': 8,
  'change.answer': 8,
  'counter.answer': 8,
  'escalation.end': 9,
  review: 10,
};

/** An event as the saved queue holds it: with its priority and seq. */
export type QueuedEvent = SimEvent extends infer E ? (E extends SimEvent ? Queued<E> : never) : never;
