/**
 * `calibrate [scenario ...] [--seeds N] [--json]`: runs each calibrated scenario (by default
 * every file of scenarios/ that names a case) over seeds 1..N and prints de Terssac's
 * observed figures beside the simulated means, with pass/fail. Exit 1 when any fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KPIS_ONLY, Simulation } from '../simulation/simulation';
import { computeKpis } from '../metrics/kpis';
import { compare, targetsFor, type CalibrationRow } from '../metrics/calibration';
import { loadScenarioFile } from './scenarioFile';
import { parse, intFlag } from './options';
import { formatCalibration } from './format';

/** Every scenario file in `dir` that declares a calibration case. */
export function calibratedScenarios(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => loadScenarioFile(f).calibration !== undefined);
}

/** Runs the `calibrate` command; returns the exit code. */
export function calibrateCommand(args: string[]): number {
  const { values, positionals } = parse(args, { seeds: { type: 'string' }, json: { type: 'boolean' } });
  const seeds = intFlag('seeds', values.seeds, 1, 1000) ?? 10;
  const files = positionals.length ? positionals : calibratedScenarios();
  const results: { file: string; scenario: string; case: string; seeds: number; rows: CalibrationRow[] }[] = [];
  for (const file of files) {
    const scenario = loadScenarioFile(file);
    const targets = targetsFor(scenario.calibration);
    const runs = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const sim = new Simulation(scenario, { ...KPIS_ONLY, seed });
      sim.runToEnd();
      runs.push({ kpis: computeKpis(sim), days: scenario.days });
    }
    results.push({ file, scenario: scenario.name, case: scenario.calibration ?? 'none', seeds, rows: compare(targets, runs) });
  }
  const pass = results.every((r) => r.rows.every((x) => x.pass));
  if (values.json) process.stdout.write(JSON.stringify({ pass, results }, null, 2) + '\n');
  else process.stdout.write(results.map((r) => formatCalibration(`${r.scenario} (${r.file})`, r.rows, r.seeds)).join('\n\n') + '\n');
  return pass ? 0 : 1;
}
