/**
 * One-year runs of the baseline scenario, warm, in the calling process: {@link WARMUP_RUNS} runs
 * discarded (V8 compiles the hot code in tiers over the first few runs: a fresh process takes
 * 50-130 ms for its first runs), then `rounds` rounds of seeds 1 to 9. Returns each run's wall and
 * process CPU ms, and the orders and events of the last. Shared by core.bench.ts (from source,
 * through tsx) and yearBuilt.ts (the same loop bundled as the command is built).
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/scenario/load';
import { Simulation, type RunOptions } from '../src/simulation/simulation';

/** The figures of a series of one-year runs. */
export interface YearRuns {
  times: number[];
  cpu: number[];
  orders: number;
  events: number;
}

/** Runs discarded before the measured ones (seeds 101 on). */
export const WARMUP_RUNS = 10;

/** What a run keeps: trace records, running digest, transcript (as {@link RunOptions}). */
export type Keeps = Required<Pick<RunOptions, 'trace' | 'digest' | 'transcript'>>;

/** Runs the baseline for one year (no warm-up days) `rounds` × 9 times, keeping what `keeps` says. */
export function yearRuns(keeps: Keeps, rounds: number): YearRuns {
  const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
  const yearOnly = { ...scenario, warmupDays: 0, days: 365 };
  for (let i = 1; i <= WARMUP_RUNS; i++) new Simulation(yearOnly, { seed: 100 + i, ...keeps }).runToEnd();
  const times: number[] = [];
  const cpu: number[] = [];
  let orders = 0;
  let events = 0;
  for (let round = 0; round < rounds; round++) {
    for (let seed = 1; seed <= 9; seed++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const sim = new Simulation(yearOnly, { seed, ...keeps });
      sim.runToEnd();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      orders = sim.state.orders.length;
      events = sim.eventsHandled;
    }
  }
  return { times, cpu, orders, events };
}
