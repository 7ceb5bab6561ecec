/**
 * Speed against a general discrete-event library: ten years of scenarios/single-server-queue
 * (negoplan's closest single-server queue, utilisation 0.7) handled by the whole model, in
 * orders per second, beside SimPy 3 serving the same number of customers of a bare M/M/1
 * queue at the same utilisation (bench/mm1_simpy.py), measured in this same bench run so
 * that both see the same machine load. SimPy is skipped, with a line saying so, when no
 * python3 can import it. Prints figures; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { loadScenario } from '../src/scenario/load';
import { KPIS_ONLY, Simulation } from '../src/simulation/simulation';
import { computeKpis } from '../src/metrics/kpis';

const YEARS = 10;
const scenario = loadScenario(readFileSync('scenarios/single-server-queue.json', 'utf8'));
const tenYears = { ...scenario, warmupDays: 0, days: 365 * YEARS };

/** One ten-year run without the trace records (as sweeps: no digest nor transcript either; as the app runs: both): wall ms, CPU ms of the process, orders received, the run. */
function tenYearRun(seed: number, asRun: boolean) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = new Simulation(tenYears, { ...(asRun ? { trace: false } : KPIS_ONLY), seed });
  sim.runToEnd();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, orders: sim.state.orders.length, sim };
}

new Simulation({ ...scenario, days: 365 }, { seed: 99, trace: false }).runToEnd();
/** Best of three ten-year runs, printed. */
function measured(asRun: boolean) {
  const runs = [1, 2, 3].map((seed) => tenYearRun(seed, asRun));
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const k = computeKpis(best.sim);
  console.log(
    `single-server queue ${(best.orders / best.ms).toFixed(0)} k orders/s over ${YEARS} years (${best.orders} orders, ${best.sim.eventsHandled} events, best of 3: ${best.ms.toFixed(0)} ms wall, ${best.cpu.toFixed(0)} ms CPU; runs ${runs.map((r) => r.ms.toFixed(0)).join(' / ')} ms) · utilisation ${k.utilization.toFixed(3)}, lead time ${k.leadTimeDays.all.mean} d · trace off, running digest and transcript ${asRun ? 'on (as the app runs)' : 'off (as sweeps)'}`,
  );
  return best;
}
const bests = [measured(false), measured(true)];

/** The first python3 that imports simpy, or null. */
function pythonWithSimpy(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import simpy'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

const py = pythonWithSimpy();
if (!py) {
  console.log('SimPy M/M/1        skipped: no python3 here imports simpy (Debian: apt-get install python3-simpy3)');
} else {
  const r = spawnSync(py, ['bench/mm1_simpy.py', String(bests[0].orders), '0.7', '3'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`SimPy M/M/1        failed: ${r.stderr.trim().split('\n').pop()}`);
  } else {
    const s = JSON.parse(r.stdout) as { customers: number; seconds: number; cpuSeconds: number; customersPerSecond: number; meanTimeInSystem: number; simpy: string };
    console.log(
      `SimPy M/M/1        ${(s.customersPerSecond / 1000).toFixed(0)} k customers/s (SimPy ${s.simpy}, ${s.customers} customers, utilisation 0.7, best of 3: ${(s.seconds * 1000).toFixed(0)} ms wall, ${(s.cpuSeconds * 1000).toFixed(0)} ms CPU; mean time in system ${s.meanTimeInSystem.toFixed(2)} h, M/M/1 gives 2.33)`,
    );
    for (const [b, what] of [[bests[0], 'as sweeps'], [bests[1], 'as the app runs']] as const) {
      const wall = b.orders / (b.ms / 1000) / s.customersPerSecond;
      const cpu = b.orders / b.cpu / (s.customers / (s.cpuSeconds * 1000));
      console.log(`negoplan / SimPy   ${wall.toFixed(2)} × by wall time, ${cpu.toFixed(2)} × by CPU time, ${what} (goal ≥ 1, beyond: 2) · load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    }
  }
}

/**
 * The same comparison as whole processes, as the issue states it: the built command running
 * ten years of the queue as a user runs it (`run … --json`: the running digest on, KPIs and the
 * report included, Node's own start too) against SimPy's script serving as many customers
 * (Python's start and SimPy's import included), alternating, seven of each: medians of wall time,
 * and the median of the seven pairs' ratios (each pair ran within a second or two, so a slow
 * minute of the machine weighs on both of its runs).
 */
const PAIRS = 7;

function wholeProcesses(python: string): void {
  const bin = 'build/cli/negoplan.mjs';
  if (!existsSync(bin)) {
    console.log(`whole processes     skipped: no built command at ${bin} (npm run prepare makes it)`);
    return;
  }
  const walls: { negoplan: number[]; simpy: number[] } = { negoplan: [], simpy: [] };
  let orders = 0;
  for (let i = 0; i < PAIRS; i++) {
    let t = performance.now();
    const n = spawnSync(process.execPath, [bin, 'run', 'scenarios/single-server-queue.json', '--days', String(365 * YEARS), '--seed', String(i + 1), '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    walls.negoplan.push(performance.now() - t);
    if (n.status !== 0) return void console.log(`whole processes     failed: ${n.stderr.trim().split('\n').pop()}`);
    orders = (JSON.parse(n.stdout) as { kpis: { ordersReceived: number } }).kpis.ordersReceived;
    t = performance.now();
    const p = spawnSync(python, ['bench/mm1_simpy.py', String(orders), '0.7', '1'], { encoding: 'utf8' });
    walls.simpy.push(performance.now() - t);
    if (p.status !== 0) return void console.log(`whole processes     failed: ${p.stderr.trim().split('\n').pop()}`);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const [a, b] = [med(walls.negoplan), med(walls.simpy)];
  const paired = med(walls.simpy.map((w, i) => w / walls.negoplan[i]));
  console.log(
    `whole processes     negoplan ${(orders / a).toFixed(0)} k orders/s (${a.toFixed(0)} ms: node ${bin} run scenarios/single-server-queue.json --days ${365 * YEARS} --json) · SimPy ${(orders / b).toFixed(0)} k customers/s (${b.toFixed(0)} ms: ${python} bench/mm1_simpy.py ${orders}) · negoplan / SimPy ${(b / a).toFixed(2)} × by the medians, ${paired.toFixed(2)} × by the median pair (${PAIRS} pairs, alternating; goal ≥ 1, beyond: 2) · load average ${loadavg()[0].toFixed(1)}`,
  );
}
if (py) wholeProcesses(py);

