/**
 * Nelder–Mead's simplex search (Nelder & Mead 1965, the standard coefficients of Lagarias et
 * al. 1998: reflection 1, expansion 2, contraction ½, shrink ½) inside the unit box [0, 1]^d:
 * every trial point is clamped into the box, so no point outside the parameters' bounds is
 * ever evaluated. When the simplex has collapsed (its widest edge below `tolerance`) and
 * budget is left, the search restarts from the best point with a fresh simplex (restarted
 * Nelder–Mead), which gets it out of the false convergence a noisy or flat objective causes.
 * A point already evaluated is not evaluated again. Points are asked for in batches (the
 * first simplex, a shrink) so the caller may evaluate them in parallel. Deterministic: the
 * same objective gives the same points, the basis of `fit --resume`. Pure apart from awaiting `evaluate`.
 */

/** The objective, on a batch of points of the unit box: one value a point, lower is better (NaN counts as +∞). */
export type BatchObjective = (points: number[][]) => Promise<number[]>;

/** How long and how wide the search is. */
export interface SearchOptions {
  /** The most distinct points evaluated. */
  budget: number;
  /** Edge of the first simplex, in the unit box (default 0.25). */
  step?: number;
  /** Widest edge below which the simplex counts as collapsed (default 1e-3). */
  tolerance?: number;
}

/** One evaluated point, in the order evaluated. */
export interface Evaluation {
  point: number[];
  value: number;
}

/** The best point found, its value, and every point evaluated. */
export interface SearchResult {
  best: number[];
  value: number;
  evaluations: Evaluation[];
  restarts: number;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** A simplex of d + 1 points around `x`: x, and x moved by `step` along each axis (backwards where forwards leaves the box). */
export function startSimplex(x: readonly number[], step: number): number[][] {
  return [[...x], ...x.map((_, i) => x.map((v, j) => (j !== i ? v : v + step <= 1 ? v + step : clamp(v - step))))];
}

/** Minimises `evaluate` over [0, 1]^d from `start` (see the file comment). */
export async function nelderMead(evaluate: BatchObjective, start: readonly number[], options: SearchOptions): Promise<SearchResult> {
  const { budget, step = 0.25, tolerance = 1e-3 } = options;
  const d = start.length;
  const seen = new Map<string, number>();
  const evaluations: Evaluation[] = [];
  const left = () => budget - evaluations.length;
  const values = async (points: number[][]): Promise<number[]> => {
    const fresh = [...new Map(points.map((p) => [p.join(), p])).values()].filter((p) => !seen.has(p.join())).slice(0, Math.max(0, left()));
    if (fresh.length) {
      const got = await evaluate(fresh);
      fresh.forEach((p, i) => {
        const v = Number.isNaN(got[i]) ? Infinity : got[i];
        seen.set(p.join(), v);
        evaluations.push({ point: p, value: v });
      });
    }
    return points.map((p) => seen.get(p.join()) ?? Infinity);
  };
  const at = (c: number[], toward: number[], k: number) => c.map((ci, j) => clamp(ci + k * (toward[j] - ci)));
  let simplex = startSimplex(start.map(clamp), step);
  let f = await values(simplex);
  let restarts = 0;
  let idle = 0;
  while (left() > 0 && idle < 10 * (d + 1)) {
    const before = evaluations.length;
    const order = simplex.map((_, i) => i).sort((a, b) => f[a] - f[b] || a - b);
    simplex = order.map((i) => simplex[i]);
    f = order.map((i) => f[i]);
    const width = Math.max(...simplex.slice(1).map((p) => Math.max(...p.map((v, j) => Math.abs(v - simplex[0][j])))));
    if (width < tolerance) {
      restarts++;
      simplex = startSimplex(simplex[0], step / 2 ** restarts);
      f = await values(simplex);
      idle = evaluations.length > before ? 0 : idle + 1;
      if (step / 2 ** restarts < tolerance) break;
      continue;
    }
    const worst = simplex[d];
    const c = simplex[0].map((_, j) => simplex.slice(0, d).reduce((s, p) => s + p[j], 0) / d);
    const xr = at(c, worst, -1);
    const [fr] = await values([xr]);
    let accepted: [number[], number] | null = null;
    if (fr < f[0]) {
      const xe = at(c, xr, 2);
      const [fe] = await values([xe]);
      accepted = fe < fr ? [xe, fe] : [xr, fr];
    } else if (fr < f[d - 1]) accepted = [xr, fr];
    else if (fr < f[d]) {
      const xo = at(c, xr, 0.5);
      const [fo] = await values([xo]);
      if (fo <= fr) accepted = [xo, fo];
    } else {
      const xi = at(c, worst, 0.5);
      const [fi] = await values([xi]);
      if (fi < f[d]) accepted = [xi, fi];
    }
    if (accepted) {
      simplex[d] = accepted[0];
      f[d] = accepted[1];
    } else {
      const shrunk = simplex.slice(1).map((p) => at(simplex[0], p, 0.5));
      const fs = await values(shrunk);
      simplex = [simplex[0], ...shrunk];
      f = [f[0], ...fs];
    }
    idle = evaluations.length > before ? 0 : idle + 1;
  }
  const best = evaluations.reduce((b, e) => (e.value < b.value ? e : b), evaluations[0]);
  return { best: best.point, value: best.value, evaluations, restarts };
}
