/**
 * Core speed: one-year runs of the baseline scenario (wall and CPU time, events), measured warm in this
 * process: medians over repeated runs after one discarded run. Prints figures; asserts
 * nothing: goals are stated beside the figures.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { loadScenario } from '../src/scenario/load';
import { Simulation } from '../src/simulation/simulation';
import { computeKpis } from '../src/metrics/kpis';
import { digestLine, digestStart, traceLine } from '../src/core/trace';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
const yearOnly = { ...scenario, warmupDays: 0, days: 365 };

const ROUNDS = 3;
/**
 * One-year runs in this process, warm: one run discarded (it pays V8's compiling), then
 * ROUNDS rounds of seeds 1 to 9. Wall ms and process CPU ms of each; orders and events of the last.
 */
function yearRuns(trace: boolean, digest: boolean) {
  new Simulation(yearOnly, { seed: 100, trace, digest }).runToEnd();
  const times: number[] = [];
  const cpu: number[] = [];
  let orders = 0;
  let events = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let seed = 1; seed <= 9; seed++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const sim = new Simulation(yearOnly, { seed, trace, digest });
      sim.runToEnd();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      orders = sim.state.orders.length;
      events = sim.eventsHandled;
    }
  }
  return { times, cpu, orders, events };
}

const n = ROUNDS * 9;
for (const [trace, digest] of [[false, false], [false, true], [true, true]]) {
  const y = yearRuns(trace, digest);
  const what = trace ? 'trace on' : digest ? 'trace off, running digest on (as run)' : 'trace and digest off (as sweeps)';
  console.log(
    `one-year baseline   ${median(y.times).toFixed(1)} ms wall, ${median(y.cpu).toFixed(1)} ms CPU (365 days, no warm-up; in process, warm: medians of ${n} runs, seeds 1-9 × ${ROUNDS}, after one discarded run; wall min ${Math.min(...y.times).toFixed(1)}, max ${Math.max(...y.times).toFixed(1)}) · ${y.orders} orders · ${y.events} events · ${what}   goal ${trace ? '< 150 ms' : digest ? '(none: the goal of 30 ms is for runs without the trace, records and digest off)' : '≤ 30 ms'}`,
  );
}
console.log(`load average        ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores (other processes share them: a load above the core count slows every figure, wall time most)`);
const full = new Simulation(scenario, { seed: 1 });
const t0 = performance.now();
full.runToEnd();
const t1 = performance.now();
computeKpis(full);
console.log(`baseline as shipped ${(t1 - t0).toFixed(0)} ms for ${full.days} days (${scenario.warmupDays} warm-up + ${scenario.days} measured) · KPIs ${(performance.now() - t1).toFixed(1)} ms`);
const digestTimes = [1, 2, 3, 4, 5].map(() => {
  const t = performance.now();
  const d = digestStart();
  for (const r of full.traceRecords) digestLine(d, traceLine(r));
  return performance.now() - t;
});
console.log(`running trace digest ${median(digestTimes).toFixed(1)} ms of the baseline's run for its ${full.traceRecords.length} lines (JSON line + hash, median of 5; part of every run, records on or off)`);
const caseB = loadScenario(readFileSync('scenarios/equipementier-auto.json', 'utf8'));
const b = new Simulation(caseB, { seed: 1 });
const t2 = performance.now();
b.runToEnd();
console.log(`case B as shipped   ${(performance.now() - t2).toFixed(0)} ms for ${b.days} days · ${b.eventsHandled} events`);
