/**
 * The report of one run: what the CLI prints with --json, what a sweep flattens into a row,
 * what the UI shows. Pure: reads a finished (or paused) simulation.
 */
import type { Simulation } from '../simulation/simulation';
import { computeKpis, type Kpis } from './kpis';

/** A run's report. `days` is the measured period; `warmupDays` ran before it. */
export interface RunReport {
  scenario: string;
  seed: number;
  days: number;
  warmupDays: number;
  events: number;
  /** The run's running trace digest (the same with the trace records off). */
  traceDigest: string;
  kpis: Kpis;
}

/** Builds the report of `sim` as of now. */
export function buildReport(sim: Simulation): RunReport {
  return {
    scenario: sim.scenario.name,
    seed: sim.seed,
    days: sim.scenario.days,
    warmupDays: sim.scenario.warmupDays,
    events: sim.eventsHandled,
    traceDigest: sim.traceDigest,
    kpis: computeKpis(sim),
  };
}

/** Flattens nested KPIs into dotted names: `leadTimeDays.all.mean`. Keys in a stable order; lists (per-event records) are left out. */
export function flattenKpis(k: object, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(k)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(v)) continue;
    if (v && typeof v === 'object') Object.assign(out, flattenKpis(v, name));
    else if (typeof v === 'number') out[name] = v;
  }
  return out;
}
