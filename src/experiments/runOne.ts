/**
 * One run of a sweep: a validated scenario and a seed in, the run's KPIs out, flattened with
 * dotted names. The trace and its digest are off (a sweep only needs the KPIs). Pure apart from the time it
 * takes; runs the same in a worker thread, the main thread or a browser worker.
 */
import { Simulation } from '../simulation/simulation';
import { buildReport, flattenKpis } from '../metrics/report';
import type { Scenario } from '../scenario/schema';

/** The flattened KPIs of `scenario` run to its end with `seed`. Throws what the run throws. */
export function runOne(scenario: Scenario, seed: number): Record<string, number> {
  const sim = new Simulation(scenario, { seed, trace: false, digest: false });
  sim.runToEnd();
  return flattenKpis(buildReport(sim).kpis);
}
