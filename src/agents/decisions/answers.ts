/**
 * The shape of each decision's answer, as zod schemas: what a person or a journal must give.
 * Every answer may carry a short `note` (a person's "why"), kept in the journal and ignored by
 * the run. The schemas' types are the strategies' answer types, so an automatic answer always
 * fits them.
 */
import { z } from 'zod';
import type { Terms } from '../../negotiation/proposal';
import type { PromiseAnswer } from '../strategies/commercial';
import type { DailyPlan } from '../lanceurPlan';
import type { ChangeVerdict } from '../strategies/lanceur';
import type { Acceptance, ChangeAsk } from '../strategies/client';
import type { OfferAnswer } from '../strategies/fabrication';

const note = z.string().max(2000).optional().describe("a person's reason, kept in the journal");
const day = z.number().int().describe('day index');
const orderId = z.number().int().min(0);

/** Terms of a change or counter: absent fields are unchanged. */
export const termsSchema: z.ZodType<Terms> = z.strictObject({
  quantity: z.number().int().min(1).optional(),
  product: z.string().min(1).optional(),
  day: day.optional(),
  quality: z.enum(['conforming', 'derogation']).optional(),
  priority: z.enum(['urgent', 'normal']).optional(),
});

export const promiseAnswer: z.ZodType<PromiseAnswer> = z.strictObject({ day: z.number().finite(), note });

export const planAnswer: z.ZodType<DailyPlan> = z.strictObject({
  launches: z.array(z.strictObject({ order: orderId, quantity: z.number().int().min(1), reserve: z.boolean() })),
  moves: z.array(z.strictObject({ order: orderId, from: day, to: day, reason: z.enum(['free capacity', 'load above the norm']) })),
  reserveHeld: z.number().min(0).max(1),
  overdueUO: z.number().min(0),
  note,
});

export const changeVerdictAnswer: z.ZodType<ChangeVerdict> = z.discriminatedUnion('verdict', [
  z.strictObject({ verdict: z.literal('accept'), note }),
  z.strictObject({ verdict: z.literal('reject'), note }),
  z.strictObject({ verdict: z.literal('counter'), terms: termsSchema, note }),
]);

export const changeAskAnswer: z.ZodType<ChangeAsk> = z.strictObject({ terms: termsSchema.nullable(), note });

export const acceptanceAnswer: z.ZodType<Acceptance> = z.strictObject({ accept: z.boolean(), note });

export const offerAnswer: z.ZodType<OfferAnswer> = z.strictObject({ offer: z.boolean(), note });
