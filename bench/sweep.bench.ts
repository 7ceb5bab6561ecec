/**
 * Sweep speed: the cost of one one-year baseline run with the trace off (in this thread),
 * the same 200 runs on 1 and on 2 worker threads (speed-up, identical bytes), and 1,000
 * one-year runs on 2 workers, measured whole (goal < 120 s on a 2-core machine). Times
 * include the workers' start (about 0.7 s each, tsx compiling the sources). Prints figures;
 * asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeSweep } from '../src/cli/sweep';
import { parseSweepArgs } from '../src/cli/sweepOptions';
import { prepareSweep } from '../src/cli/sweepSetup';
import { runOne } from '../src/experiments/runOne';

const dir = mkdtempSync(join(tmpdir(), 'negoplan-bench-'));
const YEAR = ['scenarios/terssac-circuits.json', '--days', '365', '--set', 'warmupDays=0', '--quiet'];
const silent = { stdout: { write: () => true }, stderr: { isTTY: false, write: () => true } };

async function timedSweep(runs: number, workers: number, out: string): Promise<number> {
  const prepared = prepareSweep(parseSweepArgs([...YEAR, '--runs', String(runs), '--workers', String(workers), '--out', out]));
  const t0 = performance.now();
  const code = await executeSweep(prepared, silent);
  if (code !== 0) throw new Error(`sweep exited ${code}`);
  return (performance.now() - t0) / 1000;
}

const load = () => loadavg()[0].toFixed(1);
console.log(`load average at start ${load()} on ${availableParallelism()} cores (other processes share the cores: a load above the core count slows every figure)`);
const scenario = prepareSweep(parseSweepArgs([...YEAR, '--runs', '1'])).scenarios[0];
for (let s = 0; s < 3; s++) runOne(scenario, 1000 + s);
const times: number[] = [];
for (let s = 1; s <= 15; s++) {
  const t0 = performance.now();
  runOne(scenario, s);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`one run, this thread  ${times[7].toFixed(0)} ms (median of 15 one-year baseline runs, trace off; min ${times[0].toFixed(0)}, max ${times[14].toFixed(0)})`);

const one = await timedSweep(200, 1, join(dir, 'w1.csv'));
const two = await timedSweep(200, 2, join(dir, 'w2.csv'));
const same = readFileSync(join(dir, 'w1.csv'), 'utf8') === readFileSync(join(dir, 'w2.csv'), 'utf8');
console.log(`200 runs, 1 worker    ${one.toFixed(1)} s · ${((one * 1000) / 200).toFixed(0)} ms a run`);
console.log(`200 runs, 2 workers   ${two.toFixed(1)} s · ${((two * 1000) / 200).toFixed(0)} ms a run · speed-up ×${(one / two).toFixed(2)} · bytes ${same ? 'identical' : 'DIFFERENT'} (${availableParallelism()} cores)`);

const thousand = await timedSweep(1000, 2, join(dir, 'w1000.csv'));
console.log(`1,000 runs, 2 workers ${thousand.toFixed(1)} s · ${((thousand * 1000) / 1000).toFixed(0)} ms a run · ${(1000 / thousand).toFixed(1)} runs/s   goal < 120 s`);
console.log(`load average at end   ${load()}`);
rmSync(dir, { recursive: true, force: true });
