/**
 * A client's automatic strategies, pure functions of its view, its random stream and the
 * scenario's parameters: what change to ask on an order, whether to take the lanceur's
 * counter, whether to take off-spec parts. Each draws from the client's own stream
 * (`agent:<id>`) in a fixed order, so the same view and stream give the same answer.
 */
import type { Stream } from '../../core/random';
import type { Distribution } from '../../core/distributions';
import { sampleWithin } from '../../core/distributions';
import { RANGES } from '../../scenario/ranges';
import type { StrategiesSpec } from '../../scenario/schema';
import type { Terms } from '../../negotiation/proposal';
import type { ChangeAskView, CounterView, DerogationView } from '../views/client';

/** The client's change request: the terms it asks, or null for none. */
export interface ChangeAsk {
  terms: Terms | null;
}

/** A yes or no: to the lanceur's counter, or to off-spec parts. */
export interface Acceptance {
  accept: boolean;
}

/** The client's parameters: its strategy tuning and the size of the volume changes it asks. */
export interface ClientParams {
  strategy: StrategiesSpec['client'];
  /** Relative size of a volume change (0.3 = ±30 %). */
  volumeChange: Distribution;
}

/**
 * The change to ask: urgent priority (a `changeMix.priority` share, on a normal order),
 * another of its products (the next `changeMix.product` share, when it has another), else
 * a volume change of the drawn size, up with the posture's `volumeUpChance`.
 */
export function requestChange(view: ChangeAskView, rng: Stream, p: ClientParams): ChangeAsk {
  const mix = p.strategy.changeMix;
  const { order, client } = view;
  const u = rng.next();
  if (u < mix.priority && !order.urgent) return { terms: { priority: 'urgent' } };
  const mine = client.products;
  const others = mine.includes(order.product) ? mine.filter((x) => x !== order.product) : [];
  if (u >= mix.priority && u < mix.priority + mix.product && others.length > 0) return { terms: { product: others[Math.floor(rng.next() * others.length)] } };
  const size = sampleWithin(p.volumeChange, rng, RANGES.relative.max);
  const up = rng.next() < p.strategy.volumeUpChance[client.posture];
  return { terms: { quantity: Math.min(RANGES.parts.max, Math.max(1, Math.round(order.quantity * (up ? 1 + size : 1 - size)))) } };
}

/** Takes the counter with the posture's `acceptCounterChance`. */
export function answerCounter(view: CounterView, rng: Stream, p: ClientParams): Acceptance {
  return { accept: rng.next() < p.strategy.acceptCounterChance[view.client.posture] };
}

/**
 * Takes off-spec parts with a chance from the defect's visibility, plus a bonus when its line
 * would run short before a complement and one for a co-producer, scaled by its trust.
 */
export function acceptDerogation(view: DerogationView, rng: Stream, p: ClientParams): Acceptance {
  const s = p.strategy;
  const line = view.client.line;
  const atRisk = line !== null && line.coverageDays < view.offer.complementLeadDays;
  let chance = view.offer.defectVisible ? s.derogationAcceptChance.visible : s.derogationAcceptChance.hidden;
  if (atRisk) chance += s.derogationAtRiskBonus;
  if (view.client.posture === 'coProducer') chance += s.derogationCoProducerBonus;
  chance *= 1 - s.derogationTrustWeight + s.derogationTrustWeight * view.client.trust;
  return { accept: rng.next() < chance };
}
