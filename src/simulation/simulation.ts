/**
 * The Simulation: a scenario, a seed and a journal, folded into a run. It owns the kernel,
 * the plain-data state, the random streams, the agents' actors and the records (trace,
 * transcript, plan history, proposals), and dispatches each event to the agent that handles
 * it. Same scenario, seed and journal ⇒ same trace, in Node and in the browser.
 */
import { createActor } from 'xstate';
import type { ProductSpec, Scenario } from '../scenario/schema';
import { Calendar, dayOf } from '../core/calendar';
import { Kernel, type StopReason } from '../core/kernel';
import { RandomStreams, type AleaState } from '../core/random';
import { DecisionDesk, type Controller, type JournalDecision } from '../core/decisions';
import { PRIORITY, type NewEvent, type SimEvent } from '../agents/events';
import type { Order, SimState } from '../agents/state';
import { capacityOf } from '../agents/capacity';
import { initialState } from '../agents/initialState';
import type { TraceRecord } from '../core/trace';
import type { Actors, Capacity, Model } from '../agents/model';
import type { TranscriptEntry, TranscriptKind, TranscriptParams } from '../negotiation/transcript';
import { PlanHistory, type PlanVersion } from '../negotiation/planVersions';
import type { Proposal } from '../negotiation/proposal';
import { clientMachine } from '../agents/client.machine';
import { commercialMachine } from '../agents/commercial.machine';
import { lanceurMachine } from '../agents/lanceur.machine';
import { startDemand } from '../agents/demand';
import { startBreakdowns } from '../agents/workshop';
import { openStocks } from '../agents/stock';
import { openLines } from '../agents/lines';
import { scheduleDisruptions } from '../agents/disruptions';
import { sampleDay } from './sampling';
import { dispatch, type RunModel } from './handlers';
import { answerChecks } from '../agents/decisions/registry';

/** A change of a lever by a trainer at a given day: part of the journal. */
export interface Intervention {
  day: number;
  path: string;
  value: unknown;
}

/** Everything that is not in the scenario and seed: people's answers and levers set. */
export interface Journal {
  decisions: JournalDecision[];
  interventions: Intervention[];
}

/** How to run a scenario. */
export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  journal?: Partial<Journal>;
  /** Who answers each role or agent (default: every one automatic). */
  controllers?: Record<string, Controller>;
  /** Record the trace (default true). */
  trace?: boolean;
}

/** A run in progress. Create it, then `runUntilDay`, `step`, or `runToEnd`. */
export class Simulation implements RunModel {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly rng: RandomStreams;
  readonly desk: DecisionDesk;
  readonly history = new PlanHistory();
  readonly proposals: Proposal[] = [];
  readonly transcript: TranscriptEntry[] = [];
  readonly traceRecords: TraceRecord[] = [];
  readonly state: SimState;
  readonly actors: Actors;
  readonly interventions: Intervention[];
  private readonly kernel: Kernel<SimEvent>;
  private readonly tracing: boolean;
  private derivedValues = new Map<string, unknown>();
  private products = new Map<string, ProductSpec>();
  private clients = new Map<string, number>();
  private stations = new Map<string, number>();
  private _calendar!: Calendar;
  private _capacity!: Capacity;

