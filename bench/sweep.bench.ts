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

/** Wall seconds, and the CPU seconds of the whole process (every thread) over that time. */
async function timedSweep(runs: number, workers: number, out: string): Promise<{ wall: number; cpu: number }> {
  const prepared = prepareSweep(parseSweepArgs([...YEAR, '--runs', String(runs), '--workers', String(workers), '--out', out]));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await executeSweep(prepared, silent);
  if (code !== 0) throw new Error(`sweep exited ${code}`);
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

const cores = (t: { wall: number; cpu: number }) => `CPU ${t.cpu.toFixed(1)} s, ${(t.cpu / t.wall).toFixed(2)} cores busy on average`;

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
console.log(`200 runs, 1 worker    ${one.wall.toFixed(1)} s · ${((one.wall * 1000) / 200).toFixed(0)} ms a run · ${cores(one)}`);
console.log(`200 runs, 2 workers   ${two.wall.toFixed(1)} s · ${((two.wall * 1000) / 200).toFixed(0)} ms a run · ${cores(two)} · speed-up ×${(one.wall / two.wall).toFixed(2)} · bytes ${same ? 'identical' : 'DIFFERENT'}`);

const thousand = await timedSweep(1000, 2, join(dir, 'w1000.csv'));
console.log(`1,000 runs, 2 workers ${thousand.wall.toFixed(1)} s · ${thousand.wall.toFixed(0)} ms a run · ${(1000 / thousand.wall).toFixed(1)} runs/s · ${cores(thousand)}   goal < 120 s`);
console.log(`load average at end   ${load()}`);
rmSync(dir, { recursive: true, force: true });
