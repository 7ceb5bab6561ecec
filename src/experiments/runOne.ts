/**
 * One run of a sweep: a validated scenario and a seed in, the run's KPIs out, flattened with
 * dotted names. The trace, its digest and the transcript are off (a sweep only needs the KPIs). Pure apart from the time it
 * takes; runs the same in a worker thread, the main thread or a browser worker.
 */
import { KPIS_ONLY, Simulation } from '../simulation/simulation';
import { buildReport, flattenKpis } from '../metrics/report';
import type { Scenario } from '../scenario/schema';
import type { StrategyOverrides } from '../core/decisions';

/** The flattened KPIs of `scenario` run to its end with `seed` (and strategies of one's own, if given). Throws what the run throws. */
export function runOne(scenario: Scenario, seed: number, strategies?: StrategyOverrides): Record<string, number> {
  const sim = new Simulation(scenario, { ...KPIS_ONLY, seed, ...(strategies && Object.keys(strategies).length ? { strategies } : {}) });
  sim.runToEnd();
  return flattenKpis(buildReport(sim).kpis);
}

/** The flattened KPI names a run of `scenario` reports (from a one-day run without warm-up, seed 1). */
export function knownKpis(scenario: Scenario): Set<string> {
  return new Set(Object.keys(runOne({ ...scenario, days: 1, warmupDays: 0 }, 1)));
}
