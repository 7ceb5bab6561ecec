/**
 * The client as an xstate machine: its trust in the producer and what it does when trust
 * breaks. Trust moves with kept and broken commitments (events carry the signed change);
 * below its threshold a semi-external or external client goes to a competitor (final state
 * `lost`), an internal one escalates to the hierarchy until `escalation.end`.
 */
import { assign, setup } from 'xstate';
import type { ClientKind } from '../scenario/schema';

/** What the client machine is told. `delta` is the signed change of trust. */
export type ClientEvent =
  | { type: 'commitment.kept'; reason: string; delta: number }
  | { type: 'commitment.broken'; reason: string; delta: number }
  | { type: 'escalation.end'; restoredTrust: number };

export interface ClientInput {
  id: string;
  kind: ClientKind;
  trust: number;
  threshold: number;
}

export interface ClientContext extends ClientInput {
  kept: number;
  broken: number;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The client machine. States: trusting, wary (within 0.15 of its threshold), escalated, lost. */
export const clientMachine = setup({
  types: {
    context: {} as ClientContext,
    events: {} as ClientEvent,
    input: {} as ClientInput,
  },
  guards: {
    belowThreshold: ({ context }) => context.trust < context.threshold,
    isInternal: ({ context }) => context.kind === 'internal',
    wary: ({ context }) => context.trust < context.threshold + 0.15,
  },
  actions: {
    applyDelta: assign(({ context, event }) => {
      if (event.type === 'escalation.end') return {};
      const kept = event.type === 'commitment.kept';
      return {
        trust: clamp(context.trust + event.delta),
        kept: context.kept + (kept ? 1 : 0),
        broken: context.broken + (kept ? 0 : 1),
      };
    }),
    restore: assign(({ context, event }) =>
      event.type === 'escalation.end' ? { trust: Math.max(context.trust, clamp(event.restoredTrust)) } : {},
    ),
  },
}).createMachine({
  id: 'client',
  context: ({ input }) => ({ ...input, kept: 0, broken: 0 }),
  initial: 'judging',
  states: {
    judging: {
      always: [
        { guard: { type: 'belowThreshold' }, target: 'breaking' },
        { guard: { type: 'wary' }, target: 'wary' },
        { target: 'trusting' },
      ],
    },
    breaking: {
      always: [{ guard: { type: 'isInternal' }, target: 'escalated' }, { target: 'lost' }],
    },
    trusting: {
      on: {
        'commitment.kept': { target: 'judging', actions: 'applyDelta' },
        'commitment.broken': { target: 'judging', actions: 'applyDelta' },
      },
    },
    wary: {
      on: {
        'commitment.kept': { target: 'judging', actions: 'applyDelta' },
        'commitment.broken': { target: 'judging', actions: 'applyDelta' },
      },
    },
    escalated: {
      on: {
        'commitment.kept': { actions: 'applyDelta' },
        'commitment.broken': { actions: 'applyDelta' },
        'escalation.end': { target: 'judging', actions: 'restore' },
      },
    },
    lost: { type: 'final' },
  },
});
