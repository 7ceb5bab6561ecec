import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { clientMachine } from '../../src/agents/client.machine';
import { commercialMachine } from '../../src/agents/commercial.machine';
import { lanceurMachine } from '../../src/agents/lanceur.machine';

const client = (kind: 'internal' | 'external', trust = 0.6) =>
  createActor(clientMachine, { input: { id: 'C', kind, trust, threshold: 0.3 } }).start();

describe('client machine', () => {
  it('starts trusting or wary depending on its initial trust', () => {
    expect(client('external', 0.8).getSnapshot().value).toBe('trusting');
    expect(client('external', 0.4).getSnapshot().value).toBe('wary');
  });

  it('grows wary, then goes to a competitor when an external client loses trust', () => {
    const a = client('external', 0.5);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.1 });
    expect(a.getSnapshot().value).toBe('wary');
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.2 });
    expect(a.getSnapshot().value).toBe('lost');
    expect(a.getSnapshot().status).toBe('done');
  });

  it('escalates instead when the client is internal, and comes back after the hierarchy settles', () => {
    const a = client('internal', 0.35);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.1 });
    expect(a.getSnapshot().value).toBe('escalated');
    a.send({ type: 'commitment.kept', reason: 'onTime', delta: 0.01 });
    expect(a.getSnapshot().value).toBe('escalated');
    a.send({ type: 'escalation.end', restoredTrust: 0.4 });
    expect(a.getSnapshot().value).toBe('wary');
    expect(a.getSnapshot().context.trust).toBe(0.4);
  });

  it('keeps trust within [0, 1] and counts kept and broken commitments', () => {
    const a = client('external', 0.95);
    a.send({ type: 'commitment.kept', reason: 'onTime', delta: 0.2 });
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.05 });
    const c = a.getSnapshot().context;
    expect(c.trust).toBeCloseTo(0.95);
    expect([c.kept, c.broken]).toEqual([1, 1]);
  });
});

describe('commercial machine', () => {
  const start = () => createActor(commercialMachine, { input: { targetUOPerWeek: 100, quoting: 'imposed' } }).start();

  it('imposes dates until told to consult the lanceur, and back', () => {
    const a = start();
    expect(a.getSnapshot().matches({ posture: 'imposing' })).toBe(true);
    a.send({ type: 'quoting.set', quoting: 'loadAware' });
    expect(a.getSnapshot().matches({ posture: 'consulting' })).toBe(true);
    a.send({ type: 'quoting.set', quoting: 'imposed' });
    expect(a.getSnapshot().matches({ posture: 'imposing' })).toBe(true);
  });

  it('reaches its weekly target and starts again below it each week', () => {
    const a = start();
    a.send({ type: 'order.booked', uo: 60 });
    expect(a.getSnapshot().matches({ book: 'belowTarget' })).toBe(true);
    a.send({ type: 'order.booked', uo: 50 });
    expect(a.getSnapshot().matches({ book: 'onTarget' })).toBe(true);
    a.send({ type: 'week.start' });
    expect(a.getSnapshot().matches({ book: 'belowTarget' })).toBe(true);
    expect(a.getSnapshot().context).toMatchObject({ weeks: 1, weeksOnTarget: 1, bookedThisWeek: 0 });
  });
});

describe('lanceur machine', () => {
  it('catches up while more than a day of work is overdue, and levels again after', () => {
    const a = createActor(lanceurMachine).start();
    a.send({ type: 'plan.reviewed', overdueUO: 50, normUO: 160, reserveHeld: 0.3 });
    expect(a.getSnapshot().value).toBe('levelling');
    a.send({ type: 'plan.reviewed', overdueUO: 400, normUO: 160, reserveHeld: 0.1 });
    expect(a.getSnapshot().value).toBe('catchingUp');
    a.send({ type: 'plan.reviewed', overdueUO: 0, normUO: 160, reserveHeld: 0.3 });
    expect(a.getSnapshot().value).toBe('levelling');
    expect(a.getSnapshot().context).toMatchObject({ reviews: 3, daysCatchingUp: 1 });
  });
});
