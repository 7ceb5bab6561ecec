/**
 * The lanceur as an xstate machine. It is told of a daily review that can change its standing:
 * one that leaves more than a day's norm overdue ({@link isBehind}), or any review while it is
 * catching up. With more than a day's norm overdue it is `catchingUp`, and then answers change
 * requests more harshly (see strategies/lanceur.ts). Otherwise it is `levelling`. A review
 * that finds it levelling and not behind could change nothing, so it is not sent.
 */
import { assign, setup } from 'xstate';

export type LanceurEvent = { type: 'plan.reviewed'; overdueUO: number; normUO: number; reserveHeld: number };

/** The machine's context: the figures of the last review it was told of, and the days it spent catching up. */
export interface LanceurContext {
  overdueUO: number;
  normUO: number;
  daysCatchingUp: number;
}

/** Whether a review leaving `overdueUO` undone is behind: more than a day's norm `normUO` (pure). */
export function isBehind(overdueUO: number, normUO: number): boolean {
  return overdueUO > normUO;
}

/**
 * Whether a review can change the lanceur's machine: it is behind, or the lanceur is catching
 * up (the review may end it). `catchingUp` is the machine's state now. Pure.
 */
export function reviewMatters(catchingUp: boolean, overdueUO: number, normUO: number): boolean {
  return catchingUp || isBehind(overdueUO, normUO);
}

/** The lanceur machine: `levelling` ⇄ `catchingUp`. */
export const lanceurMachine = setup({
  types: { context: {} as LanceurContext, events: {} as LanceurEvent },
  guards: {
    behind: ({ event }) => isBehind(event.overdueUO, event.normUO),
  },
  actions: {
    note: assign(({ context, event }) => ({
      overdueUO: event.overdueUO,
      normUO: event.normUO,
      daysCatchingUp: context.daysCatchingUp + (isBehind(event.overdueUO, event.normUO) ? 1 : 0),
    })),
  },
}).createMachine({
  id: 'lanceur',
  context: { overdueUO: 0, normUO: 0, daysCatchingUp: 0 },
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
