/**
 * Reading a saved run state back: a saved state is input like any file, so it is checked
 * before a run continues from it. The envelope (format, version), the scenario (the scenario
 * schema, with its paths under `scenario`), and the shape and invariants of the rest (finite
 * clock, events not in the past, stream states, desk and the shape of each answer it holds,
 * the trainers' disruptions (kind, station), world lists) are validated; a problem is
 * a {@link ScenarioError} naming its path, e.g. `clock.now: expected a finite number ≥ 0`.
 * Pure: no file system, so the app can check a saved state too.
 */
import { z } from 'zod';
import { ScenarioError, problemFromIssue } from '../scenario/errors';
import { validateNestedScenario } from '../scenario/load';
import { RUN_STATE_FORMAT, RUN_STATE_VERSION, type RunState } from './runState';
import { answerShapeProblem, decisions } from '../agents/decisions/registry';
import { disruptionProblem } from './givenDisruptions';

const finite = z.number().finite();
const count = z.number().int().min(0);
const list = z.array(z.unknown());
/**
 * A plain object, checked in place: z.record would rebuild it and drop an own `__proto__` key
 * (a product or client id like any other in the world's keyed records).
 */
const ownRecord = (valid: (v: unknown) => boolean, expected: string) =>
  z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(valid), `expected an object of ${expected}`);
const record = ownRecord(() => true, 'values');
const stock = ownRecord((v) => typeof v === 'number' && Number.isFinite(v), 'finite numbers');
const decision = z.object({ id: count, kind: z.string(), agent: z.string(), answer: z.unknown() });

const envelope = z.object({
  format: z.literal(RUN_STATE_FORMAT),
  version: z.literal(RUN_STATE_VERSION),
  scenario: z.unknown(),
  seed: z.number().int().min(0).max(0xffffffff),
  clock: z.object({ now: finite.min(0), handled: count }),
  queue: z.object({ items: z.array(z.looseObject({ type: z.string(), time: finite, priority: finite, seq: count })), nextSeq: count }),
  streams: z.record(z.string(), z.object({ c: finite, s0: finite, s1: finite, s2: finite })),
  desk: z.object({
    count,
    pending: z.looseObject({ id: count, kind: z.string(), role: z.string(), agent: z.string() }).nullable(),
    recorded: z.array(decision),
    given: z.array(decision),
    controllers: z.record(z.string(), z.enum(['auto', 'human'])),
  }),
  interventions: z.array(z.object({ day: count, path: z.string(), value: z.unknown() })),
  disruptions: z.array(z.unknown()).default([]),
  world: z.looseObject({ orders: list, openOrders: z.array(count), lots: record, stations: list, clients: list, stock, counters: record, series: record }),
  machines: z.object({ clients: list, commercial: z.unknown(), lanceur: z.unknown() }),
  versions: list,
  proposals: list,
  transcript: list,
  tracing: z.boolean(),
  trace: list,
  traceDigest: z.object({ h1: z.number().int().min(-0x80000000).max(0x7fffffff), h2: z.number().int().min(-0x80000000).max(0x7fffffff) }),
});

/**
 * A parsed saved state → a {@link RunState} to continue, or a {@link ScenarioError} for its
 * first problem, with its path. `source` names the file in the message.
 */
export function checkRunState(raw: unknown, source = 'run state'): RunState {
  const version = (raw as { format?: unknown; version?: unknown } | null)?.version;
  if ((raw as { format?: unknown })?.format === RUN_STATE_FORMAT && typeof version === 'number' && version >= 1 && version < RUN_STATE_VERSION) {
    throw new ScenarioError([{ path: 'version', message: `expected ${RUN_STATE_VERSION}, got ${version}: an earlier negoplan saved this state (its trace digest and transcript are of an earlier kind); run its scenario again to save a new one` }], source);
  }
  const result = envelope.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ScenarioError([problemFromIssue(result.error.issues[0])], source);
  const s = result.data;
  const scenario = validateNestedScenario(s.scenario, 'scenario', source);
  const early = s.queue.items.findIndex((e) => e.time < s.clock.now);
  if (early >= 0) throw new ScenarioError([{ path: `queue.items[${early}].time`, message: `expected a time ≥ clock.now (${s.clock.now}), got ${s.queue.items[early].time}` }], source);
  if (s.machines.clients.length !== scenario.clients.length) {
    throw new ScenarioError([{ path: 'machines.clients', message: `expected ${scenario.clients.length} client machines (one per client of the scenario), got ${s.machines.clients.length}` }], source);
  }
  if (s.world.clients.length !== scenario.clients.length || s.world.stations.length !== scenario.stations.length) {
    throw new ScenarioError([{ path: 'world', message: 'expected one client and one station record per client and station of the scenario' }], source);
  }
  s.disruptions.forEach((d, k) => {
    const problem = disruptionProblem(d, scenario);
    if (problem) throw new ScenarioError([{ path: `disruptions[${k}]${problem.path ? `.${problem.path}` : ''}`, message: problem.message }], source);
  });
  for (const list of ['recorded', 'given'] as const) {
    s.desk[list].forEach((d, i) => {
      const problem = answerShapeProblem(d.kind, d.answer);
      if (problem) {
        const path = problem.path ? `desk.${list}[${i}].answer.${problem.path}` : `desk.${list}[${i}].${d.kind in decisions ? 'answer' : 'kind'}`;
        throw new ScenarioError([{ path, message: problem.message }], source);
      }
    });
  }
  return { ...(s as unknown as RunState), scenario };
}
