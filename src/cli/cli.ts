/**
 * negoplan's command line, `npm run --silent sim -- <command> ...` (the entry is main.ts).
 * Commands: run, validate, calibrate, schema, sweep, tournament, fit, morris, merge, replay, fuzz. A user's mistake prints one
 * message on stderr and exits 2; anything else is a bug and keeps its stack trace.
 */
import { UserError } from './userError';
import { InvalidAnswer, JournalMismatch, StrategyFailed } from '../core/decisions';
import { clipWords } from './options';
import { showValue } from '../scenario/errors';

const usage = `negoplan: simulate de Terssac's negotiated production plan

usage: npm run --silent sim -- <command> [options]

commands:
  run <scenario> [--seed N] [--days N] [--set path=value ...] [--disrupt kind=…,day=…,hours=… ...] [--strategy role=file ...] [--json] [--trace FILE] [--save-state OUT]
                           one run; a report on stdout, the event trace as JSON lines in FILE,
                           the run's whole state at its end in OUT (--days 0: the warm-up alone)
  run --from-state OUT [--days M] [--set path=value ...] [--disrupt ...] [--json] [--trace FILE] [--save-state OUT2]
                           continues a saved run to measured day M (--set, --disrupt: a branch from there;
                           --disrupt kind=breakdown,station=ID,day=D,hour=H,hours=N, or kind=transport|weather)
  replay <session.json> [--json]
                           reruns a role-play session; exit 1 naming the first decision that diverges
  validate <scenario> ...  check scenario files
  calibrate [scenario ...] [--seeds N] [--json]
                           observed figures beside simulated ones (exit 1 if one is off)
  schema [--session] [--out FILE]
                           write the scenario (or session) JSON Schema; with no flag both, in public/
  sweep <scenario> [--vary path=values ...] [--runs N] [--lhs N | --oat | --morris R | --design-file F] [--out FILE] ...
                           runs a design of combinations × repetitions in parallel (see docs/experiments.md)
  tournament --scenario F ... --strategy role=file ... [--runs N] [--kpi name ...] [--json]
                           built-in strategies against each of one's own on common seeds (docs/strategies.md)
  fit <scenario> --param path=lo:hi ... [--target calibration|FILE] [--budget N] [--seeds K] [--out FILE] [--resume JOURNAL]
                           searches the values that bring the figures closest to the targets (docs/experiments.md)
  morris <scenario> --param path=lo:hi ... [--trajectories R] [--levels P] [--kpi name ...] [--runs N] [--json]
                           Morris's elementary effects (μ*, μ, σ) of each parameter on each figure
  merge <shard files ...> [--out FILE] [--format long|wide|json]
                           combines the outputs of sweep --shard k/n into the whole sweep's
  fuzz [--mutants N] [--seed S]
                           mutates the shipped scenarios, loads and runs each mutant; exit 1 on a
                           crash, a hang, a non-finite or a negative figure (also: npm run fuzz)
`;

type Command = (args: string[]) => number | Promise<number>;

/**
 * Each command's module, loaded when the command is asked for: a run does not build the
 * schemas and tables of sweeps, sessions or the fuzzer (the built command starts faster).
 */
const commands: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./run')).runCommand,
  replay: async () => (await import('./replay')).replayCommand,
  validate: async () => (await import('./validate')).validateCommand,
  calibrate: async () => (await import('./calibrate')).calibrateCommand,
  schema: async () => (await import('./schema')).schemaCommand,
  sweep: async () => (await import('./sweep')).sweepCommand,
  tournament: async () => (await import('./tournament')).tournamentCommand,
  merge: async () => (await import('./merge')).mergeCommand,
  fit: async () => (await import('./fit')).fitCommand,
  morris: async () => (await import('./morris')).morrisCommand,
  fuzz: async () => (await import('./fuzz')).fuzzCommand,
};

/**
 * The longest word (run of characters without a space) a message prints: a safety net
 * behind the clipping of each echoed value (60 characters), long enough for a file path.
 */
const LONGEST_WORD = 300;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!load) throw new UserError(`unknown command ${showValue(name)} (commands: ${Object.keys(commands).join(', ')})`);
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof UserError || e instanceof InvalidAnswer || e instanceof JournalMismatch || e instanceof StrategyFailed) {
      process.stderr.write(`negoplan: ${clipWords(e.message, LONGEST_WORD)}\n`);
      return 2;
    }
    throw e;
  }
}
