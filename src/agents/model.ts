/**
 * What an agent's handlers see of the running simulation: the scenario, the calendar, the
 * state, the random streams, the decision desk, and the ways to act (schedule an event,
 * write the trace, say a transcript line, record a plan version). The {@link Simulation}
 * implements it; agents depend on this interface only.
 */
import type { Actor } from 'xstate';
import type { ProductSpec, Scenario } from '../scenario/schema';
import type { Calendar } from '../core/calendar';
import type { RandomStreams } from '../core/random';
import type { SimState, Order } from './state';
import type { DecisionDesk, StrategyOverrides } from '../core/decisions';
import type { SimEvent } from './events';
import type { TraceData, TraceType } from './traceVocabulary';
import type { TranscriptKind, TranscriptParams } from '../negotiation/transcript';
import type { PlanHistory } from '../negotiation/planVersions';
import type { Proposal } from '../negotiation/proposal';
import type { clientMachine } from './client.machine';
import type { commercialMachine } from './commercial.machine';
import type { lanceurMachine } from './lanceur.machine';

/** The agents' actors. `clients[i]` belongs to `scenario.clients[i]`. */
export interface Actors {
  clients: Actor<typeof clientMachine>[];
  commercial: Actor<typeof commercialMachine>;
  lanceur: Actor<typeof lanceurMachine>;
}

/** Derived, constant facts about the workshop. */
export interface Capacity {
  /** Index of the station with the least UO per hour. */
  bottleneck: number;
  /** UO the bottleneck can process in one working day. */
  uoPerDay: number;
}

/** The running model, as agents use it. */
export interface Model {
  readonly scenario: Scenario;
  readonly calendar: Calendar;
  readonly state: SimState;
  readonly rng: RandomStreams;
  readonly desk: DecisionDesk;
  /** Strategies of one's own by decision kind, replacing the built-in ones (none: all built in). */
  readonly strategies?: StrategyOverrides;
  readonly history: PlanHistory;
  readonly proposals: Proposal[];
  readonly actors: Actors;
  readonly capacity: Capacity;
  /** Current simulated time, hours. */
  readonly now: number;
  schedule(event: SimEvent): void;
  /** Writes a trace record (types and fields: traceVocabulary.ts). */
  trace<T extends TraceType>(type: T, agent: string, order: number | null, data: TraceData<T>): void;
  say<K extends TranscriptKind>(kind: K, agent: string, order: Order | null, params: TranscriptParams[K]): void;
  order(id: number): Order;
  /** The product with id `id` (indexed; the scenario has been validated). */
  product(id: string): ProductSpec;
  /** Index in `scenario.clients` (and `state.clients`) of the client with id `id`. */
  clientIndex(id: string): number;
  /** Index in `scenario.stations` (and `state.stations`) of the station with id `id`. */
  stationIndex(id: string): number;
  /**
   * A value derived from the scenario alone, computed on first use (`compute` of this model)
   * and kept until a lever changes the scenario. `name` identifies the value. Pass a function
   * made once, not a new closure at each call: the hot paths call this per order.
   */
  derived<T>(name: string, compute: (m: Model) => T): T;
  /** Rebuilds what is derived from the scenario (calendar, capacity, indices) after a lever. */
  scenarioChanged(): void;
}
