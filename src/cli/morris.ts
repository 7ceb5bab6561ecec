/**
 * `morris <scenario> --param path=lo:hi ... [--trajectories R] [--levels P] [--kpi name ...]
 * [--json]` and any flag of `sweep` (--runs, --seed-base, --days, --set, --strategy,
 * --workers, --out, --format, --resume, --quiet, --timeout): Morris's elementary effects of
 * each parameter on each figure. It is `sweep --morris R --levels P` over the intervals (its
 * runs written by --out in the sweep's formats), followed by the analysis of morris.ts on the
 * figures' means over each point's repetitions: a table per figure of μ*, μ and σ, ranked by μ*.
 */
import { summariseByCombination } from '../experiments/aggregate';
import { DesignError } from '../experiments/errors';
import { parseInterval, splitVary } from '../experiments/levels';
import { morrisIndices, type MorrisIndex } from '../experiments/morris';
import { knownKpis } from '../experiments/runOne';
import { BATCH_FLAGS, parse } from './options';
import { loadStrategies } from './strategyFile';
import { runSweep } from './sweep';
import { parseSweepArgs } from './sweepOptions';
import { prepareSweep } from './sweepSetup';
import { UserError } from './userError';

const DEFAULT_KPIS = ['leadTimeDays.all.mean', 'onTimeRate', 'dateChangedShare'];

/** The `morris --help` text. */
export const MORRIS_USAGE = `usage: npm run --silent sim -- morris <scenario> --param path=lo:hi ... [options]

  --param path=lo:hi     a factor and its interval (repeat for each)
  --trajectories R       Morris trajectories of k + 1 points each (default 10)
  --levels P             levels of the grid, even (default 4)
  --kpi NAME             a figure to analyse (repeat; default ${DEFAULT_KPIS.join(', ')})
  --json                 the indices as JSON on stdout
  and the flags of sweep: --runs N (repetitions of each point, averaged), --seed-base S,
  --days N, --set path=value, --strategy role=file, --workers K, --out FILE (the runs),
  --format long|wide|json, --resume, --timeout S, --quiet

See docs/experiments.md.
`;

/** One figure's indices, a row per parameter in the order given. */
export interface MorrisTable {
  kpi: string;
  parameters: ({ path: string } & MorrisIndex)[];
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toPrecision(4) : '—');

function formatTables(title: string, tables: MorrisTable[]): string {
  const width = Math.max(9, ...tables.flatMap((t) => t.parameters.map((p) => p.path.length)));
  const lines = [title, 'elementary effects per whole interval of each parameter; ranked by μ* (mean |effect|); σ > 0: interactions or non-linearity', ''];
  for (const t of tables) {
    lines.push(t.kpi, `  ${'parameter'.padEnd(width)}  ${'μ*'.padStart(10)}  ${'μ'.padStart(10)}  ${'σ'.padStart(10)}  ${'n'.padStart(4)}`);
    for (const p of [...t.parameters].sort((a, b) => (b.muStar || 0) - (a.muStar || 0))) {
      lines.push(`  ${p.path.padEnd(width)}  ${fmt(p.muStar).padStart(10)}  ${fmt(p.mu).padStart(10)}  ${fmt(p.sigma).padStart(10)}  ${String(p.n).padStart(4)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Runs the `morris` command; Ctrl-C and SIGTERM stop it as they stop a sweep. Resolves to the exit code. */
export async function morrisCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(MORRIS_USAGE);
    return 0;
  }
  const { values, positionals } = parse(args, {
    param: { type: 'string', multiple: true },
    trajectories: { type: 'string' },
    levels: { type: 'string' },
    kpi: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    runs: { type: 'string' },
    ...BATCH_FLAGS,
    format: { type: 'string' },
    resume: { type: 'boolean' },
    timeout: { type: 'string' },
    quiet: { type: 'boolean' },
  });
  const params = values.param ?? [];
  if (positionals.length !== 1 || params.length === 0) throw new UserError('morris: expected one scenario file and --param path=lo:hi for each factor, for example: morris scenarios/terssac-circuits.json --param lanceur.quantityMargin=0:0.4 --param lanceur.capacityReserve.share=0:0.5');
  const sweepArgs = [positionals[0], ...params.flatMap((p) => ['--vary', p]), '--morris', values.trajectories ?? '10', '--levels', values.levels ?? '4'];
  for (const [flag, v] of Object.entries(values)) {
    if (['param', 'trajectories', 'levels', 'kpi', 'json'].includes(flag) || v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) sweepArgs.push(`--${flag}`, x);
    else sweepArgs.push(`--${flag}`, ...(typeof v === 'boolean' ? [] : [v]));
  }
  const req = parseSweepArgs(sweepArgs);
  const prepared = prepareSweep(req, (await loadStrategies(req.strategies)).records);
  const bounds = params.map((p) => {
    try {
      return parseInterval(splitVary(p), '--morris');
    } catch (e) {
      throw e instanceof DesignError ? new UserError(e.message) : e;
    }
  });
  const kpis = values.kpi ?? DEFAULT_KPIS;
  const known = knownKpis(prepared.scenarios[0]);
  const unknown = kpis.find((k) => !known.has(k));
  if (unknown !== undefined) throw new UserError(`--kpi ${unknown}: no such figure (for example: ${DEFAULT_KPIS.join(', ')})`);
  const stopper = new AbortController();
  const stop = () => stopper.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let outcome;
  try {
    outcome = await runSweep(prepared, { stdout: process.stdout, stderr: process.stderr }, stopper.signal, false);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  if (!outcome.complete) return outcome.code;
  const means = summariseByCombination(outcome.records);
  const points = prepared.design.combinations as number[][];
  const tables: MorrisTable[] = kpis.map((kpi) => {
    const y = means.map((c) => c.kpis[kpi]?.mean ?? NaN);
    const indices = morrisIndices(points, y, bounds);
    return { kpi, parameters: indices.map((ix, j) => ({ path: prepared.design.paths[j], ...ix })) };
  });
  if (values.json) process.stdout.write(JSON.stringify({ design: prepared.meta.find(([k]) => k === 'design')?.[1], runs: outcome.records.length, kpis: tables }, null, 2) + '\n');
  else process.stdout.write(formatTables(`morris: ${positionals[0]} · ${params.length} parameter(s) · ${req.morris} trajectories of ${params.length + 1} points, ${req.levels} levels · ${req.runs} repetition(s) a point (${outcome.records.length} runs)`, tables));
  return outcome.code;
}
