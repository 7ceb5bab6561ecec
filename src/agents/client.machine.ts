/**
 * The client as an xstate machine: its trust in the producer (held here only) and what it
 * does when trust breaks. Trust moves with kept and broken commitments (events carry the
 * signed change; a commitment that cannot move the trust is not sent, see {@link movesTrust});
 * below its threshold a semi-external or external client goes to a competitor (final state
 * `lost`), an internal one escalates to the hierarchy until `escalation.end`. The client's
 * kind and threshold are levers of the scenario: each event carries them as they are now.
 */
import { assign, setup } from 'xstate';
import type { ClientKind } from '../scenario/schema';

/** The scenario's terms for the client at the moment of the event. */
export interface ClientTerms {
  kind: ClientKind;
  /** Trust below which the client leaves (or escalates, when internal). */
  threshold: number;
}

/** What the client machine is told. `delta` is the signed change of trust. */
export type ClientEvent =
  | ({ type: 'commitment.kept'; reason: string; delta: number } & ClientTerms)
  | ({ type: 'commitment.broken'; reason: string; delta: number } & ClientTerms)
  | ({ type: 'escalation.end'; restoredTrust: number } & ClientTerms);

/** The client at the start: its terms judge the opening state only. */
export interface ClientInput extends ClientTerms {
  id: string;
  trust: number;
}

/** The machine's context: plain data, so a persisted snapshot is JSON. `trust` in [0, 1]. */
export interface ClientContext {
  id: string;
  trust: number;
}

/** Margin above the threshold within which a client is wary. */
const WARY_MARGIN = 0.15;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Whether a commitment of signed change `delta` can move the trust of `c` (pure). */
export function movesTrust(c: Pick<ClientContext, 'trust'>, delta: number): boolean {
  return clamp(c.trust + delta) !== c.trust;
}

/** Trust after the event's change. */
const after = (c: ClientContext, e: ClientEvent) => (e.type === 'escalation.end' ? c.trust : clamp(c.trust + e.delta));

/**
 * Where a trust change leads: the same judgement from either living state (lost below the
 * threshold for a semi-external or external client, escalated for an internal one, wary
 * within the margin above it, trusting beyond). Staying where it is is a targetless transition
 * (the state is neither exited nor entered again), and is tested first: it is the usual case.
 */
const fromTrusting = [
  { guard: 'staysTrusting', actions: 'applyDelta' },
  { guard: 'breaksExternal', target: 'lost', actions: 'applyDelta' },
  { guard: 'breaksInternal', target: 'escalated', actions: 'applyDelta' },
  { target: 'wary', actions: 'applyDelta' },
] as const;
const fromWary = [
  { guard: 'staysWary', actions: 'applyDelta' },
  { guard: 'breaksExternal', target: 'lost', actions: 'applyDelta' },
  { guard: 'breaksInternal', target: 'escalated', actions: 'applyDelta' },
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
    breaksExternal: ({ context, event }) => event.kind !== 'internal' && after(context, event) < event.threshold,
    breaksInternal: ({ context, event }) => event.kind === 'internal' && after(context, event) < event.threshold,
    staysTrusting: ({ context, event }) => after(context, event) >= event.threshold + WARY_MARGIN,
    staysWary: ({ context, event }) => {
      const t = after(context, event);
      return t >= event.threshold && t < event.threshold + WARY_MARGIN;
    },
  },
  actions: {
    applyDelta: assign(({ context, event }) => (event.type === 'escalation.end' ? {} : { trust: after(context, event) })),
    restore: assign(({ context, event }) =>
      event.type === 'escalation.end' ? { trust: Math.max(context.trust, clamp(event.restoredTrust)) } : {},
    ),
  },
}).createMachine({
  id: 'client',
  context: ({ input }) => ({ id: input.id, trust: input.trust }),
  initial: 'opening',
  states: {
    opening: {
      always: [
        // The opening judgement reads the input's terms (the context keeps only the trust).
        { guard: ({ context, event }) => context.trust < (event as unknown as { input: ClientInput }).input.threshold + WARY_MARGIN, target: 'wary' },
        { target: 'trusting' },
      ],
    },
    trusting: { on: { 'commitment.kept': fromTrusting, 'commitment.broken': fromTrusting } },
    wary: { on: { 'commitment.kept': fromWary, 'commitment.broken': fromWary } },
    escalated: {
      on: {
        'commitment.kept': { actions: 'applyDelta' },
        'commitment.broken': { actions: 'applyDelta' },
        'escalation.end': [
          { guard: ({ context, event }) => Math.max(context.trust, clamp(event.restoredTrust)) < event.threshold + WARY_MARGIN, target: 'wary', actions: 'restore' },
          { target: 'trusting', actions: 'restore' },
        ],
      },
    },
    lost: { type: 'final' },
  },
});
