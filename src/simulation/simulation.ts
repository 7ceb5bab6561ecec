/**
 * The Simulation: a scenario, a seed and a journal, folded into a run. Its whole state is one
 * plain {@link RunState}; the kernel, random streams, desk and machines are live views of it,
 * brought back into it by `snapshot()`. Each event goes to its handler in the handler table.
 * Same scenario, seed and journal ⇒ same trace, in Node and in the browser.
 */
import { createActor, type Snapshot } from 'xstate';
import type { ProductSpec, Scenario } from '../scenario/schema';
import { Calendar, dayOf } from '../core/calendar';
import { Kernel, type StopReason } from '../core/kernel';
import { RandomStreams } from '../core/random';
import { DecisionDesk, newDeskState, type Controller, type JournalDecision, type StrategyOverrides } from '../core/decisions';
import { PRIORITY, type SimEvent } from '../agents/events';
import type { Order, SimState } from '../agents/state';
import { capacityOf } from '../agents/capacity';
import { initialState } from '../agents/initialState';
import type { TraceRecord } from '../core/trace';
import { digestHex, digestKindRecord, digestStart, pickFields } from '../core/traceDigest';
import { TRACE_KINDS, type TraceData, type TraceType } from '../agents/traceVocabulary';
import type { Actors, Capacity } from '../agents/model';
import type { TranscriptEntry, TranscriptKind, TranscriptParams } from '../negotiation/transcript';
import { PlanHistory, type PlanVersion } from '../negotiation/planVersions';
import { RUN_STATE_FORMAT, RUN_STATE_VERSION, type Intervention, type JournalDisruption, type RunState } from './runState';

export type { Intervention, JournalDisruption, RunState } from './runState';
import type { Proposal } from '../negotiation/proposal';
import { clientMachine } from '../agents/client.machine';
import { commercialMachine } from '../agents/commercial.machine';
import { lanceurMachine } from '../agents/lanceur.machine';
import { startDemand } from '../agents/demand';
import { startBreakdowns } from '../agents/workshop';
import { openStocks } from '../agents/stock';
import { openLines } from '../agents/lines';
import { scheduleDisruptions } from '../agents/disruptions';
import { expireSurplus } from '../agents/surplus';
import { sampleDay } from './sampling';
import { initialTrust } from '../agents/trust';
import { startWeek } from '../agents/commercial';
import { dispatch, type RunModel } from './handlers';
import { answerChecks } from '../agents/decisions/registry';
import { withLever } from './levers';
import { GIVEN_PRIORITY, disruptionProblem, givenDisruptionEvent, timingProblem } from './givenDisruptions';
import { ScenarioError } from '../scenario/errors';

/** Everything that is not in the scenario and seed: people's answers, levers set and disruptions given. */
export interface Journal {
  decisions: JournalDecision[];
  interventions: Intervention[];
  disruptions: JournalDisruption[];
}

/** How to run a scenario. */
export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  journal?: Partial<Journal>;
  /** Who answers each role or agent (default: every one automatic). */
  controllers?: Record<string, Controller>;
  /** Keep the trace records (default true). The trace digest is kept either way. */
  trace?: boolean;
  /**
   * Fold each trace record into the running digest (default true). Runs that only read KPIs
   * (sweeps, calibration, benches) turn it off: it costs about a fifth of a run that keeps no
   * records. The digest is then `off`; a restored run digests again.
   */
  digest?: boolean;
  /**
   * Keep the negotiation's transcript, what each agent said (default true). The run never reads
   * it back; runs that only read KPIs (sweeps, calibration) turn it off with the digest, and then
   * keep no record of it. A restored run keeps it again.
   */
  transcript?: boolean;
  /**
   * Strategies of one's own by decision kind, replacing the built-in ones. Functions, so not
   * in the run's state: a saved state does not hold them (the command line refuses to save one).
   */
  strategies?: StrategyOverrides;
}

/**
 * What a run that only reads its KPIs keeps (sweeps, calibration, Compare): no trace records, no
 * running digest (its digest is `off`), no transcript. The KPIs are the same as a full run's.
 */
export const KPIS_ONLY = { trace: false, digest: false, transcript: false } as const satisfies RunOptions;

/**
 * A run in progress, over its one plain {@link RunState}. Create it from a scenario, or
 * continue a saved state with {@link Simulation.restore}; then `runUntilDay`, `step`, or
 * `runToEnd`.
 */
