/**
 * The commercial as an xstate machine: its judgement of the order book against the weekly
 * target. It is told when the UO booked this week reach the target (a threshold signal, not
 * one event per order) and when a week starts; both events carry the week's booked UO and the
 * target as the scenario states it at that moment, so a lever on
 * `commercial.orderBookTargetUOPerWeek` applies from the next event on. Its quoting posture
 * (imposed dates or consulting the lanceur) is the scenario's `commercial.quoting`, read at
 * each quote (see commercial.ts), so the machine holds no copy of it.
 */
import { assign, setup } from 'xstate';

/** What the commercial machine is told. `bookedUO`: UO booked since the week began. */
export type CommercialEvent =
  | { type: 'book.reached'; bookedUO: number; targetUOPerWeek: number }
  | { type: 'week.start'; bookedUO: number; targetUOPerWeek: number };

/** The commercial's record: weeks closed, and of those the weeks on target. */
export interface CommercialContext {
  weeksOnTarget: number;
  weeks: number;
}

/** The commercial machine: `belowTarget` ⇄ `onTarget` within a week, judged each week. */
export const commercialMachine = setup({
  types: {
    context: {} as CommercialContext,
    events: {} as CommercialEvent,
  },
  guards: {
    reachesTarget: ({ event }) => event.bookedUO >= event.targetUOPerWeek,
  },
  actions: {
    closeWeek: assign(({ context, event }) => ({
      weeks: context.weeks + 1,
      weeksOnTarget: context.weeksOnTarget + (event.bookedUO >= event.targetUOPerWeek ? 1 : 0),
    })),
  },
}).createMachine({
  id: 'commercial',
  context: { weeksOnTarget: 0, weeks: 0 },
  initial: 'belowTarget',
  states: {
    belowTarget: {
      on: {
        'book.reached': { guard: 'reachesTarget', target: 'onTarget' },
        'week.start': { actions: 'closeWeek' },
      },
    },
    onTarget: {
      on: { 'week.start': { actions: 'closeWeek', target: 'belowTarget' } },
    },
  },
});
