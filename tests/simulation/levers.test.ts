import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { clientTrust } from '../../src/agents/trust';
import { baseline } from '../helpers';

const short = baseline({ warmupDays: 0, days: 63 });
const commercial = (s: Simulation) => s.actors.commercial.getSnapshot().context;

describe('levers reach the machines (machines hold no copy of the scenario)', () => {
  it('a weekly target raised to 3000 UO at day 10 changes the commercial judgement from then on', () => {
    const plain = new Simulation(short, { seed: 3, trace: false });
    const raised = new Simulation(short, { seed: 3, trace: false, journal: { interventions: [{ day: 10, path: 'commercial.orderBookTargetUOPerWeek', value: 3000 }] } });
    plain.runUntilDay(10);
    raised.runUntilDay(10);
    expect(commercial(raised)).toEqual(commercial(plain));
    const atLever = commercial(raised).weeksOnTarget;
    plain.runToEnd();
    raised.runToEnd();
    expect(commercial(raised).weeks).toBe(commercial(plain).weeks);
    // The same orders were booked (the target judges, it does not change the book) ...
    expect(raised.state.orders.length).toBe(plain.state.orders.length);
    // ... but no week after the lever reaches 3000, while without it some reach 800.
    expect(commercial(raised).weeksOnTarget).toBe(atLever);
    expect(commercial(plain).weeksOnTarget).toBeGreaterThan(atLever);
  });

  it('a trust threshold raised at day 10 makes an external client leave after day 10', () => {
    const path = 'clients.E2.trustThreshold';
    const plain = new Simulation(short, { seed: 3, trace: false });
    const raised = new Simulation(short, { seed: 3, trace: false, journal: { interventions: [{ day: 10, path, value: 0.99 }] } });
    plain.runToEnd();
    raised.runToEnd();
    const e2 = short.clients.findIndex((c) => c.id === 'E2');
    expect(plain.state.clients[e2].lost).toBe(false);
    expect(raised.state.clients[e2].lost).toBe(true);
    expect(raised.state.clients[e2].lostAt!).toBeGreaterThanOrEqual(10 * 24);
  });

  it('the daily series of trust is what the client machines held at the start of each day', () => {
    const sim = new Simulation(short, { seed: 3, trace: false });
    for (let day = 1; day <= 20; day++) {
      sim.runUntilDay(day);
      const trustNow = short.clients.map((_, i) => clientTrust(sim, i));
      sim.step(1); // the day.start of `day` samples the series
      expect(short.clients.map((c) => sim.state.series.trust[c.id][day])).toEqual(trustNow);
    }
  });
});
