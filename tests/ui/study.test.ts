/**
 * The Experiments tab's study against the command line: the command it prints is read by the
 * CLI's own parser (parseSweepArgs) into the same canonical command, and the CLI's own
 * preparation (prepareSweep, reading the scenario file from disk) gives the same design, the
 * same combinations' scenarios and the same runs with the same seeds as the tab's plan.
 */
import { describe, expect, it } from 'vitest';
import { canonicalCommand, parseSweepArgs } from '../../src/cli/sweepOptions';
import { prepareSweep } from '../../src/cli/sweepSetup';
import { commandLine } from '../../src/experiments/shellWords';
import { MAX_STUDY_RUNS, planStudy, studyCommand, valueText, type StudySpec } from '../../src/ui/model/study';
import { scenarioFile, thrownMessage } from '../helpers';
import { shellWords } from '../shellWords';

const studies: [string, StudySpec][] = [
  ['one lever, the scenario as it is', { scenario: 'terssac-circuits', levers: {}, days: 30, factors: [{ path: 'lanceur.quantityMargin', levels: [0, 0.1, 0.25] }], runs: 3, seedBase: 1 }],
  [
    'two levers (a number and a choice) over levers changed in Strategy, a stock policy among them',
    {
      scenario: 'equipementier-auto',
      levers: { 'lanceur.datePolicy': 'level', 'changes.cutoffHours': 12, stocks: [{ family: 'firstFit', basis: 'daysOfCover', value: 5, holdingCostPerUnitDay: 0.01 }] },
      days: 20,
      factors: [
        { path: 'lanceur.capacityReserve.share', levels: [0.1, 0.3] },
        { path: 'lanceur.changePolicy', levels: ['acceptAll', 'refuseAll'] },
      ],
      runs: 2,
      seedBase: 4120485292,
    },
  ],
];

describe('the command the Experiments tab prints', () => {
  for (const [what, spec] of studies) {
    it(`${what}: parses with the CLI's parser and gives the same design, scenarios and seeded runs`, () => {
      const command = studyCommand(spec);
      const words = shellWords(command);
      expect(words.slice(0, 5)).toEqual(['npm', 'run', '--silent', 'sim', '--']);
      expect(words[5]).toBe('sweep');
      const req = parseSweepArgs(words.slice(6));
      expect(req.scenarioFile).toBe(`scenarios/${spec.scenario}.json`);
      // the printed words are the sweep's canonical command: what its results' header records
      expect(canonicalCommand(req, req.seedBase!)).toBe(commandLine(words.slice(5)));
      const cli = prepareSweep(req);
      const tab = planStudy(scenarioFile(`${spec.scenario}.json`), spec);
      expect(tab.design).toEqual(cli.design);
      expect(tab.runs).toEqual(cli.runs);
      expect(tab.scenarios).toEqual(cli.scenarios);
      expect(tab.runs.length).toBe(spec.runs * spec.factors.reduce((n, f) => n * f.levels.length, 1));
    });
  }

  it('quotes what a shell would split, and writes strings that look like JSON as JSON', () => {
    expect(valueText('keep')).toBe('keep');
    expect(valueText('true')).toBe('"true"');
    expect(valueText(0.1)).toBe('0.1');
    const command = studyCommand(studies[1][1]);
    expect(command).toContain(`--set 'stocks=[{"family":"firstFit","basis":"daysOfCover","value":5,"holdingCostPerUnitDay":0.01}]'`);
    expect(command).toContain('--vary lanceur.changePolicy=acceptAll,refuseAll');
  });
});

describe('a study the tab refuses, before any run', () => {
  const base = studies[0][1];
  const refused = (change: Partial<StudySpec>) => thrownMessage(() => planStudy(scenarioFile('terssac-circuits.json'), { ...base, ...change }));

  it('names a level out of the scenario’s range with its combination', () => {
    expect(refused({ factors: [{ path: 'lanceur.quantityMargin', levels: [0.1, 1.5] }] })).toMatch(/combination 1 \(lanceur\.quantityMargin=1\.5\).*expected a number ≤ 1, got 1\.5/s);
  });

  it('refuses the same lever twice, no lever, and more runs than the tab runs', () => {
    expect(refused({ factors: [base.factors[0], base.factors[0]] })).toMatch(/the same parameter is varied twice/);
    expect(refused({ factors: [] })).toMatch(/one or two levers/);
    expect(refused({ runs: Math.ceil(MAX_STUDY_RUNS / 3) + 1 })).toMatch(/runs; the tab runs at most 400/);
  });

  it('refuses a bad lever of the run with its path', () => {
    expect(refused({ levers: { 'lanceur.quantityMargin': -1 } })).toMatch(/lanceur\.quantityMargin/);
  });
});
