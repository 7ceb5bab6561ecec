/**
 * Core speed: one-year runs of the baseline scenario (wall and CPU time, events), measured warm
 * in process: medians over repeated runs after the first ten are discarded, as built (bundled like the
 * command, in a fresh process) and from source (here, through tsx). Then the baseline and case
 * B as shipped and the running digest's share. Prints figures; asserts nothing: goals are
 * stated beside the figures.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { WARMUP_RUNS, yearRuns, type Keeps, type YearRuns } from './yearRuns';
import { loadScenario } from '../src/scenario/load';
import { KPIS_ONLY, Simulation } from '../src/simulation/simulation';
import { computeKpis } from '../src/metrics/kpis';
import { traceLine } from '../src/core/trace';
import { digestHex, digestKindRecord, digestRecord, digestStart, traceFileDigest } from '../src/core/traceDigest';
import { TRACE_KINDS } from '../src/agents/traceVocabulary';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));

const ROUNDS = 5;
const n = ROUNDS * 9;
const yearLine = (y: YearRuns, what: string, goal: string) =>
  `one-year baseline   ${median(y.times).toFixed(1)} ms wall, ${median(y.cpu).toFixed(1)} ms CPU (365 days, no warm-up; in process, warm: medians of ${n} runs, seeds 1-9 × ${ROUNDS}, after ${WARMUP_RUNS} discarded runs; wall min ${Math.min(...y.times).toFixed(1)}, max ${Math.max(...y.times).toFixed(1)}) · ${y.orders} orders · ${y.events} events · ${what}   goal ${goal}`;

// As built: the same loop bundled the way the command and the sweep's workers are (one file, no
// loader hooks), in a fresh process. From source, through tsx, the figures are a few per cent higher.
const dir = mkdtempSync(join(tmpdir(), 'negoplan-bench-'));
await build({ entryPoints: ['bench/yearBuilt.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: join(dir, 'yearBuilt.cjs'), logLevel: 'warning' });
const builtRuns = (...extra: string[]): YearRuns => {
  const built = spawnSync(process.execPath, [join(dir, 'yearBuilt.cjs'), String(ROUNDS), ...extra], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the built one-year runs failed: ${built.stderr}`);
  return JSON.parse(built.stdout) as YearRuns;
};
console.log(yearLine(builtRuns(), 'trace, digest and transcript off (as sweeps), built as the command is', '≤ 30 ms'));
console.log(yearLine(builtRuns('transcript'), 'trace and digest off, transcript kept (as the benches before sweeps dropped it), built', '(the same)'));
rmSync(dir, { recursive: true, force: true });
const modes: [Keeps, string, string][] = [
  [KPIS_ONLY, 'trace, digest and transcript off (as sweeps)', '≤ 30 ms'],
  [{ trace: false, digest: true, transcript: true }, 'trace off, running digest and transcript on (as the app runs)', '(none: the goal of 30 ms is for runs that keep no records, as sweeps)'],
  [{ trace: true, digest: true, transcript: true }, 'trace on', '< 150 ms'],
];
for (const [keeps, what, goal] of modes) console.log(yearLine(yearRuns(keeps, ROUNDS), `${what}, from source (tsx)`, goal));
console.log(`load average        ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores (other processes share them: a load above the core count slows every figure, wall time most)`);
const full = new Simulation(scenario, { seed: 1 });
const t0 = performance.now();
full.runToEnd();
const t1 = performance.now();
computeKpis(full);
console.log(`baseline as shipped ${(t1 - t0).toFixed(0)} ms for ${full.days} days (${scenario.warmupDays} warm-up + ${scenario.days} measured) · KPIs ${(performance.now() - t1).toFixed(1)} ms`);
/** The baseline's trace digest five times, one way: as the run reads each record (field by field under its declared kind), walking each record, or from its `--trace` file's lines (parsed back). */
type DigestWay = 'asRun' | 'walked' | 'fromFile';
function digestTimes(way: DigestWay): { ms: number; hex: string } {
  const times: number[] = [];
  const lines = way === 'fromFile' ? full.traceRecords.map(traceLine) : [];
  let hex = '';
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    if (way === 'fromFile') hex = traceFileDigest(lines);
    else {
      const d = digestStart();
      if (way === 'asRun') for (const r of full.traceRecords) digestKindRecord(d, r.time, TRACE_KINDS.get(r.type)!, r.agent, r.order, r.data ?? {});
      else for (const r of full.traceRecords) digestRecord(d, r.time, r.type, r.agent, r.order, r.data);
      hex = digestHex(d);
    }
    times.push(performance.now() - t);
  }
  return { ms: median(times), hex };
}
const asRun = digestTimes('asRun');
const walked = digestTimes('walked');
const fromFile = digestTimes('fromFile');
const same = asRun.hex === walked.hex && asRun.hex === fromFile.hex && asRun.hex === full.traceDigest;
console.log(
  `running trace digest ${asRun.ms.toFixed(1)} ms of the baseline's run for its ${full.traceRecords.length} records, as the run reads each under its kind (walking each record: ${walked.ms.toFixed(1)} ms; from the trace file's lines, parsed: ${fromFile.ms.toFixed(1)} ms; ${same ? 'the same digest' : 'DIGESTS DIFFER'}; medians of 5; part of every run, records on or off)`,
);
const caseB = loadScenario(readFileSync('scenarios/equipementier-auto.json', 'utf8'));
const b = new Simulation(caseB, { seed: 1 });
const t2 = performance.now();
b.runToEnd();
console.log(`case B as shipped   ${(performance.now() - t2).toFixed(0)} ms for ${b.days} days · ${b.eventsHandled} events`);
