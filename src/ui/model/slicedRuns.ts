/**
 * Runs to their ends in slices of wall time, so a page can draw, report progress and offer a
 * Cancel between slices (Compare of ten-year runs). Each slice moves the runs a simulated week
 * at a time; where the slices fall changes nothing in the runs (events are handled in the same
 * order whatever the stops), only how long the page waits. No timers here: the caller yields.
 */
import type { Simulation } from '../../simulation/simulation';

/** Simulated hours a run moves between two looks at the wall clock. */
const STEP_HOURS = 24 * 7;

/** Several runs advanced together to their ends. */
export class SlicedRuns {
  private readonly ended: boolean[];

  constructor(readonly sims: readonly Simulation[]) {
    this.ended = sims.map((s) => s.now >= s.days * 24 - 1e-6);
  }

  /** Whether every run has reached its end (or stopped for good: no event left, a decision pending). */
  get finished(): boolean {
    return this.ended.every(Boolean);
  }

  /** The share of all the runs' simulated time done, 0–1. */
  get done(): number {
    const total = this.sims.reduce((s, x) => s + x.days, 0);
    const reached = this.sims.reduce((s, x, i) => s + (this.ended[i] ? x.days : Math.min(x.days, x.now / 24)), 0);
    return total > 0 ? reached / total : 1;
  }

  /** The day the slowest unfinished run has reached (the last day when all ended). */
  get day(): number {
    const open = this.sims.filter((_, i) => !this.ended[i]);
    return open.length ? Math.min(this.lastDay, ...open.map((s) => s.day)) : this.lastDay;
  }

  /** The longest run's last day (days are counted from 0). */
  get lastDay(): number {
    return Math.max(...this.sims.map((s) => s.days)) - 1;
  }

  /**
   * Moves the runs on side by side, a simulated week each in turn, until all have ended or
   * `budgetMs` of wall time (as `now()` tells it, in ms) has passed, at least one week each;
   * returns {@link finished}.
   */
  advance(budgetMs: number, now: () => number): boolean {
    const t0 = now();
    // at least one week each, however short the budget, so that every call moves on
    do {
      this.sims.forEach((sim, i) => {
        if (this.ended[i]) return;
        const why = sim.runUntil(sim.now + STEP_HOURS);
        if (why !== 'until' || sim.now >= sim.days * 24 - 1e-6) this.ended[i] = true;
      });
    } while (!this.finished && now() - t0 < budgetMs);
    return this.finished;
  }
}
