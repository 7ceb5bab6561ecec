/**
 * The debrief's computation, as a worker runs it: the played run and the all-automatic run of
 * a session to one hour, then, for each decision answered otherwise than suggested, the run
 * with only that answer replaced by its suggestion; each result is posted as soon as it is
 * known, with the fraction done. Pure apart from `post`; deterministic.
 */
import type { Session } from '../../session/session';
import { answeredAsSuggested, rerunSession, type RerunKind } from '../../session/rerun';
import { figuresOf, impactOf, type Figures } from './debrief';

/** What the debrief job posts, in this order: views, base, impacts, done (progress in between). */
export type DebriefMessage =
  | { type: 'progress'; done: number }
  | { type: 'views'; views: [number, unknown][] }
  | { type: 'base'; played: Figures; automatic: Figures; fellBack: number }
  | { type: 'impact'; index: number; id: number; effect: Record<string, number>; fellBack: number; sameRun: boolean }
  | { type: 'done'; computed: number }
  | { type: 'error'; message: string };

/** What the page asks the job: a session and the hour (since day 0) to compare the runs at. */
export interface DebriefRequest {
  session: Session;
  hour: number;
}

/** Runs the whole debrief of `req`, posting every result through `post`. */
export function runDebrief(req: DebriefRequest, post: (m: DebriefMessage) => void): void {
  const { session, hour } = req;
  const todo = session.decisions.map((d, index) => ({ d, index })).filter(({ d }) => !answeredAsSuggested(d));
  const total = 2 + todo.length;
  let step = 0;
  let last = -1;
  const run = (which: RerunKind) => {
    const r = rerunSession(session, which, hour, (done) => {
      const f = (step + done) / total;
      if (f - last >= 0.01 || done === 1) post({ type: 'progress', done: (last = f) });
    });
    step++;
    return r;
  };
  const played = run({ kind: 'played' });
  post({ type: 'views', views: [...played.views] });
  const playedFigures = figuresOf(played.sim);
  const automatic = run({ kind: 'automatic' });
  post({ type: 'base', played: playedFigures, automatic: figuresOf(automatic.sim), fellBack: played.fellBack });
  for (const { d, index } of todo) {
    const r = run({ kind: 'suggested', index });
    post({ type: 'impact', index, id: d.id, effect: impactOf(playedFigures, figuresOf(r.sim)), fellBack: r.fellBack, sameRun: r.sim.traceDigest === played.sim.traceDigest });
  }
  post({ type: 'done', computed: todo.length });
}
