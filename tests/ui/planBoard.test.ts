import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { Simulation } from '../../src/simulation/simulation';
import { checkAnswer } from '../../src/agents/decisions/registry';
import type { DailyPlan } from '../../src/agents/lanceurPlan';
import type { PlanView } from '../../src/agents/views/lanceur';
import { boardLoad, boardOf, planOfBoard } from '../../src/ui/model/planBoard';

const scenario = loadScenario(readFileSync('scenarios/equipementier-auto-coproducer.json', 'utf8'));

describe("the lanceur's board", () => {
  it('an unchanged board started from the automatic plan answers it exactly: the played run is the automatic run', () => {
    const auto = new Simulation(scenario, { seed: 3 });
    auto.runUntilDay(60);
    const played = new Simulation(scenario, { seed: 3, controllers: { lanceur: 'human' } });
    let reviews = 0;
    while (played.runUntilDay(60) === 'pending') {
      const p = played.desk.pending!;
      if (p.kind !== 'lanceur.plan') {
        played.desk.answer(p.suggestion);
        continue;
      }
      const view = p.view as PlanView;
      const plan = p.suggestion as DailyPlan;
      const answer = planOfBoard(boardOf(view, plan), view, plan.reserveHeld, plan);
      expect(answer).toEqual(plan);
      played.desk.answer(answer);
      reviews++;
    }
    expect(reviews).toBeGreaterThan(30);
    expect(played.traceDigest).toBe(auto.traceDigest);
  });

  it('holding, the reserve and a moved date read back as a plan the desk accepts, and the load says what they do', () => {
    const sim = new Simulation(scenario, { seed: 3, controllers: { lanceur: 'human' } });
    while (sim.runUntilDay(10) === 'pending' && sim.desk.pending!.kind !== 'lanceur.plan') sim.desk.answer(sim.desk.pending!.suggestion);
    const p = sim.desk.pending!;
    const view = p.view as PlanView;
    const plan = p.suggestion as DailyPlan;
    const rows = boardOf(view, plan);
    const launched = rows.find((r) => r.choice === 'launch')!;
    const before = boardLoad(rows, view);
    expect(before.todayUO).toBeCloseTo(view.wipExcessUO + rows.filter((r) => r.choice === 'launch').reduce((a, r) => a + r.uo, 0), 9);
    launched.choice = 'hold';
    const later = rows.find((r) => r.choice === 'hold' && r !== launched)!;
    later.day = later.promisedDay + 3;
    const sooner = rows.find((r) => r !== launched && r !== later)!;
    sooner.choice = 'reserve';
    const after = boardLoad(rows, view);
    expect(after.todayUO).toBeCloseTo(before.todayUO - launched.uo - (plan.launches.some((l) => l.order === sooner.id && !l.reserve) ? sooner.uo : 0), 9);
    expect(after.reserveUO).toBeGreaterThanOrEqual(sooner.uo);
    expect(after.normUOPerDay).toBe(view.normUOPerDay);
    const answer = planOfBoard(rows, view, plan.reserveHeld, plan);
    expect(answer.launches.map((l) => l.order)).not.toContain(launched.id);
    expect(answer.launches).toContainEqual(expect.objectContaining({ order: sooner.id, reserve: true }));
    expect(answer.moves).toContainEqual({ order: later.id, from: later.promisedDay, to: later.promisedDay + 3, reason: 'load above the norm' });
    expect(() => checkAnswer(answer, p)).not.toThrow();
    sim.desk.answer(answer);
    sim.runUntilDay(10);
    expect(sim.state.orders[launched.id].status).toBe('booked');
    expect(sim.state.orders[later.id].promisedDay).toBe(later.promisedDay + 3);
  });

  it('with no plan to start from, launches what is due by today and moves nothing', () => {
    const sim = new Simulation(scenario, { seed: 3, controllers: { lanceur: 'human' } });
    while (sim.runUntilDay(10) === 'pending' && sim.desk.pending!.kind !== 'lanceur.plan') sim.desk.answer(sim.desk.pending!.suggestion);
    const view = sim.desk.pending!.view as PlanView;
    const rows = boardOf(view, null);
    for (const r of rows) expect(r.choice === 'hold').toBe(r.plannedLaunchDay > view.today);
    expect(planOfBoard(rows, view, 0).moves).toEqual([]);
  });
});
