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

/** Trust after the event's change. */
const after = (c: ClientContext, e: ClientEvent) => (e.type === 'escalation.end' ? c.trust : clamp(c.trust + e.delta));

/** Where a trust change leads: the same judgement from any state but the final ones. */
const judge = [
  { guard: 'breaksExternal', target: 'lost', actions: 'applyDelta' },
  { guard: 'breaksInternal', target: 'escalated', actions: 'applyDelta' },
  { guard: 'becomesWary', target: 'wary', actions: 'applyDelta' },
  { target: 'trusting', actions: 'applyDelta' },
] as const;

/**
 * The client machine. States: trusting, wary (within 0.15 of its threshold), escalated
 * (internal, below threshold, until the hierarchy settles it), lost (final).
 */
export const clientMachine = setup({
  types: {
    context: {} as ClientContext,
    events: {} as ClientEvent,
    input: {} as ClientInput,
  },
  guards: {
    breaksExternal: ({ context, event }) => context.kind !== 'internal' && after(context, event) < context.threshold,
    breaksInternal: ({ context, event }) => context.kind === 'internal' && after(context, event) < context.threshold,
    becomesWary: ({ context, event }) => after(context, event) < context.threshold + 0.15,
  },
  actions: {
    applyDelta: assign(({ context, event }) => {
      if (event.type === 'escalation.end') return {};
      const kept = event.type === 'commitment.kept';
      return {
        trust: after(context, event),
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
  initial: 'opening',
  states: {
    opening: {
      always: [
        { guard: ({ context }) => context.trust < context.threshold + 0.15, target: 'wary' },
        { target: 'trusting' },
      ],
    },
    trusting: { on: { 'commitment.kept': judge, 'commitment.broken': judge } },
    wary: { on: { 'commitment.kept': judge, 'commitment.broken': judge } },
    escalated: {
      on: {
        'commitment.kept': { actions: 'applyDelta' },
        'commitment.broken': { actions: 'applyDelta' },
        'escalation.end': [
          { guard: ({ context, event }) => Math.max(context.trust, clamp(event.restoredTrust)) < context.threshold + 0.15, target: 'wary', actions: 'restore' },
          { target: 'trusting', actions: 'restore' },
        ],
      },
    },
    lost: { type: 'final' },
  },
});
