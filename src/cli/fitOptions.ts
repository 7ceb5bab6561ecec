/**
 * The `fit` command's flags, parsed into a {@link FitRequest}, and its parameters checked
 * against the scenario before any run: each `--param path=lo:hi` must name one numeric
 * parameter, with lo < hi, both accepted by the schema (the ranges of src/scenario/ranges.ts);
 * a parameter the schema wants whole is searched over whole numbers. Every problem is one
 * {@link UserError} line.
 */
import { availableParallelism } from 'node:os';
import { valuesAt } from '../experiments/combinations';
import { DesignError } from '../experiments/errors';
import { ScenarioError } from '../scenario/errors';
import { validateScenario } from '../scenario/load';
import { setPath } from '../scenario/paths';
import type { Scenario } from '../scenario/schema';
import { BATCH_FLAGS, intFlag, parse } from './options';
import { checkParameterPath } from './scenarioFile';
import { quoted } from './sweepOptions';
import { UserError } from './userError';

/** One searched parameter: its path, its bounds, whether it takes whole numbers only. */
export interface FitParameter {
  path: string;
  lo: number;
  hi: number;
  integer: boolean;
}

/** What the researcher asked for. */
export interface FitRequest {
  scenarioFile: string;
  params: string[];
  target: string;
  budget: number;
  seeds: number;
  seedBase: number | undefined;
  days: number | undefined;
  sets: string[];
  strategies: string[];
  workers: number;
  out: string | undefined;
  journal: string | undefined;
  resume: boolean;
  json: boolean;
  quiet: boolean;
}

/** The `fit --help` text. */
export const FIT_USAGE = `usage: npm run --silent sim -- fit <scenario> --param path=lo:hi ... [options]

  --param path=lo:hi     a parameter to fit and its bounds (repeat for each)
  --target calibration|FILE
                         the scenario's calibration case, or a target file (docs/experiments.md)
  --budget N             points evaluated at most (default 40)
  --seeds K              common seeds each point is run with (default 5)
  --seed-base S          base of those seeds (default: the scenario's seed)
  --days N, --set path=value, --strategy role=file
                         as for run
  --workers W            worker threads (default: one per core)
  --out FILE             the scenario with the best values (its journal: FILE.journal.jsonl)
  --journal FILE         where each evaluation is recorded (default FILE.journal.jsonl of --out)
  --resume FILE          continue the fit recorded in journal FILE
  --json                 the result as JSON on stdout
  --quiet                no progress on stderr
`;

/** Parses the flags of `fit`; a bad flag or a conflict is a {@link UserError}. */
export function parseFitArgs(args: string[]): FitRequest {
  const { values, positionals } = parse(args, {
    param: { type: 'string', multiple: true },
    target: { type: 'string' },
    budget: { type: 'string' },
    seeds: { type: 'string' },
    ...BATCH_FLAGS,
    journal: { type: 'string' },
    resume: { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UserError('fit: expected one scenario file, for example: fit scenarios/terssac-circuits.json --param lanceur.quantityMargin=0:0.4 --target calibration --budget 30');
  if (!values.param?.length) throw new UserError('fit: give the parameters to fit with --param path=lo:hi');
  if (values.resume !== undefined && values.journal !== undefined && values.resume !== values.journal) throw new UserError('fit: --resume FILE continues journal FILE; drop --journal');
  const out = values.out;
  return {
    scenarioFile: positionals[0],
    params: values.param,
    target: values.target ?? 'calibration',
    budget: intFlag('budget', values.budget, 1, 100_000) ?? 40,
    seeds: intFlag('seeds', values.seeds, 1, 10_000) ?? 5,
    seedBase: intFlag('seed-base', values['seed-base'], 0, 2 ** 32 - 1),
    days: intFlag('days', values.days, 1, 3650),
    sets: values.set ?? [],
    strategies: values.strategy ?? [],
    workers: intFlag('workers', values.workers, 1, 256) ?? availableParallelism(),
    out,
    journal: values.resume ?? values.journal ?? (out === undefined ? undefined : `${out}.journal.jsonl`),
    resume: values.resume !== undefined,
    json: values.json ?? false,
    quiet: values.quiet ?? false,
  };
}

function bound(text: string, what: string, flag: string): number {
  const x = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(x)) throw new UserError(`${flag}: the ${what} "${text}" is not a number`);
  return x;
}

/** The schema's verdict on `scenario` with `path` set to `value`: null when accepted, else its message. */
function refusal(scenario: Scenario, path: string, value: number): ScenarioError | null {
  const copy = structuredClone(scenario);
  setPath(copy, path, value);
  try {
    validateScenario(copy, 'the scenario');
    return null;
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
}

/** Parses and checks one `--param path=lo:hi` against `scenario` (see the file comment). */
export function parseFitParameter(text: string, scenario: Scenario): FitParameter {
  const flag = `--param ${text}`;
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UserError(`${flag}: expected path=lo:hi, for example lanceur.quantityMargin=0:0.4`);
  const path = text.slice(0, eq);
  checkParameterPath(path, '--param');
  const parts = text.slice(eq + 1).split(':');
  if (parts.length !== 2) throw new UserError(`${flag}: expected an interval lo:hi, for example 0:0.4`);
  const lo = bound(parts[0], 'lower bound', flag);
  const hi = bound(parts[1], 'upper bound', flag);
  if (!(lo < hi)) throw new UserError(`${flag}: expected lo < hi, got ${lo} ≥ ${hi}`);
  let current: unknown;
  try {
    [current] = valuesAt(scenario, [path], '--param');
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
  if (typeof current !== 'number') throw new UserError(`--param ${path}: not a number (its value is ${JSON.stringify(current)}); fit searches numeric parameters`);
  for (const [what, v] of [['lower bound', lo], ['upper bound', hi]] as const) {
    const no = refusal(scenario, path, v);
    if (no) throw new UserError(`${flag}: the ${what} is out of the schema's range (${no.problems[0].message})`);
  }
  const fraction = refusal(scenario, path, lo + (hi - lo) / Math.PI);
  const integer = fraction !== null && /whole number/.test(fraction.problems[0].message);
  if (integer && Math.floor(hi) - Math.ceil(lo) < 1) throw new UserError(`${flag}: a whole-number parameter needs at least two whole numbers between lo and hi`);
  return { path, lo, hi, integer };
}

/** The distinct parameters of the request, checked; the same path twice is a {@link UserError}. */
export function fitParameters(req: FitRequest, scenario: Scenario): FitParameter[] {
  const params = req.params.map((p) => parseFitParameter(p, scenario));
  const paths = params.map((p) => p.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UserError(`--param ${twice}: the same parameter is given twice`);
  return params;
}

/** A parameter's value at unit coordinate u ∈ [0, 1] (rounded for a whole-number parameter). */
export function valueAt(p: FitParameter, u: number): number {
  const x = p.lo + u * (p.hi - p.lo);
  return p.integer ? Math.min(Math.floor(p.hi), Math.max(Math.ceil(p.lo), Math.round(x))) : x;
}

/** The canonical command that defines the fit's evaluations (its journal's header): no budget, nor how it runs. */
export function canonicalFitCommand(req: FitRequest, seedBase: number): string {
  const args = ['fit', req.scenarioFile];
  for (const p of req.params) args.push('--param', p);
  args.push('--target', req.target, '--seeds', String(req.seeds), '--seed-base', String(seedBase));
  if (req.days !== undefined) args.push('--days', String(req.days));
  for (const s of req.sets) args.push('--set', s);
  for (const s of req.strategies) args.push('--strategy', s);
  return args.map(quoted).join(' ');
}
