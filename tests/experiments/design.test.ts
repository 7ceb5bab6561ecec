import { describe, expect, it } from 'vitest';
import { describeCombination, fullFactorial, oneAtATime } from '../../src/experiments/design';
import { parseDesignFile } from '../../src/experiments/designFile';
import { combinationScenarios, valuesAt } from '../../src/experiments/combinations';
import { DesignError } from '../../src/experiments/errors';
import { tinyScenario } from '../cli/sweepFixture';

describe('full factorial', () => {
  it('runs every combination, the first factor slowest', () => {
    const d = fullFactorial([
      { path: 'a', levels: [1, 2] },
      { path: 'b', levels: ['x', 'y', 'z'] },
    ]);
    expect(d.paths).toEqual(['a', 'b']);
    expect(d.combinations).toEqual([[1, 'x'], [1, 'y'], [1, 'z'], [2, 'x'], [2, 'y'], [2, 'z']]);
  });

  it('without factors is the scenario alone', () => {
    expect(fullFactorial([]).combinations).toEqual([[]]);
  });
});

describe('one at a time', () => {
  it('starts from the base and moves each factor alone, skipping the base value', () => {
    const d = oneAtATime(
      [
        { path: 'a', levels: [0.1, 0.2, 0.3] },
        { path: 'b', levels: [5, 6] },
      ],
      [0.2, 5],
    );
    expect(d.combinations).toEqual([[0.2, 5], [0.1, 5], [0.3, 5], [0.2, 6]]);
  });
});

describe('design file', () => {
  it('reads JSON objects of path: value', () => {
    const d = parseDesignFile('[{"a": 0.1, "b": "keep"}, {"b": "level", "a": 0.3}]', 'd.json');
    expect(d).toEqual({ kind: 'file', paths: ['a', 'b'], combinations: [[0.1, 'keep'], [0.3, 'level']] });
  });

  it('reads CSV with a header of paths, comments and blank lines', () => {
    const d = parseDesignFile('# picked by hand\na,b\n0.1,keep\n\n0.3,"level"\n', 'd.csv');
    expect(d.combinations).toEqual([[0.1, 'keep'], [0.3, 'level']]);
  });

  it.each([
    ['[]', 'd.json', /non-empty array/],
    ['{"a": 1}', 'd.json', /non-empty array/],
    ['[{"a": 1}, {"b": 2}]', 'd.json', /combination 1 must give the same parameters.*missing a, extra b/],
    ['[{"a": 1', 'd.json', /not valid JSON/],
    ['a,b\n1\n', 'd.csv', /line 2: expected 2 values, got 1/],
    ['a,b\n1,\n', 'd.csv', /line 2: an empty value/],
    ['a\n', 'd.csv', /at least one combination/],
    ['a,b\n"1,2\n', 'd.csv', /unclosed quote/],
  ])('refuses %j', (text, name, message) => {
    expect(() => parseDesignFile(text, name)).toThrow(DesignError);
    expect(() => parseDesignFile(text, name)).toThrow(message);
  });
});

describe('combinations against the scenario', () => {
  it('names the nearest valid paths for an unknown one', () => {
    expect(() => valuesAt(tinyScenario(), ['lanceur.quantityMargn'])).toThrow(/--vary lanceur.quantityMargn: no such parameter; nearest: lanceur.quantityMargin/);
  });

  it("refuses to vary the seed, which the sweep derives itself", () => {
    expect(() => valuesAt(tinyScenario(), ['seed'])).toThrow(/--vary seed: each run's seed comes from --seed-base/);
  });

  it('refuses a group of parameters', () => {
    expect(() => valuesAt(tinyScenario(), ['lanceur.capacityReserve'])).toThrow(/a group of 2 parameters.*lanceur.capacityReserve.share/);
  });

  it('refuses every combination out of the schema before any run, with its values', () => {
    const design = fullFactorial([{ path: 'lanceur.quantityMargin', levels: [0.5, 1.5, 2] }]);
    expect(() => combinationScenarios(tinyScenario(), design)).toThrow(/2 of 3 combination\(s\) refused[\s\S]*combination 1 \(lanceur.quantityMargin=1.5\): lanceur.quantityMargin: expected a number ≤ 1/);
  });

  it('gives each combination its own validated scenario', () => {
    const design = fullFactorial([{ path: 'lanceur.quantityMargin', levels: [0, 0.4] }]);
    expect(combinationScenarios(tinyScenario(), design).map((s) => s.lanceur.quantityMargin)).toEqual([0, 0.4]);
    expect(describeCombination(['a', 'b'], [0.1, 'keep'])).toBe('a=0.1 b=keep');
  });
});
