/**
 * `tournament --scenario FILE… --strategy role=file… [--runs N] [--seed-base S] [--days N]
 * [--kpi name…] [--workers K] [--json] [--out FILE] [--format long|wide|json]`: plays the built-in strategies and each strategy of
 * one's own (one entrant per `--strategy`, the other roles built in) on the same scenarios
 * and seeds (common random numbers), on the sweep's worker threads, and prints per figure each
 * entrant's mean and its paired difference from the built-in one with a 95 % interval.
 * Entrants are ranked by the first figure, lowest first. `--out`/`--format` write the runs
 * with the sweep's writers and header (tournamentOutput.ts); with `--out` the table is printed too.
 */
import { loadScenarioFile } from './scenarioFile';
import { intFlag, oneOf, parse } from './options';
import { loadStrategies } from './strategyFile';
import { runPool } from './sweepPool';
import { UserError } from './userError';
import { planRuns } from '../experiments/runPlan';
import { pairedDifference, type PairedDifference } from '../experiments/paired';
import { mean } from '../metrics/stats';
import { availableParallelism } from 'node:os';
import { sha256 } from './sweepSetup';
import { checkOutputPath, writeFileAtomic } from './outputs';
import { formatOutput, outputFormats } from '../experiments/output';
import type { RunRecord } from '../experiments/records';
import { readTextFile } from './textFile';
import { tournamentMeta, tournamentRecord, TOURNAMENT_PATHS, type Entrant } from './tournamentOutput';

const DEFAULT_KPIS = ['leadTimeDays.all.mean', 'onTimeRate', 'dateChangedShare'];

/** One entrant's figures: its mean per figure and its paired difference from the built-in entrant. */
export interface EntrantResult {
  entrant: string;
  sha256: string | null;
  means: Record<string, number>;
  differences: Record<string, PairedDifference> | null;
}

const fmt = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3)) : '—');

/** Runs the `tournament` command; resolves to the exit code (1 when a run crashed). */
export async function tournamentCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    scenario: { type: 'string', multiple: true },
    strategy: { type: 'string', multiple: true },
    runs: { type: 'string' },
    'seed-base': { type: 'string' },
    days: { type: 'string' },
    kpi: { type: 'string', multiple: true },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length) throw new UserError(`tournament: unexpected ${positionals[0]}; give scenarios with --scenario FILE`);
  const files = values.scenario ?? [];
  const flags = values.strategy ?? [];
  if (!files.length || !flags.length) throw new UserError('tournament: expected --scenario FILE and --strategy role=file (each repeatable), for example: tournament --scenario scenarios/terssac-circuits.json --strategy lanceur=docs/examples/launchOnArrival.ts');
  const runs = intFlag('runs', values.runs, 1, 100_000) ?? 5;
  const seedBase = intFlag('seed-base', values['seed-base'], 0, 2 ** 32 - 1) ?? 1;
  const days = intFlag('days', values.days, 1, 3650);
  const workers = intFlag('workers', values.workers, 1, 256) ?? availableParallelism();
  const kpis = values.kpi ?? DEFAULT_KPIS;
  const format = oneOf('format', values.format, outputFormats, 'long');
  if (values.json && values.format !== undefined && values.out === undefined) throw new UserError('tournament: --json and --format both write on stdout; add --out FILE for the runs');
  if (values.out !== undefined) checkOutputPath(values.out, '--out');
  const scenarios = files.map((f) => loadScenarioFile(f, [], days));
  const fileSha256 = files.map((f) => sha256(readTextFile(f, 'scenario')));
  const modules = [];
  for (const flag of flags) modules.push((await loadStrategies([flag])).records[0]);
  const tasks = planRuns(scenarios.length, runs, seedBase, 'common');
  const entrants: Entrant[] = [
    { name: 'built-in', flag: null, sha256: null },
    ...modules.map((r, i) => ({ name: `${r.role}=${r.file}`, flag: flags[i], sha256: r.sha256 })),
  ];
  const figures: Record<string, number>[][] = [];
  const crashes: string[] = [];
  const records: RunRecord[] = [];
  for (const [i, e] of entrants.entries()) {
    const byRun: Record<string, number>[] = new Array(tasks.length);
    await runPool({
      scenarios,
      tasks,
      workers,
      strategies: e.flag ? [e.flag] : [],
      onResult: ({ task, kpis: k, error }) => {
        if (error !== null || !k) crashes.push(`${e.name}, ${files[task.combination]} seed ${task.seed}: ${error}`);
        byRun[task.run] = k ?? {};
        records.push(tournamentRecord(i, e, files, entrants.length, task, k, error));
      },
    });
    figures.push(byRun);
  }
  if (values.out !== undefined || values.format !== undefined) {
    const text = formatOutput(format, tournamentMeta({ files, fileSha256, strategies: flags, runs, seedBase, days }, entrants), TOURNAMENT_PATHS, records);
    if (values.out === undefined) {
      process.stdout.write(text);
      if (crashes.length) process.stderr.write(`tournament: ${crashes.length} run(s) crashed; first: ${crashes[0]}\n`);
      return crashes.length ? 1 : 0;
    }
    writeFileAtomic(values.out, text);
  }
  if (crashes.length) {
    process.stderr.write(`tournament: ${crashes.length} run(s) crashed; first: ${crashes[0]}\n`);
    return 1;
  }
  for (const k of kpis) if (!(k in figures[0][0])) throw new UserError(`--kpi ${k}: no such figure (for example: ${DEFAULT_KPIS.join(', ')})`);
  const series = (i: number, k: string) => figures[i].map((r) => r[k]);
  const results: EntrantResult[] = entrants.map((e, i) => ({
    entrant: e.name,
    sha256: e.sha256,
    means: Object.fromEntries(kpis.map((k) => [k, mean(series(i, k))])),
    differences: i === 0 ? null : Object.fromEntries(kpis.map((k) => [k, pairedDifference(series(0, k), series(i, k))])),
  }));
  results.sort((a, b) => a.means[kpis[0]] - b.means[kpis[0]]);
  if (values.json) {
    process.stdout.write(JSON.stringify({ scenarios: files, runs, seedBase, seeds: 'common random numbers', kpis, entrants: results }, null, 2) + '\n');
    return 0;
  }
  const lines = [`tournament: ${files.length} scenario(s) × ${runs} seed(s) from ${seedBase}, common random numbers; ranked by ${kpis[0]} (lowest first)`, ''];
  for (const k of kpis) {
    lines.push(k);
    results.forEach((r, rank) => {
      const d = r.differences?.[k];
      const diff = d ? `${d.mean >= 0 ? '+' : ''}${fmt(d.mean)}  [${fmt(d.low)}, ${fmt(d.high)}] vs built-in` : '(reference)';
      lines.push(`  ${String(rank + 1).padStart(2)}. ${r.entrant.padEnd(48)} ${fmt(r.means[k]).padStart(9)}   ${diff}`);
    });
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
