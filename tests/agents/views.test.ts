import { describe, expect, expectTypeOf, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { traceDigest } from '../../src/core/traceDigest';
import type { DecisionRequest } from '../../src/core/decisions';
import { checkAnswer, decisions, isKind, type ViewOf } from '../../src/agents/decisions/registry';
import { scenarioFile } from '../helpers';
import { orderBook } from '../../src/agents/views/commercial';

const everyone = { commercial: 'human', lanceur: 'human', fabrication: 'human', client: 'human' } as const;

/** Every decision of a short run where people answer each with the suggestion. */
function played(file: string): { sim: Simulation; requests: DecisionRequest[]; auto: Simulation } {
  const s = { ...scenarioFile(file), warmupDays: 28, days: 120 };
  const sim = new Simulation(s, { seed: 4, controllers: { ...everyone } });
  const requests: DecisionRequest[] = [];
  while (sim.runToEnd() === 'pending') {
    const r = sim.desk.pending!;
    const copy = JSON.parse(JSON.stringify(r));
    expect(copy, `${r.kind} survives JSON`).toEqual(r);
    requests.push(copy);
    sim.desk.answer(r.suggestion);
  }
  const auto = new Simulation(s, { seed: 4 });
  auto.runToEnd();
  return { sim, requests, auto };
}

const runs = ['equipementier-auto.json', 'equipementier-auto-coproducer.json'].map(played);
const requests = runs.flatMap((r) => r.requests.map((q) => ({ q, sim: r.sim })));

describe('role views', () => {
  it('are asked for every decision kind, and a person answering with the suggestions gives the automatic run', () => {
    expect(new Set(requests.map((r) => r.q.kind))).toEqual(new Set(Object.keys(decisions)));
    for (const r of runs) expect(traceDigest(r.sim.traceRecords)).toBe(traceDigest(r.auto.traceRecords));
  });

  it('are plain data, and every suggestion passes its own check', () => {
    for (const { q } of requests) expect(() => checkAnswer(q.suggestion, q), q.kind).not.toThrow();
  });

  it("give a client its own orders only, never another client's", () => {
    let seen = 0;
    for (const { q, sim } of requests) {
      if (q.role !== 'client') continue;
      const v = q.view as ViewOf<'client.requestChange'>;
      expect(v.client.id).toBe(q.agent);
      for (const o of [...v.client.orders, v.order]) {
        expect(sim.order(o.id).client).toBe(q.agent);
        seen++;
      }
      const others = sim.scenario.clients.map((c) => c.id).filter((id) => id !== q.agent);
      const text = JSON.stringify(q.view);
      for (const id of others) expect(text.includes(`"${id}"`), `${q.kind} of ${q.agent} names ${id}`).toBe(false);
    }
    expect(seen).toBeGreaterThan(50);
  });

  it("give the lanceur and the commercial no client's line nor trust, and fabrication no trust", () => {
    for (const { q } of requests) {
      const keys = JSON.stringify(q.view);
      if (q.role === 'lanceur' || q.role === 'commercial') for (const k of ['"line"', '"trust"', '"coverageDays"', '"buffer"']) expect(keys.includes(k), `${q.kind} shows ${k}`).toBe(false);
      if (q.role === 'fabrication') for (const k of ['"trust"', '"orders"']) expect(keys.includes(k), `${q.kind} shows ${k}`).toBe(false);
    }
    const consulted = requests.filter(({ q }) => isKind(q, 'commercial.promise') && q.view.posture === 'consulting');
    expect(consulted.length).toBeGreaterThan(0);
    for (const { q } of consulted) if (isKind(q, 'commercial.promise')) expect(q.view.lanceurDeliveryDay).not.toBeNull();
  });

  it('say by type what each role may see', () => {
    expectTypeOf<keyof ViewOf<'client.requestChange'>>().toEqualTypeOf<'today' | 'client' | 'order'>();
    expectTypeOf<keyof ViewOf<'client.answerCounter'>>().toEqualTypeOf<'today' | 'client' | 'order' | 'counter' | 'deadline'>();
    expectTypeOf<keyof ViewOf<'client.acceptDerogation'>>().toEqualTypeOf<'today' | 'client' | 'order' | 'offer'>();
    expectTypeOf<keyof ViewOf<'client.requestChange'>['client']['orders'][number]>().toEqualTypeOf<'id' | 'product' | 'quantity' | 'urgent' | 'promisedDay' | 'firstPromisedDay' | 'status'>();
    expectTypeOf<ViewOf<'lanceur.plan'>>().not.toHaveProperty('lines');
    expectTypeOf<ViewOf<'lanceur.answerChange'>['request']>().not.toHaveProperty('coverageDays');
    expectTypeOf<ViewOf<'fabrication.offerDerogation'>>().not.toHaveProperty('trust');
  });

  it('are kept in a saved run paused on a decision, and the restored run goes on the same', () => {
    const s = { ...scenarioFile('equipementier-auto.json'), warmupDays: 0, days: 60 };
    const sim = new Simulation(s, { seed: 6, controllers: { client: 'human' } });
    expect(sim.runToEnd()).toBe('pending');
    const saved = JSON.parse(JSON.stringify(sim.snapshot()));
    const restored = Simulation.restore(saved);
    expect(restored.desk.pending).toEqual(sim.desk.pending);
    expect(restored.desk.pending!.view).toMatchObject({ client: { id: restored.desk.pending!.agent } });
    for (const run of [sim, restored]) while (run.runToEnd() === 'pending') run.desk.answer(run.desk.pending!.suggestion);
    const auto = new Simulation(s, { seed: 6 });
    auto.runToEnd();
    expect(traceDigest(restored.traceRecords)).toBe(traceDigest(auto.traceRecords));
    expect(traceDigest(sim.traceRecords)).toBe(traceDigest(auto.traceRecords));
  });

  it("show the commercial the order book as it stands when the decision waits (plain data)", () => {
    const s = { ...scenarioFile('terssac-circuits.json'), warmupDays: 40, days: 10 };
    const sim = new Simulation(s, { seed: 2, controllers: { commercial: 'human' } });
    let checked = 0;
    let booked = 0;
    while (sim.runToEnd() === 'pending' && checked < 30) {
      const r = sim.desk.pending!;
      const v = r.view as ViewOf<'commercial.promise'>;
      expect(Object.getOwnPropertyDescriptor(v, 'book')?.get, 'the waiting view is plain data').toBeUndefined();
      expect(v.book).toEqual(orderBook(sim));
      booked = Math.max(booked, v.book.orders);
      expect(JSON.parse(JSON.stringify(v)).book).toEqual(v.book);
      sim.desk.answer(r.suggestion);
      checked++;
    }
    expect(checked).toBe(30);
    expect(booked).toBeGreaterThan(10);
  });
});
