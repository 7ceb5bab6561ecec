/**
 * `run <scenario> [--seed N] [--days N] [--set path=value ...] [--json] [--trace FILE]`:
 * one headless run, its report on stdout, its trace as JSON lines in FILE.
 */
import { Simulation } from '../simulation/simulation';
import { traceLine } from '../core/trace';
import { buildReport } from '../metrics/report';
import { loadScenarioFile } from './scenarioFile';
import { parse, intFlag } from './options';
import { formatReport } from './format';
import { UserError } from './userError';
import { checkOutputPath, writeFileAtomic } from './outputs';

/** Runs the `run` command; returns the exit code. */
export function runCommand(args: string[]): number {
  const { values, positionals } = parse(args, {
    seed: { type: 'string' },
    days: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    trace: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UserError('run: expected one scenario file, for example: run scenarios/terssac-circuits.json');
  const seed = intFlag('seed', values.seed, 0, 2 ** 32 - 1);
  const days = intFlag('days', values.days, 1, 3650);
  if (values.trace !== undefined) checkOutputPath(values.trace, '--trace');
  const scenario = loadScenarioFile(positionals[0], values.set ?? [], days);
  const sim = new Simulation(scenario, { seed, trace: true });
  sim.runToEnd();
  const report = buildReport(sim);
  if (values.trace !== undefined) writeFileAtomic(values.trace, sim.traceRecords.map(traceLine).join('\n') + '\n');
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report) + '\n');
  return 0;
}
