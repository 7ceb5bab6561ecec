import { describe, expect, it } from 'vitest';
import { propose, answer, expire, ProtocolError } from '../../src/negotiation/proposal';
import { PlanHistory } from '../../src/negotiation/planVersions';

const p = () => propose(0, { subject: 'change', from: 'C3', to: 'lanceur', order: 123, terms: { quantity: 130 }, madeAt: 10, deadline: 30 });

describe('negotiation protocol', () => {
  it('accepts and rejects before the deadline', () => {
    expect(answer(p(), { verdict: 'accept' }, 20, 1).answered.status).toBe('accepted');
    expect(answer(p(), { verdict: 'reject', reason: 'full' }, 20, 1).answered).toMatchObject({ status: 'rejected', reason: 'full' });
  });

  it('turns a counter into a new proposal going back, linked to the first', () => {
    const { answered, counter } = answer(p(), { verdict: 'counter', terms: { quantity: 115, day: 40 }, deadline: 25 }, 20, 7);
    expect(answered.status).toBe('countered');
    expect(counter).toMatchObject({ id: 7, from: 'lanceur', to: 'C3', replyTo: 0, status: 'open', terms: { quantity: 115, day: 40 } });
  });

  it('expires an answer that comes after the deadline', () => {
    const { answered, counter } = answer(p(), { verdict: 'accept' }, 31, 1);
    expect(answered.status).toBe('expired');
    expect(counter).toBeNull();
    expect(expire(p(), 31).status).toBe('expired');
    expect(expire(p(), 29).status).toBe('open');
  });

  it('refuses to answer a proposal twice, or one with a deadline before it is made', () => {
    const once = answer(p(), { verdict: 'accept' }, 20, 1).answered;
    expect(() => answer(once, { verdict: 'reject' }, 21, 1)).toThrow(ProtocolError);
    expect(() => propose(0, { subject: 'date', from: 'a', to: 'b', order: 1, terms: {}, madeAt: 5, deadline: 4 })).toThrow(ProtocolError);
  });
});

describe('plan history', () => {
  it('numbers versions and finds those of an order', () => {
    const h = new PlanHistory();
    h.record({ time: 1, by: 'commercial', order: 1, commitment: 'order', from: null, to: 70, reason: 'quoted' });
    const v = h.record({ time: 30, by: 'lanceur', order: 1, commitment: 'promisedDay', from: 70, to: 75, reason: 'load above the norm' });
    h.record({ time: 31, by: 'commercial', order: 2, commitment: 'order', from: null, to: 80, reason: 'quoted' });
    expect(v).toBe(2);
    expect(h.ofOrder(1).map((x) => x.version)).toEqual([1, 2]);
  });
});
