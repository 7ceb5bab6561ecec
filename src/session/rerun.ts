/**
 * Reruns of a session for its debrief: the same scenario, seed, lever changes and disruptions taken to a
 * given hour, with the people's decisions answered as recorded, or one of them replaced by
 * its suggestion ("what did this answer change?"), or nobody playing (the all-automatic run:
 * same demand, same defects). Pure and deterministic; no I/O. A rerun keeps its running digest
 * (to tell a changed run from the same one) but neither trace records nor transcript.
 *
 * A recorded answer is used when the run asks the same decision again (same id, kind and
 * agent) and the answer still fits it; otherwise (`fellBack`), and for decisions the session
 * has no answer for (`automatic`: it never got there), the automatic strategy's suggestion is used.
 */
import { InvalidAnswer } from '../core/decisions';
import { Simulation } from '../simulation/simulation';
import type { Session, SessionDecision } from './session';

/** Which answers a rerun uses. */
export type RerunKind = { kind: 'played' } | { kind: 'automatic' } | { kind: 'suggested'; index: number };

/** A view as it was shown when a played decision was asked, by decision id. */
export type ShownViews = Map<number, unknown>;

/** A rerun: its simulation at the horizon and how the recorded answers fared. */
export interface Rerun {
  sim: Simulation;
  /** Recorded answers used as given. */
  replayed: number;
  /** Recorded decisions answered by the suggestion because the run asked another decision there or the answer no longer fitted. */
  fellBack: number;
  /** Decisions of played seats the session has no answer for, answered by the suggestion. */
  automatic: number;
  /** The view of every recorded decision asked on the way (for the decision log). */
  views: ShownViews;
}

/** Simulated hours a rerun advances between two progress reports. */
const SLICE_HOURS = 28 * 24;

/**
 * Reruns `session` to `hour` (clamped to the run's end) with the answers `which` asks for;
 * `progress(done)` is told the fraction of the way (0–1) after each stretch of 28 days.
 */
export function rerunSession(session: Session, which: RerunKind, hour: number, progress: (done: number) => void = () => undefined): Rerun {
  const seats = which.kind === 'automatic' ? {} : session.seats;
  // The debrief reads figures, series and digests of a rerun, never what was said: no transcript.
  const sim = new Simulation(session.scenario, { seed: session.seed, controllers: seats, journal: { interventions: session.interventions, disruptions: session.disruptions ?? [] }, trace: false, transcript: false });
  const target = Math.min(hour, sim.days * 24 - 1e-9);
  const recorded = new Map<number, SessionDecision>(session.decisions.map((d) => [d.id, d]));
  const replaced = which.kind === 'suggested' ? session.decisions[which.index]?.id : undefined;
  const out: Rerun = { sim, replayed: 0, fellBack: 0, automatic: 0, views: new Map() };
  let reached = 0;
  for (;;) {
    const stop = Math.min(target, reached + SLICE_HOURS);
    if (sim.runUntil(stop) === 'pending') {
      const p = sim.desk.pending!;
      const d = recorded.get(p.id);
      if (d !== undefined) out.views.set(p.id, p.view);
      const fits = d !== undefined && d.kind === p.kind && d.agent === p.agent;
      if (d === undefined) {
        sim.desk.answer(p.suggestion);
        out.automatic++;
      } else if (p.id === replaced && fits) sim.desk.answer(p.suggestion);
      else if (fits && tryAnswer(sim, d.answer)) out.replayed++;
      else {
        sim.desk.answer(p.suggestion);
        out.fellBack++;
      }
      continue;
    }
    reached = stop;
    progress(target > 0 ? reached / target : 1);
    if (reached >= target) return out;
  }
}

function tryAnswer(sim: Simulation, answer: unknown): boolean {
  try {
    sim.desk.answer(answer);
    return true;
  } catch (e) {
    if (e instanceof InvalidAnswer) return false;
    throw e;
  }
}

/** Whether decision `d`'s answer is its suggestion (same JSON), so replacing it changes nothing. */
export function answeredAsSuggested(d: SessionDecision): boolean {
  return JSON.stringify(d.answer) === JSON.stringify(d.suggestion);
}
