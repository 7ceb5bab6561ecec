/**
 * The debrief of a session with several teams on the same scenario and seed: the teams
 * ranked on the figures the facilitator picks (each higher-is-better or lower-is-better), and,
 * decision by decision (by rank in each team's list), what each team answered and where their
 * choices parted. Pure: reads the runs.
 */
import { computeKpis } from '../metrics/kpis';
import { flattenKpis } from '../metrics/report';
import type { TeamRun } from './teamRun';

/** One figure to rank on: a flattened KPI name and its direction. */
export interface RankBy {
  figure: string;
  better: 'higher' | 'lower';
}

/** `onTimeRate:higher,leadTimeDays.all.mean:lower` → the figures (names checked against `known`). */
export function parseRank(text: string, known: readonly string[]): RankBy[] {
  return text.split(',').filter(Boolean).map((part, k) => {
    const [figure, better = 'higher'] = part.split(':');
    if (!known.includes(figure)) throw new Error(`rank[${k}]: no figure named "${figure.slice(0, 60)}"`);
    if (better !== 'higher' && better !== 'lower') throw new Error(`rank[${k}]: expected higher or lower after the colon, got "${better.slice(0, 20)}"`);
    return { figure, better };
  });
}

/** The debrief: ranked teams with their figures, and the decisions side by side. */
export function debrief(teams: readonly TeamRun[], rankText = 'onTimeRate:higher,leadTimeDays.all.mean:lower') {
  const figures = teams.map((t) => flattenKpis(computeKpis(t.sim)));
  const rank = parseRank(rankText, Object.keys(figures[0] ?? {}));
  const order = teams.map((_, i) => i).sort((a, b) => {
    for (const r of rank) {
      const d = (figures[a][r.figure] - figures[b][r.figure]) * (r.better === 'higher' ? -1 : 1);
      if (d !== 0 && Number.isFinite(d)) return d;
    }
    return a - b;
  });
  const longest = Math.max(0, ...teams.map((t) => t.recorder.decisions.length));
  let parted: number | null = null;
  const decisions = Array.from({ length: longest }, (_, k) => {
    const answers = teams.map((t) => {
      const d = t.recorder.decisions[k];
      return d ? { id: d.id, kind: d.kind, agent: d.agent, answer: d.answer, via: d.via, note: d.note ?? null, time: d.time } : null;
    });
    const keys = answers.map((a) => JSON.stringify(a && [a.kind, a.agent, a.answer]));
    const same = keys.every((x) => x === keys[0]);
    if (!same && parted === null) parted = k;
    return { rank: k, same, answers };
  });
  return {
    rankedBy: rank,
    ranking: order.map((i, place) => ({ place: place + 1, team: i, figures: Object.fromEntries(rank.map((r) => [r.figure, figures[i][r.figure]])) })),
    figureNames: Object.keys(figures[0] ?? {}),
    /** The rank of the first decision where the teams' answers differ, or null. */
    parted,
    decisions,
  };
}
