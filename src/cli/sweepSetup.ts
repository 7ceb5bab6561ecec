/**
 * Everything a sweep decides before its first run: the scenario (file, `--set`, `--days`),
 * the design and its combinations, each combination's validated scenario, the runs of this
 * shard with their seeds, and the header of the results. Any problem is a
 * {@link UserError} raised here, before anything is run or written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { combinationScenarios, valuesAt } from '../experiments/combinations';
import { fullFactorial, oneAtATime, type Design } from '../experiments/design';
import { parseDesignFile } from '../experiments/designFile';
import { DesignError } from '../experiments/errors';
import { latinHypercube } from '../experiments/lhs';
import { morrisDesign } from '../experiments/morris';
import { parseSalibProblem, parseSalibSample } from '../experiments/salib';
import { checkDistinct, parseInterval, parseLevels, splitVary } from '../experiments/levels';
import type { SweepMeta } from '../experiments/meta';
import type { StrategyRecord } from './strategyFile';
import { inShard, planRuns, type RunSpec } from '../experiments/runPlan';
import type { Scenario } from '../scenario/schema';
import { checkParameterPath, loadScenarioFile } from './scenarioFile';
import type { SweepRequest } from './sweepOptions';
import { canonicalCommand, DEFAULT_SALIB_KPIS } from './sweepOptions';
import { knownKpis } from '../experiments/runOne';
import { checkpointPath } from './sweepJournal';
import { checkOutputPath } from './outputs';
import { readTextFile } from './textFile';
import { UserError } from './userError';

/** A sweep ready to run: this shard's runs in run order and what they need. */
export interface PreparedSweep {
  request: SweepRequest;
  meta: SweepMeta;
  design: Design;
  scenarios: Scenario[];
  runs: RunSpec[];
  totalRuns: number;
}

/** negoplan's version, from package.json. */
export function programVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The SHA-256 of a text, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function buildDesign(req: SweepRequest, base: Scenario, seedBase: number): { design: Design; designText?: string } {
  if (req.designFile !== undefined) {
    const designText = readTextFile(req.designFile, 'design file');
    const design = req.salibParams === undefined ? parseDesignFile(designText, req.designFile) : parseSalibSample(designText, req.designFile, parseSalibProblem(readTextFile(req.salibParams, 'SALib problem file'), req.salibParams));
    for (const path of design.paths) checkParameterPath(path, req.designFile);
    return { design, designText };
  }
  const varies = req.vary.map(splitVary);
  for (const v of varies) checkParameterPath(v.path, '--vary');
  checkDistinct(varies.map((v) => v.path));
  valuesAt(base, varies.map((v) => v.path));
  if (req.lhs !== undefined) {
    return { design: latinHypercube(varies.map((v) => ({ path: v.path, ...parseInterval(v) })), req.lhs, seedBase) };
  }
  if (req.morris !== undefined) {
    return { design: morrisDesign(varies.map((v) => ({ path: v.path, ...parseInterval(v, '--morris') })), req.morris, req.levels, seedBase) };
  }
  const factors = varies.map((v) => ({ path: v.path, levels: parseLevels(v) }));
  if (req.oat) {
    if (factors.length === 0) throw new DesignError('--oat: give the factors to move one at a time with --vary path=values');
    return { design: oneAtATime(factors, valuesAt(base, factors.map((f) => f.path))) };
  }
  return { design: fullFactorial(factors) };
}

const DESIGN_NAMES = { factorial: 'full factorial', lhs: 'Latin hypercube', oat: 'one at a time', file: 'design file', morris: 'Morris trajectories', salib: 'SALib sample' } as const;

/** Prepares the sweep `req` (see the file comment). */
export function prepareSweep(req: SweepRequest, strategies: readonly StrategyRecord[] = []): PreparedSweep {
  if (req.out !== undefined) {
    checkOutputPath(req.out, '--out');
    checkOutputPath(checkpointPath(req.out), '--out');
  }
  if (req.salibOut !== undefined) checkOutputPath(req.salibOut, '--salib-out');
  const scenarioText = readTextFile(req.scenarioFile, 'scenario');
  const base = loadScenarioFile(req.scenarioFile, req.sets, req.days);
  const seedBase = req.seedBase ?? base.seed;
  try {
    const { design, designText } = buildDesign(req, base, seedBase);
    valuesAt(base, design.paths, req.designFile ?? '--vary');
    const scenarios = combinationScenarios(base, design);
    if (req.salibOut !== undefined) {
      const known = knownKpis(base);
      const unknown = req.salibKpis.find((k) => !known.has(k));
      if (unknown !== undefined) throw new UserError(`--salib-kpi ${unknown}: no such figure (for example: ${DEFAULT_SALIB_KPIS.join(', ')})`);
    }
    const all = planRuns(design.combinations.length, req.runs, seedBase, req.seedPolicy);
    const meta: SweepMeta = [
      ['negoplan', programVersion()],
      ['scenario', req.scenarioFile],
      ['scenario-sha256', sha256(scenarioText)],
      ['command', canonicalCommand(req, seedBase)],
      ['design', design.kind === 'morris' ? `${DESIGN_NAMES.morris} (${req.morris} of ${design.paths.length + 1} points, ${req.levels} levels)` : DESIGN_NAMES[design.kind]],
      ...(designText === undefined ? [] : [['design-sha256', sha256(designText)] as [string, string]]),
      ...(req.salibParams === undefined ? [] : [['salib-params-sha256', sha256(readTextFile(req.salibParams, 'SALib problem file'))] as [string, string]]),
      ['parameters', design.paths.join(' ')],
      ['combinations', String(design.combinations.length)],
      ['repetitions', String(req.runs)],
      ['runs', String(all.length)],
      ['seeds', req.seedPolicy === 'common' ? `common random numbers from base ${seedBase} (one seed a repetition, the same in every combination)` : `independent from base ${seedBase} (one seed a run)`],
    ];
    for (const s of strategies) meta.push([`strategy-${s.role}`, `${s.file} sha256 ${s.sha256}`]);
    if (req.shard) meta.push(['shard', `${req.shard.index}/${req.shard.count}`]);
    return { request: req, meta, design, scenarios, runs: all.filter((r) => inShard(r.run, req.shard)), totalRuns: all.length };
  } catch (e) {
    if (e instanceof DesignError) throw new UserError(e.message);
    throw e;
  }
}
