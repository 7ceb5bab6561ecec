/**
 * The round trip with SALib's command line (`salib sample …`, `salib analyze …`), in its own
 * formats. The problem file (`-p`, SALib's read_param_file) has a line per parameter,
 * `name lower upper [group [dist]]`, separated by spaces, tabs or commas, `#` lines skipped;
 * here each name is a parameter path. The sample (`-o` of `sample`, np.savetxt with
 * `--delimiter` ' ' and `--precision` 8 by default: `1.23456789e-01`) is a numeric matrix,
 * a row per sample and a column per parameter in the problem's order. The model output (`-Y`
 * of `analyze`, read by np.loadtxt with delimiter ' ', `#` lines skipped, column `--column`)
 * is written here as a row per sample in the sample's order and a column per chosen KPI: the
 * mean over the sample's repetitions, `nan` when every run crashed. Pure.
 */
import type { Design } from './design';
import { DesignError } from './errors';
import { byRun, type RunRecord } from './records';

/** A SALib problem: names (parameter paths), bounds, and each one's distribution (`unif` when not given). */
export interface SalibProblem {
  names: string[];
  bounds: [number, number][];
  dists: string[];
}

const fields = (line: string) => line.trim().split(/[\s,]+/);

/** Reads a problem file's text (see the file comment); a malformed line is a {@link DesignError}. */
export function parseSalibProblem(text: string, name: string): SalibProblem {
  const problem: SalibProblem = { names: [], bounds: [], dists: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const [path, lo, hi, , dist] = fields(line);
    const [a, b] = [Number(lo), Number(hi)];
    if (lo === undefined || hi === undefined || !Number.isFinite(a) || !Number.isFinite(b)) {
      throw new DesignError(`${name}: line ${i + 1}: expected "name lower upper", for example "lanceur.quantityMargin 0 0.4"`);
    }
    if (problem.names.includes(path)) throw new DesignError(`${name}: line ${i + 1}: ${path} is given twice`);
    problem.names.push(path);
    problem.bounds.push([a, b]);
    problem.dists.push(dist ?? 'unif');
  });
  if (problem.names.length === 0) throw new DesignError(`${name}: no parameter; expected a line "name lower upper" per parameter`);
  return problem;
}

/**
 * The design of a SALib sample's text, one combination a row. A row must have one number a
 * parameter; a uniform parameter's value must lie in its bounds (one part in 10⁶ of the range
 * outside is the rounding of `--precision` and is clamped back).
 */
export function parseSalibSample(text: string, name: string, problem: SalibProblem): Design {
  const k = problem.names.length;
  const combinations: number[][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const cells = fields(line);
    if (cells.length !== k) throw new DesignError(`${name}: line ${i + 1}: expected ${k} values (one per parameter of the problem file), got ${cells.length}`);
    combinations.push(
      cells.map((cell, j) => {
        const x = Number(cell);
        if (cell === '' || !Number.isFinite(x)) throw new DesignError(`${name}: line ${i + 1}: "${cell.slice(0, 30)}" is not a number`);
        if (problem.dists[j] !== 'unif') return x;
        const [lo, hi] = problem.bounds[j];
        const slack = 1e-6 * Math.abs(hi - lo);
        if (x < lo - slack || x > hi + slack) throw new DesignError(`${name}: line ${i + 1}: ${problem.names[j]} = ${cell} is outside its bounds [${lo}, ${hi}] in the problem file`);
        return Math.min(hi, Math.max(lo, x));
      }),
    );
  });
  if (combinations.length === 0) throw new DesignError(`${name}: no sample; expected one row of ${k} numbers per sample`);
  return { kind: 'salib', paths: [...problem.names], combinations };
}

/** A number as np.loadtxt reads it: JavaScript's shortest exact form, `nan` for NaN. */
function cell(x: number): string {
  return Number.isNaN(x) ? 'nan' : String(x);
}

/**
 * The model-output text for `analyze -Y`: `comments` as `#` lines (np.loadtxt skips them), a
 * `# columns:` line naming each `--column` index, then for combinations 0 … C − 1 the mean of
 * each KPI over that combination's finished runs, space-separated.
 */
export function formatSalibOutput(comments: readonly string[], kpis: readonly string[], combinations: number, records: Iterable<RunRecord>): string {
  const sums = Array.from({ length: combinations }, () => kpis.map(() => ({ sum: 0, n: 0 })));
  for (const r of byRun(records)) {
    if (!r.kpis) continue;
    kpis.forEach((k, j) => {
      const s = sums[r.combination][j];
      s.sum += r.kpis![k];
      s.n++;
    });
  }
  const head = [...comments.map((c) => `# ${c}`.trimEnd()), `# columns: ${kpis.map((k, j) => `${j} ${k}`).join(', ')}`];
  const rows = sums.map((row) => row.map((s) => cell(s.n ? s.sum / s.n : NaN)).join(' '));
  return [...head, ...rows].join('\n') + '\n';
}
