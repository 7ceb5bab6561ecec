import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatSalibOutput, parseSalibProblem, parseSalibSample } from '../../src/experiments/salib';
import type { RunRecord } from '../../src/experiments/records';

const fixture = (name: string) => readFileSync(`tests/fixtures/salib/${name}`, 'utf8');

/** What np.loadtxt(file, delimiter=' ', usecols=(column,)) gives: `#` lines skipped, split on single spaces. */
function loadtxt(text: string, column: number): number[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*$/, ''))
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.split(' ');
      const cell = cells[column];
      if (cell === undefined) throw new Error(`no column ${column} in "${l}"`);
      return cell === 'nan' ? NaN : Number(cell);
    });
}

describe('SALib formats', () => {
  it("reads the problem file as SALib's read_param_file does: spaces or commas, # lines, group and distribution columns", () => {
    expect(parseSalibProblem(fixture('params.txt'), 'params.txt')).toEqual({
      names: ['lanceur.quantityMargin', 'lanceur.capacityReserve.share'],
      bounds: [[0, 0.4], [0.1, 0.5]],
      dists: ['unif', 'unif'],
    });
    expect(parseSalibProblem(fixture('params-csv.txt'), 'params-csv.txt')).toEqual(parseSalibProblem(fixture('params.txt'), 'params.txt'));
    expect(parseSalibProblem('x\t0\t1\n', 'p').names).toEqual(['x']);
    expect(() => parseSalibProblem('x 0\n', 'p.txt')).toThrow(/^p\.txt: line 1: expected "name lower upper"/);
  });

  it("reads a sample written by np.savetxt with numpy's %.18e and SALib's --precision 8 alike", () => {
    const problem = parseSalibProblem(fixture('params.txt'), 'params.txt');
    const full = parseSalibSample(fixture('sample-morris.txt'), 'sample-morris.txt', problem);
    expect(full.kind).toBe('salib');
    expect(full.paths).toEqual(problem.names);
    expect(full.combinations).toHaveLength(6);
    expect(full.combinations[3]).toEqual([0.4, 0.1]);
    expect(full.combinations[1][0]).toBe((2 / 3) * 0.4);
    const p8 = parseSalibSample(fixture('sample-morris-p8.txt'), 'p8', problem);
    p8.combinations.forEach((c, i) => c.forEach((v, j) => expect(v).toBeCloseTo(full.combinations[i][j] as number, 8)));
    expect(parseSalibSample('1.0,2.0e-01\n', 's', { names: ['a', 'b'], bounds: [[0, 2], [0, 1]], dists: ['unif', 'unif'] }).combinations).toEqual([[1, 0.2]]);
  });

  it('refuses a row of the wrong width, a non-number and a value outside its bounds, naming the line', () => {
    const problem = parseSalibProblem(fixture('params.txt'), 'params.txt');
    expect(() => parseSalibSample('0.1 0.2 0.3\n', 's.txt', problem)).toThrow('s.txt: line 1: expected 2 values (one per parameter of the problem file), got 3');
    expect(() => parseSalibSample('0.1 0.2\n0.1 abc\n', 's.txt', problem)).toThrow('s.txt: line 2: "abc" is not a number');
    expect(() => parseSalibSample('0.5 0.2\n', 's.txt', problem)).toThrow('s.txt: line 1: lanceur.quantityMargin = 0.5 is outside its bounds [0, 0.4] in the problem file');
    expect(parseSalibSample('4.00000001e-01 0.2\n', 's.txt', problem).combinations).toEqual([[0.4, 0.2]]);
  });

  it('writes the model output np.loadtxt reads: # lines, one row per sample in order, a column per KPI (mean over repetitions, nan when none)', () => {
    const rec = (run: number, combination: number, kpis: Record<string, number> | null): RunRecord => ({ run, combination, repetition: 0, seed: 1, values: [], kpis, error: kpis ? null : 'boom' });
    const records = [rec(3, 0, { a: 3, b: 10 }), rec(0, 0, { a: 1, b: 20 }), rec(1, 1, { a: 0.5, b: 1e-7 }), rec(2, 2, null)];
    const text = formatSalibOutput(['negoplan: 0.1.0', 'design: SALib sample'], ['a', 'b'], 3, records);
    expect(text.split('\n').slice(0, 3)).toEqual(['# negoplan: 0.1.0', '# design: SALib sample', '# columns: 0 a, 1 b']);
    expect(loadtxt(text, 0)).toEqual([2, 0.5, NaN]);
    expect(loadtxt(text, 1)).toEqual([15, 1e-7, NaN]);
  });
});