export class Simulation implements RunModel {
  /** The run's whole state; the fields below are views of it. */
  readonly run: RunState;
  readonly rng: RandomStreams;
  readonly desk: DecisionDesk;
  readonly history: PlanHistory;
  readonly actors: Actors;
  /** Strategies of one's own (RunOptions.strategies), none when built in. */
  readonly strategies?: StrategyOverrides;
  private readonly kernel: Kernel<SimEvent>;
  /** Whether trace lines go into the running digest (RunOptions.digest; not saved in the state). */
  private readonly digesting: boolean;
  /** Whether what the agents say goes into the transcript (RunOptions.transcript; not saved in the state). */
  private readonly transcribing: boolean;
  private derivedValues = new Map<string, unknown>();
  private products = new Map<string, ProductSpec>();
  private clients = new Map<string, number>();
  private stations = new Map<string, number>();
  private _calendar!: Calendar;
  private _capacity!: Capacity;

  /** A new run of `scenario`; or, given `restored`, the continuation of that saved state. */
  constructor(scenario: Scenario, options: RunOptions = {}, restored?: RunState) {
    this.digesting = restored !== undefined || (options.digest ?? true);
    this.transcribing = restored !== undefined || (options.transcript ?? true);
    const run = restored ?? freshRunState(scenario, options);
    this.run = run;
    if (options.strategies) this.strategies = options.strategies;
    this.scenarioChanged();
    this.rng = new RandomStreams(run.seed, restored ? run.streams : undefined);
    this.desk = new DecisionDesk(run.desk, answerChecks);
    this.history = new PlanHistory(run.versions);
    this.kernel = new Kernel<SimEvent>((e) => dispatch(this, e));
    this.kernel.now = run.clock.now;
    this.kernel.handled = run.clock.handled;
    this.kernel.queue.items = run.queue.items;
    this.kernel.queue.nextSeq = run.queue.nextSeq;
    this.actors = restored ? restoreActors(run) : startActors(run);
    if (restored) return;
    this.schedule({ type: 'day.start', time: 0, day: 0 });
    for (const iv of run.interventions) this.schedule({ type: 'lever.set', time: iv.day * 24, path: iv.path, value: iv.value });
    startDemand(this);
    startBreakdowns(this);
    openStocks(this);
    openLines(this);
    scheduleDisruptions(this);
    run.disruptions.forEach((d, k) => {
      const problem = disruptionProblem(d, run.scenario);
      if (problem) throw new ScenarioError([problem], `journal disruptions[${k}]`);
      this.scheduleGiven(d, k);
    });
  }

  /** The scenario as it stands (levers applied). */
  get scenario(): Scenario {
    return this.run.scenario;
  }

  /** The run's seed. */
  get seed(): number {
    return this.run.seed;
  }

  /** The world the agents act on: orders, lots, stations, stocks, counters, series. */
  get state(): SimState {
    return this.run.world;
  }

  /** Proposals made so far (change requests, counters, derogations), by id. */
  get proposals(): Proposal[] {
    return this.run.proposals;
  }

  /** The transcript so far, as data. */
  get transcript(): TranscriptEntry[] {
    return this.run.transcript;
  }

  /** The trace records so far (empty when the trace is off). */
  get traceRecords(): TraceRecord[] {
    return this.run.trace;
  }

  /** Trainers' lever changes by day. */
  get interventions(): Intervention[] {
    return this.run.interventions;
  }

  /** Current simulated time in hours. */
  get now(): number {
    return this.kernel.now;
  }

  /** Current day index. */
  get day(): number {
    return dayOf(this.kernel.now);
  }

  /** Events handled so far. */
  get eventsHandled(): number {
    return this.kernel.handled;
  }

  /** The run's total length in days: warm-up plus measured days. */
  get days(): number {
    return this.scenario.warmupDays + this.scenario.days;
  }

  schedule(event: SimEvent): void {
    this.kernel.schedule(event, PRIORITY[event.type]);
  }

  trace<T extends TraceType>(type: T, agent: string, order: number | null, data: TraceData<T>): void {
    const kind = TRACE_KINDS.get(type)!;
    if (this.digesting) digestKindRecord(this.run.traceDigest, this.kernel.now, kind, agent, order, data);
    if (this.run.tracing) this.run.trace.push({ time: this.kernel.now, type, agent, order, data: pickFields(data, kind.fields) });
  }

  /**
   * The digest of every trace record produced so far (16 hex digits, core/traceDigest.ts),
   * kept as the records are produced: equal to `traceDigest(traceRecords)` when the records
   * are kept, and there with the records off too; `off` when the run was made with `digest: false`.
   */
  get traceDigest(): string {
    return this.digesting ? digestHex(this.run.traceDigest) : 'off';
  }

