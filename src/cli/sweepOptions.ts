/**
 * The `sweep` command's flags, parsed into a {@link SweepRequest}, and the canonical command
 * line recorded in the results' header: only what defines the runs (scenario, design,
 * repetitions, seeds, run options), in a fixed order, so that how the sweep was executed
 * (--workers, --shard, --resume, --out, --format, --quiet, --timeout, --salib-out) changes no byte of the
 * results (unless a run times out).
 */
import { availableParallelism } from 'node:os';
import { outputFormats, type OutputFormat } from '../experiments/output';
import { parseShard, type Shard } from '../experiments/runPlan';
import { seedPolicies, type SeedPolicy } from '../experiments/seeds';
import { commandLine, quoted } from '../experiments/shellWords';
import { BATCH_FLAGS, intFlag, oneOf, parse } from './options';
import { UserError } from './userError';

/** The columns of `--salib-out` when no `--salib-kpi` is given. */
export const DEFAULT_SALIB_KPIS = ['leadTimeDays.all.mean', 'onTimeRate', 'dateChangedShare'];

/** The `sweep --help` text. */
export const SWEEP_USAGE = `usage: npm run --silent sim -- sweep <scenario> [options]

  --vary path=values     a factor: a list 0,0.1,0.2 or a range start:end:step (0:0.3:0.05);
                         with --lhs an interval min:max. Repeat for each factor.
  --runs N               repetitions of each combination (default 1)
  --seed-base S          base of the runs' seeds (default: the scenario's seed)
  --seeds common|independent
                         common: repetition r has the same seed in every combination (default)
  --lhs N | --oat | --morris R | --design-file F
                         Latin hypercube of N points, one at a time, R Morris trajectories
                         (with --levels P, default 4), or hand-picked combinations (JSON or
                         CSV; a SALib sample with --salib-params PROBLEM); default: full factorial
  --salib-out FILE       also write each combination's mean KPIs as SALib's analyze -Y reads them
  --salib-kpi NAME       a column of --salib-out (repeat; default ${DEFAULT_SALIB_KPIS.join(', ')})
  --days N, --set path=value, --strategy role=file
                         as for run (every worker loads the strategy module)
  --workers K            worker threads (default: one per core)
  --out FILE             results file (default stdout); needed by --resume
  --format long|wide|json
                         a row per run (default), a row per combination with mean, sd, 95 % CI, or both
  --shard k/n            run share k of n; combine the shards with merge
  --resume               finish the interrupted sweep that writes to --out
  --timeout S            record a run that takes more than S seconds as crashed
  --quiet                no progress on stderr

See docs/experiments.md.
`;

/** What the researcher asked for. */
export interface SweepRequest {
  scenarioFile: string;
  vary: string[];
  runs: number;
  seedBase: number | undefined;
  seedPolicy: SeedPolicy;
  days: number | undefined;
  sets: string[];
  /** `--strategy role=file` flags: strategy modules of one's own (docs/strategies.md). */
  strategies: string[];
  lhs: number | undefined;
  oat: boolean;
  /** `--morris R`: R trajectories of Morris's design on a grid of `levels` levels. */
  morris: number | undefined;
  levels: number;
  designFile: string | undefined;
  /** `--salib-params`: the SALib problem file naming the columns of a SALib sample given as --design-file. */
  salibParams: string | undefined;
  /** `--salib-out`: where the combinations' mean KPIs go for SALib's analyze, and which KPIs. */
  salibOut: string | undefined;
  salibKpis: string[];
  workers: number;
  out: string | undefined;
  format: OutputFormat;
  shard: Shard | undefined;
  resume: boolean;
  quiet: boolean;
  /** Longest a run may take, in seconds, before it is stopped and recorded as crashed. */
  timeout: number | undefined;
}

