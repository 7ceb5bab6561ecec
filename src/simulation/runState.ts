/**
 * The one plain state of a run: everything a run is, as JSON data. The scenario as it stands
 * (levers applied), the seed, the clock and the event queue, the random streams, the decision
 * desk (answers given, who answers whom), the trainers' interventions and disruptions, the world the agents act
 * on, the machines' persisted snapshots, the plan versions, the proposals, the transcript and
 * the trace, and the running digest of the trace lines. A snapshot is a copy of it; a restore
 * continues from it exactly.
 */
import type { Scenario } from '../scenario/schema';
import type { AleaState } from '../core/random';
import type { DeskState } from '../core/decisions';
import type { TraceRecord } from '../core/trace';
import type { DigestState } from '../core/traceDigest';
import type { QueuedEvent } from '../agents/events';
import type { SimState } from '../agents/state';
import type { PlanVersion } from '../negotiation/planVersions';
import type { Proposal } from '../negotiation/proposal';
import type { TranscriptEntry } from '../negotiation/transcript';

/** A change of a lever by a trainer at a given day: part of the journal. */
export interface Intervention {
  day: number;
  path: string;
  value: unknown;
}

/**
 * A disruption given by a trainer during the run: part of the journal. It starts at `hour`
 * (0 ≤ hour < 24) of day `day` and lasts `durationHours`; `station` is the station of a
 * breakdown (a station id of the scenario), absent for transport and weather.
 */
export interface JournalDisruption {
  day: number;
  hour: number;
  kind: 'transport' | 'weather' | 'breakdown';
  station?: string;
  durationHours: number;
}

/**
 * The run state's format tag and version, checked when a saved state is read back. Version 2:
 * transcript entries carry data only (version 1 held English fragments). Version 3: the running
 * trace digest folds the records' values (version 2 folded their JSON lines, and cannot go on).
 */
export const RUN_STATE_FORMAT = 'negoplan.run-state';
export const RUN_STATE_VERSION = 3;

/** Everything a run is. Plain JSON: `JSON.parse(JSON.stringify(s))` is the same run. */
export interface RunState {
  format: typeof RUN_STATE_FORMAT;
  version: typeof RUN_STATE_VERSION;
  scenario: Scenario;
  seed: number;
  /** Hours of the event being handled (or the time the run was stopped at), events handled. */
  clock: { now: number; handled: number };
  queue: { items: QueuedEvent[]; nextSeq: number };
  streams: Record<string, AleaState>;
  desk: DeskState;
  interventions: Intervention[];
  /** Trainers' disruptions given so far (a saved state without the list has none). */
  disruptions: JournalDisruption[];
  world: SimState;
  /** The xstate machines' persisted snapshots, as of the last snapshot. */
  machines: { clients: unknown[]; commercial: unknown; lanceur: unknown };
  versions: PlanVersion[];
  proposals: Proposal[];
  transcript: TranscriptEntry[];
  /** Whether trace records are kept, and the records so far. */
  tracing: boolean;
  trace: TraceRecord[];
  /** The running digest of every trace line so far, kept whether or not the records are. */
  traceDigest: DigestState;
}