  constructor(scenario: Scenario, options: RunOptions = {}) {
    this.scenario = structuredClone(scenario);
    this.seed = options.seed ?? scenario.seed;
    this.scenarioChanged();
    this.rng = new RandomStreams(this.seed);
    this.desk = new DecisionDesk({ ...(options.controllers ?? {}) }, options.journal?.decisions ?? [], answerChecks);
    this.interventions = [...(options.journal?.interventions ?? [])];
    this.tracing = options.trace ?? true;
    this.kernel = new Kernel<SimEvent>((e) => dispatch(this, e));
    this.state = initialState(this.scenario);
    this.actors = {
      clients: this.scenario.clients.map((c, i) =>
        createActor(clientMachine, { input: { id: c.id, kind: c.kind, trust: this.state.clients[i].trust, threshold: c.trustThreshold } }).start(),
      ),
      commercial: createActor(commercialMachine, { input: { targetUOPerWeek: scenario.commercial.orderBookTargetUOPerWeek, quoting: scenario.commercial.quoting } }).start(),
      lanceur: createActor(lanceurMachine).start(),
    };
    if (scenario.commercial.quoting === 'loadAware') this.actors.commercial.send({ type: 'quoting.set', quoting: 'loadAware' });
    this.schedule({ type: 'day.start', time: 0, day: 0 });
    for (const iv of this.interventions) this.schedule({ type: 'lever.set', time: iv.day * 24, path: iv.path, value: iv.value });
    startDemand(this);
    startBreakdowns(this);
    openStocks(this);
    openLines(this);
    scheduleDisruptions(this);
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

  schedule(event: NewEvent): void {
    (event as SimEvent).priority = PRIORITY[event.type];
    this.kernel.schedule(event as SimEvent);
  }

  trace(type: string, agent: string, order: number | null, data?: Record<string, unknown>): void {
    if (this.tracing) this.traceRecords.push({ time: this.kernel.now, type, agent, order, data });
  }

  say<K extends TranscriptKind>(kind: K, agent: string, order: Order | null, params: TranscriptParams[K]): void {
    this.transcript.push({ time: this.kernel.now, kind, agent, client: order?.client ?? null, order: order?.id ?? null, params } as TranscriptEntry);
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

  derived<T>(name: string, compute: () => T): T {
    if (!this.derivedValues.has(name)) this.derivedValues.set(name, compute());
    return this.derivedValues.get(name) as T;
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

  /** Handles every event up to and including time `time` (hours), never past the run's end. */
  runUntil(time: number): StopReason {
    return this.kernel.run(Math.min(time, this.days * 24 - 1e-9));
  }

  /** Shipments on their way to clients: order, quantity and arrival time (hours), soonest first. */
  shipmentsInTransit(): { order: number; quantity: number; arrival: number }[] {
    const out: { order: number; quantity: number; arrival: number }[] = [];
    for (const e of this.kernel.queue.items) if (e.type === 'delivery.arrive') out.push({ order: e.order, quantity: e.quantity, arrival: e.time });
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

  /** The journal of this run so far: answers given or replayed, and levers set. */
  journal(): Journal {
    return { decisions: [...this.desk.given], interventions: [...this.interventions] };
  }

  /** The plan versions recorded so far. */
  get versions(): readonly PlanVersion[] {
    return this.history.versions;
  }

  /**
   * A plain-data copy of the whole run: state, queue, random streams, machine snapshots and
   * records. JSON-serialisable; {@link Simulation.restore} continues it exactly.
   */
  snapshot(): SimSnapshot {
    return structuredClone({
      scenario: this.scenario,
      seed: this.seed,
      now: this.kernel.now,
      handled: this.kernel.handled,
      queue: this.kernel.queue.items,
      nextSeq: this.kernel.queue.nextSeq,
      state: this.state,
      rng: this.rng.save(),
      actors: {
        clients: this.actors.clients.map((a) => a.getPersistedSnapshot()),
        commercial: this.actors.commercial.getPersistedSnapshot(),
        lanceur: this.actors.lanceur.getPersistedSnapshot(),
      },
      decisions: this.desk.count,
      journal: this.journal(),
      versions: this.history.versions,
      proposals: this.proposals,
      transcript: this.transcript,
      trace: this.traceRecords,
    });
  }

  /** A simulation that continues from `snap` exactly as the original would have. */
  static restore(snap: SimSnapshot): Simulation {
    const s = structuredClone(snap);
    const sim = new Simulation(s.scenario, { seed: s.seed, journal: s.journal });
    sim.kernel.now = s.now;
    sim.kernel.handled = s.handled;
    sim.kernel.queue.items = s.queue;
    sim.kernel.queue.nextSeq = s.nextSeq;
    Object.assign(sim.state, s.state);
    (sim as { rng: RandomStreams }).rng = new RandomStreams(s.seed, s.rng);
    (sim as { actors: Actors }).actors = {
      clients: s.scenario.clients.map((_, i) => createActor(clientMachine, { snapshot: s.actors.clients[i] as never, input: undefined as never }).start()),
      commercial: createActor(commercialMachine, { snapshot: s.actors.commercial as never, input: undefined as never }).start(),
      lanceur: createActor(lanceurMachine, { snapshot: s.actors.lanceur as never }).start(),
    };
    sim.desk.count = s.decisions;
    sim.history.versions.push(...s.versions);
    sim.proposals.push(...s.proposals);
    sim.transcript.push(...s.transcript);
    sim.traceRecords.push(...s.trace);
    return sim;
  }

  /** The start of day `day`: sample the day's series, open the week and the lanceur's review. */
  onDayStart(day: number): void {
    pruneOpenOrders(this.state);
    sampleDay(this, day);
    if (day % 7 === 0 && day > 0) this.actors.commercial.send({ type: 'week.start' });
    if (this.calendar.isWorkingDay(day)) this.schedule({ type: 'review', time: day * 24 + this.scenario.lanceur.reviewHour, day });
    this.schedule({ type: 'day.start', time: (day + 1) * 24, day: day + 1 });
  }
}

/** Drops delivered and cancelled orders from the open-order list (kept oldest first). */
function pruneOpenOrders(st: SimState): void {
  st.openOrders = st.openOrders.filter((id) => {
    const o = st.orders[id];
    return o.status !== 'delivered' && o.status !== 'cancelled';
  });
}

/** What {@link Simulation.snapshot} returns: plain JSON data. */
export interface SimSnapshot {
  scenario: Scenario;
  seed: number;
  now: number;
  handled: number;
  queue: SimEvent[];
  nextSeq: number;
  state: SimState;
  rng: Record<string, AleaState>;
  actors: { clients: unknown[]; commercial: unknown; lanceur: unknown };
  decisions: number;
  journal: Journal;
  versions: PlanVersion[];
  proposals: Proposal[];
  transcript: TranscriptEntry[];
  trace: TraceRecord[];
}
