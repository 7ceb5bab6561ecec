import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { Simulation } from '../../src/simulation/simulation';
import { FULL, screenOf, seatScreen, seesOrdersOf, tells } from '../../src/ui/model/screen';
import { agentStates } from '../../src/ui/model/agentStates';

const scenario = loadScenario(readFileSync('scenarios/equipementier-auto.json', 'utf8'));

describe('the screen of a role', () => {
  const sim = new Simulation(scenario, { seed: 3 });
  sim.runUntilDay(40);
  const clientOf = (o: number) => sim.state.orders[o]?.client ?? null;

  it("a client is told only of its own orders and standing; the shop's roles of no client's line", () => {
    const cm1 = seatScreen('CM1', scenario);
    const lines = sim.transcript.filter((e) => tells(cm1, e, clientOf));
    expect(lines.length).toBeGreaterThan(10);
    for (const e of lines) expect(e.client ?? clientOf(e.order!)).toBe('CM1');
    expect(lines.some((e) => e.kind === 'order.launched' || e.kind === 'station.down')).toBe(false);
    expect(seesOrdersOf(cm1, 'CM2')).toBe(false);
    expect(cm1.panels.has('workshop')).toBe(false);
    const lanceur = seatScreen('lanceur', scenario);
    expect(sim.transcript.some((e) => e.kind === 'order.launched' && tells(lanceur, e, clientOf))).toBe(true);
    expect(sim.transcript.filter((e) => e.kind.startsWith('line.') || e.kind === 'lever.set').some((e) => tells(lanceur, e, clientOf))).toBe(false);
    expect(lanceur.clientState?.size).toBe(0);
  });

  it('several seats see what all of them may; reveal all and nobody playing see everything', () => {
    const both = screenOf(['lanceur', 'CM1'], scenario, false);
    expect([...both.panels].sort()).toEqual(['glossary', 'transcript']);
    expect([...(both.orders ?? [])]).toEqual(['CM1']);
    expect(sim.transcript.some((e) => tells(both, e, clientOf))).toBe(false);
    expect(screenOf(['lanceur', 'CM1'], scenario, true)).toBe(FULL);
    expect(screenOf([], scenario, false)).toBe(FULL);
    expect(seatScreen('client', scenario).orders?.size).toBe(0);
  });

  it("reads each machine's state and trust", () => {
    const rows = agentStates(sim);
    expect(rows.map((r) => r.agent)).toEqual(['commercial', 'lanceur', ...scenario.clients.map((c) => c.id)]);
    expect(['levelling', 'catchingUp']).toContain(rows[1].state);
    for (const r of rows.slice(2)) {
      expect(['trusting', 'wary', 'escalated', 'lost']).toContain(r.state);
      expect(r.role === 'client' && r.trust).toBe(sim.actors.clients[rows.indexOf(r) - 2].getSnapshot().context.trust);
    }
  });
});