/** Parses the flags of `sweep`; a bad flag or a conflict is a {@link UserError}. */
export function parseSweepArgs(args: string[]): SweepRequest {
  const { values, positionals } = parse(args, {
    ...BATCH_FLAGS,
    vary: { type: 'string', multiple: true },
    runs: { type: 'string' },
    seeds: { type: 'string' },
    lhs: { type: 'string' },
    oat: { type: 'boolean' },
    morris: { type: 'string' },
    levels: { type: 'string' },
    'design-file': { type: 'string' },
    'salib-params': { type: 'string' },
    'salib-out': { type: 'string' },
    'salib-kpi': { type: 'string', multiple: true },
    format: { type: 'string' },
    shard: { type: 'string' },
    resume: { type: 'boolean' },
    quiet: { type: 'boolean' },
    timeout: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UserError('sweep: expected one scenario file, for example: sweep scenarios/terssac-circuits.json --vary lanceur.quantityMargin=0:0.3:0.1 --runs 20');
  const designs = [values.lhs !== undefined && '--lhs', values.oat && '--oat', values.morris !== undefined && '--morris', values['design-file'] !== undefined && '--design-file'].filter(Boolean);
  if (designs.length > 1) throw new UserError(`sweep: choose one design, not ${designs.join(' and ')}`);
  if (values['design-file'] !== undefined && values.vary?.length) throw new UserError('sweep: --design-file gives the combinations; drop --vary');
  if (values.levels !== undefined && values.morris === undefined) throw new UserError('sweep: --levels is the grid of --morris R');
  if (values['salib-params'] !== undefined && values['design-file'] === undefined) throw new UserError('sweep: --salib-params names the columns of a SALib sample; give the sample with --design-file');
  if (values['salib-kpi'] !== undefined && values['salib-out'] === undefined) throw new UserError('sweep: --salib-kpi chooses the columns of --salib-out FILE');
  if (values['salib-out'] !== undefined && values.shard !== undefined) throw new UserError('sweep: --salib-out needs every run; merge the shards, then run the whole sweep with --resume and --salib-out');
  if (values.resume && values.out === undefined) throw new UserError('sweep: --resume needs --out FILE (the file of the interrupted sweep)');
  const format = oneOf('format', values.format, outputFormats, 'long');
  if (values.shard !== undefined && format === 'wide') throw new UserError('sweep: a shard must keep its runs to be merged; write it with --format long or json, then merge --format wide');
  let shard: Shard | undefined;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  return {
    scenarioFile: positionals[0],
    vary: values.vary ?? [],
    runs: intFlag('runs', values.runs, 1, 1_000_000) ?? 1,
    seedBase: intFlag('seed-base', values['seed-base'], 0, 2 ** 32 - 1),
    seedPolicy: oneOf('seeds', values.seeds, seedPolicies, 'common'),
    days: intFlag('days', values.days, 1, 3650),
    sets: values.set ?? [],
    strategies: values.strategy ?? [],
    lhs: intFlag('lhs', values.lhs, 1, 1_000_000),
    oat: values.oat ?? false,
    morris: intFlag('morris', values.morris, 1, 100_000),
    levels: intFlag('levels', values.levels, 2, 1000) ?? 4,
    designFile: values['design-file'],
    salibParams: values['salib-params'],
    salibOut: values['salib-out'],
    salibKpis: values['salib-kpi'] ?? DEFAULT_SALIB_KPIS,
    workers: intFlag('workers', values.workers, 1, 256) ?? availableParallelism(),
    out: values.out,
    format,
    shard,
    resume: values.resume ?? false,
    quiet: values.quiet ?? false,
    timeout: intFlag('timeout', values.timeout, 1, 7 * 24 * 3600),
  };
}

/** `arg` as a POSIX shell word (see src/experiments/shellWords.ts). */
export { quoted };

/** The command that defines the runs, with the seed base resolved (see the file comment). */
export function canonicalCommand(req: SweepRequest, seedBase: number): string {
  const args = ['sweep', req.scenarioFile];
  for (const v of req.vary) args.push('--vary', v);
  if (req.lhs !== undefined) args.push('--lhs', String(req.lhs));
  if (req.oat) args.push('--oat');
  if (req.morris !== undefined) args.push('--morris', String(req.morris), '--levels', String(req.levels));
  if (req.designFile !== undefined) args.push('--design-file', req.designFile);
  if (req.salibParams !== undefined) args.push('--salib-params', req.salibParams);
  args.push('--runs', String(req.runs), '--seed-base', String(seedBase), '--seeds', req.seedPolicy);
  if (req.days !== undefined) args.push('--days', String(req.days));
  for (const s of req.sets) args.push('--set', s);
  for (const s of req.strategies) args.push('--strategy', s);
  return commandLine(args);
}
