/**
 * The lanceur as an xstate machine. After each daily review it is told how much work was due
 * and not launched; with more than a day's norm overdue it is `catchingUp`, and then answers
 * change requests more harshly (see lanceurStrategy). Otherwise it is `levelling`.
 */
import { assign, setup } from 'xstate';

export type LanceurEvent = { type: 'plan.reviewed'; overdueUO: number; normUO: number; reserveHeld: number };

export interface LanceurContext {
  overdueUO: number;
  normUO: number;
  reviews: number;
  daysCatchingUp: number;
}

/** The lanceur machine: `levelling` ⇄ `catchingUp`. */
export const lanceurMachine = setup({
  types: { context: {} as LanceurContext, events: {} as LanceurEvent },
  guards: {
    behind: ({ event }) => event.overdueUO > event.normUO,
  },
  actions: {
    note: assign(({ context, event }) => ({
      overdueUO: event.overdueUO,
      normUO: event.normUO,
      reviews: context.reviews + 1,
      daysCatchingUp: context.daysCatchingUp + (event.overdueUO > event.normUO ? 1 : 0),
    })),
  },
}).createMachine({
  id: 'lanceur',
  context: { overdueUO: 0, normUO: 0, reviews: 0, daysCatchingUp: 0 },
  initial: 'levelling',
  states: {
    levelling: {
      on: { 'plan.reviewed': [{ guard: 'behind', target: 'catchingUp', actions: 'note' }, { actions: 'note' }] },
    },
    catchingUp: {
      on: { 'plan.reviewed': [{ guard: 'behind', actions: 'note' }, { target: 'levelling', actions: 'note' }] },
    },
  },
});
