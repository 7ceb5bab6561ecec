import { describe, expect, it } from 'vitest';
import { acceptDerogation, answerCounter, requestChange, type ClientParams } from '../../../src/agents/strategies/client';
import type { ChangeAskView, CounterView, DerogationView } from '../../../src/agents/views/client';
import { noDraw, ownOrder, scenario, self, seq } from './fixtures';

const params: ClientParams = { strategy: scenario.strategies.client, volumeChange: { type: 'constant', value: 0.3 } };

const asking = (v: Partial<ChangeAskView> = {}): ChangeAskView => ({ today: 20, client: self(), order: ownOrder(), ...v });

describe("a client's change request", () => {
  it('asks urgent priority on a normal order in the first share of draws', () => {
    expect(requestChange(asking(), seq(0.1), params)).toEqual({ terms: { priority: 'urgent' } });
  });

  it('asks another of its products in the next share, drawing which', () => {
    expect(requestChange(asking(), seq(0.3, 0.6), params)).toEqual({ terms: { product: 'P3' } });
    expect(requestChange(asking(), seq(0.3, 0.2), params)).toEqual({ terms: { product: 'P2' } });
  });

  it('otherwise changes the volume, up more often for an order-giver than a co-producer', () => {
    expect(requestChange(asking(), seq(0.9, 0.6), params)).toEqual({ terms: { quantity: 130 } });
    expect(requestChange(asking({ client: self({ posture: 'coProducer' }) }), seq(0.9, 0.6), params)).toEqual({ terms: { quantity: 70 } });
    expect(requestChange(asking({ order: ownOrder({ urgent: true }) }), seq(0.1, 0.9), params)).toEqual({ terms: { quantity: 70 } });
    expect(requestChange(asking({ client: self({ products: ['P1'] }) }), seq(0.3, 0.1), params)).toEqual({ terms: { quantity: 130 } });
  });

  it('follows the mix it is given', () => {
    const allProduct = { ...params, strategy: { ...params.strategy, changeMix: { priority: 0, product: 1 } } };
    expect(requestChange(asking(), seq(0.1, 0), allProduct)).toEqual({ terms: { product: 'P2' } });
  });
});

describe("a client's answer to a counter", () => {
  const counter = (posture: 'orderGiver' | 'coProducer'): CounterView => ({ today: 20, client: self({ posture }), order: ownOrder(), counter: { day: 43 }, deadline: 530 });
  it('accepts with its posture’s chance', () => {
    expect(answerCounter(counter('orderGiver'), seq(0.5), params)).toEqual({ accept: false });
    expect(answerCounter(counter('coProducer'), seq(0.5), params)).toEqual({ accept: true });
    expect(answerCounter(counter('orderGiver'), seq(0.44), params)).toEqual({ accept: true });
  });
});

describe("a client's answer to off-spec parts", () => {
  const offer = (o: { visible: boolean; coverage: number | null; posture?: 'orderGiver' | 'coProducer'; trust?: number }): DerogationView => ({
    today: 20,
    client: self({
      posture: o.posture ?? 'orderGiver',
      trust: o.trust ?? 1,
      line: o.coverage === null ? null : { product: 'P1', perDay: 100, buffer: o.coverage * 100, coverageDays: o.coverage, stopped: false },
    }),
    order: ownOrder(),
    offer: { quantity: 12, defectVisible: o.visible, complementLeadDays: 5 },
  });

  it('rarely takes a visible defect, often a hidden one', () => {
    expect(acceptDerogation(offer({ visible: true, coverage: null }), seq(0.14), params)).toEqual({ accept: true });
    expect(acceptDerogation(offer({ visible: true, coverage: null }), seq(0.16), params)).toEqual({ accept: false });
    expect(acceptDerogation(offer({ visible: false, coverage: null }), seq(0.59), params)).toEqual({ accept: true });
  });

  it('takes more when its line would run short before a complement, as a co-producer, and less with low trust', () => {
    // (0.6 + 0.3 + 0.1) × (0.5 + 0.5 × 0.5) = 0.75
    expect(acceptDerogation(offer({ visible: false, coverage: 2, posture: 'coProducer', trust: 0.5 }), seq(0.74), params)).toEqual({ accept: true });
    expect(acceptDerogation(offer({ visible: false, coverage: 2, posture: 'coProducer', trust: 0.5 }), seq(0.76), params)).toEqual({ accept: false });
    expect(acceptDerogation(offer({ visible: false, coverage: 6, posture: 'coProducer', trust: 0.5 }), seq(0.6), params)).toEqual({ accept: false });
  });

  it('never draws more than once, and never for the others', () => {
    expect(() => acceptDerogation(offer({ visible: true, coverage: null }), noDraw, params)).toThrow(/drew 1 numbers, expected 0/);
  });
});
