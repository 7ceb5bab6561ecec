/**
 * The lanceur's machine is told only of reviews that can change its standing. Told of every
 * review instead (a fresh machine fed every plan of the run), it ends in the same state with
 * the same days catching up: the reviews left out changed nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario } from '../../src/scenario/load';
import { Simulation } from '../../src/simulation/simulation';
import { lanceurMachine } from '../../src/agents/lanceur.machine';
import { plan, type LanceurParams } from '../../src/agents/strategies/lanceur';
import { dailyNorm } from '../../src/agents/lanceurPlan';
import type { PlanView } from '../../src/agents/views/lanceur';

describe("the lanceur's standing", () => {
  it('is the same as if its machine were told of every review, through spells of catching up', () => {
    const base = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
    // Orders 60 % more often: the book outgrows the norm, and the lanceur falls behind and catches up in turns.
    const busy = { ...base, warmupDays: 0, days: 240, clients: base.clients.map((c) => ({ ...c, interArrivalHours: { type: 'exponential' as const, mean: (c.interArrivalHours as { mean: number }).mean / 1.6 } })) };
    const every = createActor(lanceurMachine).start();
    const seen = new Set<string>();
    const sim = new Simulation(busy, {
      seed: 3,
      trace: false,
      strategies: {
        'lanceur.plan': (view, rng, params) => {
          const v = view as PlanView;
          const p = plan(v, rng, params as LanceurParams);
          every.send({ type: 'plan.reviewed', overdueUO: p.overdueUO, normUO: dailyNorm((params as LanceurParams).lanceur, v.capacityUOPerDay), reserveHeld: p.reserveHeld });
          seen.add(String(every.getSnapshot().value));
          return p;
        },
      },
    });
    sim.runToEnd();
    const told = sim.actors.lanceur.getSnapshot();
    expect([...seen].sort()).toEqual(['catchingUp', 'levelling']);
    expect(told.value).toBe(every.getSnapshot().value);
    expect(told.context.daysCatchingUp).toBe(every.getSnapshot().context.daysCatchingUp);
  });
});
