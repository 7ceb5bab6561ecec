import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { clientMachine, movesTrust } from '../../src/agents/client.machine';
import { commercialMachine } from '../../src/agents/commercial.machine';
import { lanceurMachine } from '../../src/agents/lanceur.machine';

const client = (kind: 'internal' | 'external', trust = 0.6) =>
  createActor(clientMachine, { input: { id: 'C', kind, trust, threshold: 0.3 } }).start();
const terms = (kind: 'internal' | 'external', threshold = 0.3) => ({ kind, threshold });

describe('client machine', () => {
  it('starts trusting or wary depending on its initial trust', () => {
    expect(client('external', 0.8).getSnapshot().value).toBe('trusting');
    expect(client('external', 0.4).getSnapshot().value).toBe('wary');
  });

  it('grows wary, then goes to a competitor when an external client loses trust', () => {
    const a = client('external', 0.5);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.1, ...terms('external') });
    expect(a.getSnapshot().value).toBe('wary');
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.2, ...terms('external') });
    expect(a.getSnapshot().value).toBe('lost');
    expect(a.getSnapshot().status).toBe('done');
  });

  it('escalates instead when the client is internal, and comes back after the hierarchy settles', () => {
    const a = client('internal', 0.35);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.1, ...terms('internal') });
    expect(a.getSnapshot().value).toBe('escalated');
    a.send({ type: 'commitment.kept', reason: 'onTime', delta: 0.01, ...terms('internal') });
    expect(a.getSnapshot().value).toBe('escalated');
    a.send({ type: 'escalation.end', restoredTrust: 0.4, ...terms('internal') });
    expect(a.getSnapshot().value).toBe('wary');
    expect(a.getSnapshot().context.trust).toBe(0.4);
  });

  it('keeps trust within [0, 1], and says which commitments can still move it', () => {
    const a = client('external', 0.95);
    a.send({ type: 'commitment.kept', reason: 'onTime', delta: 0.2, ...terms('external') });
    expect(a.getSnapshot().context.trust).toBe(1);
    expect(movesTrust(a.getSnapshot().context, 0.01)).toBe(false);
    expect(movesTrust(a.getSnapshot().context, 0)).toBe(false);
    expect(movesTrust(a.getSnapshot().context, -0.05)).toBe(true);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.05, ...terms('external') });
    expect(a.getSnapshot().context.trust).toBeCloseTo(0.95);
  });

  it('judges against the threshold the event carries (a lever applies at once)', () => {
    const a = client('external', 0.5);
    a.send({ type: 'commitment.broken', reason: 'late', delta: -0.01, ...terms('external', 0.6) });
    expect(a.getSnapshot().value).toBe('lost');
  });
});

describe('commercial machine', () => {
  const start = () => createActor(commercialMachine).start();

  it('reaches its weekly target and starts again below it each week', () => {
    const a = start();
    a.send({ type: 'book.reached', bookedUO: 60, targetUOPerWeek: 100 });
    expect(a.getSnapshot().value).toBe('belowTarget');
    a.send({ type: 'book.reached', bookedUO: 110, targetUOPerWeek: 100 });
    expect(a.getSnapshot().value).toBe('onTarget');
    a.send({ type: 'week.start', bookedUO: 110, targetUOPerWeek: 100 });
    expect(a.getSnapshot().value).toBe('belowTarget');
    expect(a.getSnapshot().context).toEqual({ weeks: 1, weeksOnTarget: 1 });
  });

  it('judges each week against the target the event carries', () => {
    const a = start();
    a.send({ type: 'week.start', bookedUO: 900, targetUOPerWeek: 800 });
    a.send({ type: 'week.start', bookedUO: 900, targetUOPerWeek: 3000 });
    expect(a.getSnapshot().context).toEqual({ weeks: 2, weeksOnTarget: 1 });
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
    expect(a.getSnapshot().context).toEqual({ overdueUO: 0, normUO: 160, daysCatchingUp: 1 });
  });
});
