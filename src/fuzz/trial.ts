/**
 * One fuzz trial: load a mutant (a parsed, possibly hostile scenario) and, if accepted, run it
 * for a few simulated days under an event guard and a time guard, then check every number.
 * The caller gives the clock (milliseconds), so this file reads no wall clock itself; a loop
 * inside one event is caught by the runner's watchdog, not here.
 */
import { validateScenario } from '../scenario/load';
import { ScenarioError } from '../scenario/errors';
import { Simulation } from '../simulation/simulation';
import { buildReport } from '../metrics/report';
import { insaneNumber, type Verdict } from './verdict';

/** How far and how long a trial may run. */
export interface Guard {
  /** Measured days run (after at most two warm-up days). */
  days: number;
  /** Events handled before the run counts as hung. */
  maxEvents: number;
  /** Wall-clock milliseconds before the run counts as hung. */
  maxMs: number;
}

/** The default guard: a week after two warm-up days, 300,000 events, 5 s. */
export const GUARD: Guard = { days: 7, maxEvents: 300_000, maxMs: 5000 };

function firstLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = text.split('\n')[0];
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Loads and runs `doc`; never throws. `clock` returns milliseconds. */
export function trial(doc: unknown, clock: () => number, guard: Guard = GUARD): Verdict {
  let scenario;
  try {
    scenario = validateScenario(doc, 'mutant');
  } catch (e) {
    if (!(e instanceof ScenarioError)) return { outcome: 'crashed', detail: `loading: ${firstLine(e)}` };
    const pathless = e.problems.find((p) => !p.path);
    if (pathless) return { outcome: 'crashed', detail: `refused without a path: ${pathless.message.slice(0, 120)}` };
    return { outcome: 'refused', detail: firstLine(e) };
  }
  const start = clock();
  try {
    const sim = new Simulation({ ...scenario, warmupDays: Math.min(2, scenario.warmupDays), days: Math.min(guard.days, scenario.days) }, { trace: false });
    while (sim.step(5000) === 'steps') {
      if (sim.eventsHandled >= guard.maxEvents) return { outcome: 'hung', detail: `${sim.eventsHandled} events by hour ${sim.now}` };
      if (clock() - start > guard.maxMs) return { outcome: 'hung', detail: `over ${guard.maxMs} ms by hour ${sim.now}` };
    }
    const { clock: at, queue } = sim.snapshot();
    return insaneNumber(buildReport(sim), 'report') ?? insaneNumber(sim.state, 'state') ?? insaneNumber({ clock: at, queue }, 'run') ?? { outcome: 'clean', detail: '' };
  } catch (e) {
    return { outcome: 'crashed', detail: firstLine(e) };
  }
}
