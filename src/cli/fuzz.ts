/**
 * `fuzz [--mutants N] [--seed S]`: mutates every shipped scenario N times in all (seeded, so
 * reproducible), loads each mutant, runs each accepted one for a few simulated days, and
 * prints the first examples of each defect, then, last, the tally line. Exit 1 on any defect.
 * Mutants run in one child process; one that outlasts the watchdog (a loop inside an event)
 * or kills the process (memory) is recorded as hung or crashed, and a new process continues
 * after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { parse, intFlag } from './options';
import { DEFECTS, emptyTally, summaryLine, type Outcome, type Tally } from '../fuzz/verdict';
import type { FuzzJob, FuzzResult } from './fuzzWorker';

/** The child's entry: the TypeScript file from the sources (through tsx, whose flags the child inherits), the bundled one from the built command. */
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './fuzzWorker.ts' : './fuzzWorker.mjs', import.meta.url);
/** Longest one mutant may take before its worker is ended, ms (the trial's own guard is 5 s). */
const WATCHDOG_MS = 20_000;
/** Examples kept per defect. */
const EXAMPLES = 5;
/** Examples of refusals shown (a sample of what is refused, not defects). */
const REFUSAL_EXAMPLES = 3;

function shippedScenarios(dir = 'scenarios'): { name: string; value: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, value: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** Runs mutants 0 to n - 1 in child processes; hands each result over in order. */
function runAll(bases: FuzzJob['bases'], seed: number, n: number, onResult: (r: FuzzResult) => void): Promise<void> {
  return new Promise((resolve) => {
    const start = (from: number) => {
      if (from >= n) return resolve();
      let next = from;
      let timer: ReturnType<typeof setTimeout>;
      const worker: ChildProcess = fork(ENTRY, [], { execArgv: [...process.execArgv, '--max-old-space-size=1024'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      worker.send({ bases, seed, from, to: n } satisfies FuzzJob);
      const lost = (outcome: Outcome, detail: string) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        worker.kill('SIGKILL');
        onResult({ index: next, base: bases[next % bases.length].name, what: `mutant #${next} (see --seed ${seed})`, outcome, detail });
        start(next + 1);
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => lost('hung', `no answer within ${WATCHDOG_MS / 1000} s (a loop inside one event)`), WATCHDOG_MS);
      };
      arm();
      worker.on('message', (r: FuzzResult) => {
        onResult(r);
        next = r.index + 1;
        if (next >= n) {
          clearTimeout(timer);
          worker.removeAllListeners();
          resolve();
        } else arm();
      });
      worker.on('exit', (code, signal) => lost('crashed', `the process died (${signal ?? `exit code ${code}`}), out of memory or a fatal V8 error`));
    };
    start(0);
  });
}

/** Runs the `fuzz` command; resolves to the exit code (1 on any defect). */
export async function fuzzCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { mutants: { type: 'string' }, seed: { type: 'string' } });
  const n = intFlag('mutants', values.mutants, 1, 10_000_000) ?? 1000;
  const seed = intFlag('seed', values.seed, 0, 2 ** 32 - 1) ?? 1;
  const bases = shippedScenarios();
  const tally: Tally = emptyTally();
  const examples = new Map<Outcome, string[]>();
  await runAll(bases, seed, n, (r) => {
    tally[r.outcome]++;
    const list = examples.get(r.outcome) ?? [];
    if (list.length < (r.outcome === 'refused' ? REFUSAL_EXAMPLES : EXAMPLES) && r.outcome !== 'clean') examples.set(r.outcome, [...list, `#${r.index} ${r.base}: ${r.what} -> ${r.detail}`]);
  });
  const defects = DEFECTS.filter((d) => tally[d] > 0);
  for (const d of ['refused', ...DEFECTS] as const) {
    const list = examples.get(d);
    if (!list) continue;
    process.stdout.write(`${d === 'refused' ? 'refused (first examples)' : d}:\n${list.map((l) => `  ${l}`).join('\n')}\n`);
  }
  process.stdout.write(summaryLine(tally) + '\n');
  return defects.length ? 1 : 0;
}
