/**
 * The commercial as an xstate machine. Two regions: its quoting posture (imposing dates from
 * the cycle table without asking the shop, or consulting the lanceur's load first) and its
 * order book against the weekly target (UO booked this week, reset each Monday).
 */
import { assign, setup } from 'xstate';

export type CommercialEvent =
  | { type: 'order.booked'; uo: number }
  | { type: 'week.start' }
  | { type: 'quoting.set'; quoting: 'imposed' | 'loadAware' };

export interface CommercialInput {
  targetUOPerWeek: number;
  quoting: 'imposed' | 'loadAware';
}

export interface CommercialContext {
  targetUOPerWeek: number;
  bookedThisWeek: number;
  weeksOnTarget: number;
  weeks: number;
}

/** The commercial machine: parallel regions `posture` and `book`. */
export const commercialMachine = setup({
  types: {
    context: {} as CommercialContext,
    events: {} as CommercialEvent,
    input: {} as CommercialInput,
  },
  guards: {
    loadAware: ({ event }) => event.type === 'quoting.set' && event.quoting === 'loadAware',
    imposed: ({ event }) => event.type === 'quoting.set' && event.quoting === 'imposed',
    reachesTarget: ({ context, event }) => event.type === 'order.booked' && context.bookedThisWeek + event.uo >= context.targetUOPerWeek,
  },
  actions: {
    book: assign({ bookedThisWeek: ({ context, event }) => context.bookedThisWeek + (event.type === 'order.booked' ? event.uo : 0) }),
    closeWeek: assign(({ context }) => ({
      weeks: context.weeks + 1,
      weeksOnTarget: context.weeksOnTarget + (context.bookedThisWeek >= context.targetUOPerWeek ? 1 : 0),
      bookedThisWeek: 0,
    })),
  },
}).createMachine({
  id: 'commercial',
  type: 'parallel',
  context: ({ input }) => ({ targetUOPerWeek: input.targetUOPerWeek, bookedThisWeek: 0, weeksOnTarget: 0, weeks: 0 }),
  states: {
    posture: {
      initial: 'imposing',
      states: {
        imposing: { on: { 'quoting.set': { guard: 'loadAware', target: 'consulting' } } },
        consulting: { on: { 'quoting.set': { guard: 'imposed', target: 'imposing' } } },
      },
    },
    book: {
      initial: 'belowTarget',
      states: {
        belowTarget: {
          on: {
            'order.booked': [{ guard: 'reachesTarget', actions: 'book', target: 'onTarget' }, { actions: 'book' }],
            'week.start': { actions: 'closeWeek' },
          },
        },
        onTarget: {
          on: { 'order.booked': { actions: 'book' }, 'week.start': { actions: 'closeWeek', target: 'belowTarget' } },
        },
      },
    },
  },
});