  say<K extends TranscriptKind>(kind: K, agent: string, order: Order | null, params: TranscriptParams[K]): void {
    if (this.transcribing) this.run.transcript.push({ time: this.kernel.now, kind, agent, client: order?.client ?? null, order: order?.id ?? null, params } as TranscriptEntry);
  }

  order(id: number): Order {
    const o = this.state.orders[id];
    if (!o) throw new Error(`no order ${id}`);
    return o;
  }

  product(id: string): ProductSpec {
    return this.products.get(id)!;
  }

  clientIndex(id: string): number {
    return this.clients.get(id) ?? -1;
  }

  stationIndex(id: string): number {
    return this.stations.get(id) ?? -1;
  }

  derived<T>(name: string, compute: (m: this) => T): T {
    const v = this.derivedValues.get(name);
    if (v !== undefined || this.derivedValues.has(name)) return v as T;
    const computed = compute(this);
    this.derivedValues.set(name, computed);
    return computed;
  }

  scenarioChanged(): void {
    const s = this.scenario;
    this.derivedValues = new Map();
    this.products = new Map(s.products.map((p) => [p.id, p]));
    this.clients = new Map(s.clients.map((c, i) => [c.id, i]));
    this.stations = new Map(s.stations.map((st, i) => [st.id, i]));
    this._calendar = new Calendar(s.calendar);
    this._capacity = capacityOf(s, this._calendar);
  }

  /** The working calendar of the scenario (rebuilt if a lever changes it). */
  get calendar(): Calendar {
    return this._calendar;
  }

  /** The workshop's bottleneck and capacity (rebuilt if a lever changes the stations or mix). */
  get capacity(): Capacity {
    return this._capacity;
  }

  /** Handles every event up to and including time `time` (hours), never past the run's end; at most `maxSteps` events. */
  runUntil(time: number, maxSteps = Infinity): StopReason {
    return this.kernel.run(Math.min(time, this.days * 24 - 1e-9), maxSteps);
  }

  /** Shipments on their way to clients: order, quantity and arrival time (hours), soonest first. */
  shipmentsInTransit(): { order: number; quantity: number; arrival: number }[] {
    const out: { order: number; quantity: number; arrival: number }[] = [];
    for (const e of this.kernel.queue.events) if (e.type === 'delivery.arrive') out.push({ order: e.order, quantity: e.quantity, arrival: e.time });
    return out.sort((a, b) => a.arrival - b.arrival || a.order - b.order);
  }

  /** Runs until the end of day `day` (exclusive of day+1 00:00 events). */
  runUntilDay(day: number): StopReason {
    return this.kernel.run(Math.min(day, this.days) * 24 - 1e-9);
  }

  /** Runs to the scenario's last day. */
  runToEnd(): StopReason {
    return this.runUntilDay(this.days);
  }

  /** Handles at most `n` events (never past the run's end). */
  step(n = 1): StopReason {
    return this.kernel.run(this.days * 24 - 1e-9, n);
  }

  /** Time of the next event, or null when the run is over. */
  nextEventTime(): number | null {
    const next = this.kernel.queue.peek();
    return next && next.time < this.days * 24 ? next.time : null;
  }

  /**
   * Adds a trainer's intervention from day `iv.day` on (not before the current time): checked
   * now against the scenario (a ScenarioError if the lever is not valid), recorded in the
   * journal, applied at that day's start.
   */
  intervene(iv: Intervention): void {
    if (iv.day * 24 < this.now) throw new Error(`intervention at day ${iv.day} is before now (hour ${this.now})`);
    withLever(this.scenario, iv.path, iv.value);
    this.run.interventions.push(iv);
    this.schedule({ type: 'lever.set', time: iv.day * 24, path: iv.path, value: iv.value });
  }

  /** Trainers' disruptions given (from the journal, or during the run), in the order given. */
  get disruptions(): JournalDisruption[] {
    return this.run.disruptions;
  }

  /**
   * Gives a disruption (a trainer's): checked now (a {@link ScenarioError} naming the field:
   * the kind, the station of a breakdown, a start after now and before the run's end),
   * recorded in the journal, started at its day and hour by the scenario's disruption event.
   */
  disrupt(d: JournalDisruption): void {
    const problem = disruptionProblem(d, this.scenario) ?? timingProblem(d, this.now, this.days * 24);
    if (problem) throw new ScenarioError([problem], 'disruption');
    const given = structuredClone(d);
    this.run.disruptions.push(given);
    this.scheduleGiven(given, this.run.disruptions.length - 1);
  }

  /** Schedules the start of the `k`-th given disruption (at its own priority, not the table's: see givenDisruptions.ts). */
  private scheduleGiven(d: JournalDisruption, k: number): void {
    this.kernel.schedule(givenDisruptionEvent(d, k, (id) => this.stationIndex(id)), GIVEN_PRIORITY);
  }

  /** The journal of this run so far: answers given or replayed, levers set, disruptions given. */
  journal(): Journal {
    return { decisions: [...this.desk.given], interventions: [...this.interventions], disruptions: structuredClone(this.disruptions) };
  }

  /** The plan versions recorded so far. */
  get versions(): readonly PlanVersion[] {
    return this.history.versions;
  }

  /**
   * A copy of the run's whole plain state, the random streams and machine snapshots brought
   * up to date: JSON-serialisable; {@link Simulation.restore} continues it exactly.
   */
  snapshot(): RunState {
    const run = this.run;
    run.clock = { now: this.kernel.now, handled: this.kernel.handled };
    run.queue = { items: this.kernel.queue.items, nextSeq: this.kernel.queue.nextSeq };
    run.streams = this.rng.save();
    run.machines = {
      clients: this.actors.clients.map((a) => a.getPersistedSnapshot()),
      commercial: this.actors.commercial.getPersistedSnapshot(),
      lanceur: this.actors.lanceur.getPersistedSnapshot(),
    };
    return structuredClone(run);
  }

  /** A simulation that continues from `state` (a snapshot, or a saved one read back) exactly as the original would have. */
  static restore(state: RunState): Simulation {
    const run = structuredClone(state);
    return new Simulation(run.scenario, {}, run);
  }

  /** The start of day `day`: sample the day's series, open the week and the lanceur's review. */
  onDayStart(day: number): void {
    pruneOpenOrders(this.state);
    expireSurplus(this);
    if (day === this.scenario.warmupDays) this.state.countersAtWarmup = { ...this.state.counters };
    sampleDay(this, day);
    if (day % 7 === 0 && day > 0) startWeek(this);
    if (this.calendar.isWorkingDay(day)) this.schedule({ type: 'review', time: day * 24 + this.scenario.lanceur.reviewHour, day });
    this.schedule({ type: 'day.start', time: (day + 1) * 24, day: day + 1 });
  }
}

/** Drops delivered and cancelled orders from the open-order list (kept oldest first), in place. */
function pruneOpenOrders(st: SimState): void {
  const open = st.openOrders;
  let kept = 0;
  for (let i = 0; i < open.length; i++) {
    const status = st.orders[open[i]].status;
    if (status !== 'delivered' && status !== 'cancelled') open[kept++] = open[i];
  }
  open.length = kept;
}

/** The state of a new run: nothing happened yet, the journal's answers ready to replay. */
function freshRunState(scenario: Scenario, options: RunOptions): RunState {
  const copy = structuredClone(scenario);
  return {
    format: RUN_STATE_FORMAT,
    version: RUN_STATE_VERSION,
    scenario: copy,
    seed: options.seed ?? scenario.seed,
    clock: { now: 0, handled: 0 },
    queue: { items: [], nextSeq: 0 },
    streams: {},
    desk: newDeskState(options.controllers, options.journal?.decisions),
    interventions: [...(options.journal?.interventions ?? [])],
    disruptions: structuredClone(options.journal?.disruptions ?? []),
    world: initialState(copy),
    machines: { clients: [], commercial: null, lanceur: null },
    versions: [],
    proposals: [],
    transcript: [],
    tracing: options.trace ?? true,
    trace: [],
    traceDigest: digestStart(),
  };
}

/** Starts every agent's machine afresh. */
function startActors(run: RunState): Actors {
  const s = run.scenario;
  const actors: Actors = {
    clients: s.clients.map((c) => createActor(clientMachine, { input: { id: c.id, kind: c.kind, trust: initialTrust(s, c.origin), threshold: c.trustThreshold } }).start()),
    commercial: createActor(commercialMachine).start(),
    lanceur: createActor(lanceurMachine).start(),
  };
  return actors;
}

/** Starts every agent's machine from its persisted snapshot in the run state. */
function restoreActors(run: RunState): Actors {
  const m = run.machines;
  return {
    clients: run.scenario.clients.map((_, i) => createActor(clientMachine, { snapshot: m.clients[i] as Snapshot<unknown>, input: undefined as never }).start()),
    commercial: createActor(commercialMachine, { snapshot: m.commercial as Snapshot<unknown> }).start(),
    lanceur: createActor(lanceurMachine, { snapshot: m.lanceur as Snapshot<unknown> }).start(),
  };
}
