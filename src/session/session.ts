/**
 * A role-play session as data: the scenario (as played, levers included), the seed, who plays
 * what (seats), the journal (people's answers with their notes, time taken and how they were
 * given, trainers' lever changes and disruptions), the short messages between seats (the
 * negotiation's transcript, which the simulation does not read), the day reached and the trace digest at that moment.
 * A session file is this object as JSON; replaying it reruns the same run (see replay.ts).
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema';
import type { Controller } from '../core/decisions';
import type { Intervention, JournalDisruption } from '../simulation/runState';
import { journalDisruptionSchema } from '../simulation/givenDisruptions';

export const SESSION_FORMAT = 'negoplan.session';
/**
 * The session file's version. Version 2: its trace digests fold the records' values (version 1
 * files hold digests of the records' JSON lines, which no run computes any more).
 */
export const SESSION_VERSION = 2;

/**
 * How a played decision was answered: by the person, with the suggestion, by the suggestion at
 * the time limit, or automatically (a branch the person let go on by itself).
 */
export type AnsweredVia = 'person' | 'suggestion' | 'timeout' | 'auto';

/** One decision taken at a played seat, with what the debrief needs. */
export interface SessionDecision {
  /** The decision's rank in the run, from 0 (the desk's id). */
  id: number;
  kind: string;
  agent: string;
  answer: unknown;
  /** The automatic strategy's suggestion for it. */
  suggestion: unknown;
  via: AnsweredVia;
  /** The person's short "why", if any (at most 500 characters). */
  note?: string;
  /** Real seconds the person took, if measured. */
  seconds?: number;
  /** Simulated time of the decision (hours) and the trace digest when it was asked. */
  time: number;
  digest: string;
}

/**
 * A short message from one played seat to another, at a simulated day and hour (0 ≤ hour < 24),
 * with the sender's name when they gave one. Kept for the transcript; a replay does not read it.
 */
export interface SessionMessage {
  day: number;
  hour: number;
  from: string;
  to: string;
  text: string;
  name?: string;
}

/** A message at simulated hour `time` (hours since the start) as a session file keeps it. */
export function messageAt(time: number, m: Omit<SessionMessage, 'day' | 'hour'>): SessionMessage {
  const day = Math.floor(time / 24);
  const out: SessionMessage = { day, hour: Math.max(0, time - day * 24), from: m.from, to: m.to, text: m.text };
  if (m.name) out.name = m.name;
  return out;
}

/** Where a branched session came from. */
export interface SessionOrigin {
  /** The origin session's trace digest at the branch point, and the decision answered anew. */
  digest: string;
  decision: number;
  name?: string;
}

/**
 * A trainer's settings of a session: whether "Use the suggestion" is offered (absent: yes when
 * one seat is played, no for several), a time limit per decision in real seconds (absent or 0:
 * none; at the limit the suggestion is taken, `via: 'timeout'`), and whether every panel is
 * shown whatever the seats may see ("reveal all").
 */
export interface TrainerSettings {
  suggestions?: boolean;
  timeLimitSeconds?: number;
  revealAll?: boolean;
}

/** A session as saved and exported. */
export interface Session {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  name?: string;
  scenario: Scenario;
  seed: number;
  /** Who plays each role or agent id ('human'); unlisted ones are automatic. */
  seats: Record<string, Controller>;
  decisions: SessionDecision[];
  interventions: Intervention[];
  /** Disruptions the trainer gave during the run (absent: none). */
  disruptions?: JournalDisruption[];
  /** Messages between seats, in the order they were sent (absent: none). */
  messages?: SessionMessage[];
  /** When it was saved: simulated hours since the start, events handled, and the trace digest then. */
  hour: number;
  events: number;
  traceDigest: string;
  origin?: SessionOrigin;
  trainer?: TrainerSettings;
}

const finite = z.number().finite();
const count = z.number().int().min(0);
const id = z.string().min(1).max(200);

/** The zod schema of a session file (the scenario inside is checked by the scenario schema). */
export const sessionSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  name: z.string().max(200).optional(),
  scenario: z.looseObject({}).describe('the scenario as played (a scenario file, levers applied)'),
  seed: z.number().int().min(0).max(0xffffffff),
  seats: z.record(id, z.enum(['auto', 'human'])).describe('who plays each role or agent id'),
  decisions: z.array(
    z.strictObject({
      id: count,
      kind: id,
      agent: id,
      answer: z.unknown(),
      suggestion: z.unknown(),
      via: z.enum(['person', 'suggestion', 'timeout', 'auto']),
      note: z.string().max(500).optional(),
      seconds: finite.min(0).optional(),
      time: finite.min(0),
      digest: z.string().regex(/^[0-9a-f]{16}$/),
    }),
  ),
  interventions: z.array(z.strictObject({ day: count, path: z.string().min(1).max(200), value: z.unknown() })),
  disruptions: z.array(journalDisruptionSchema).max(10_000).optional().describe("disruptions the trainer gave during the run, each started by the scenario's disruption event"),
  messages: z
    .array(z.strictObject({ day: count, hour: finite.min(0).lt(24), from: id, to: id, text: z.string().min(1).max(1000), name: z.string().max(200).optional() }))
    .max(100_000)
    .optional()
    .describe('short messages between seats (the transcript of the negotiation; a replay does not read them)'),
  hour: finite.min(0),
  events: count,
  traceDigest: z.string().regex(/^[0-9a-f]{16}$/),
  origin: z.strictObject({ digest: z.string(), decision: count, name: z.string().max(200).optional() }).optional(),
  trainer: z
    .strictObject({ suggestions: z.boolean().optional(), timeLimitSeconds: finite.min(0).max(86400).optional(), revealAll: z.boolean().optional() })
    .optional()
    .describe("the trainer's settings: suggestions offered, time limit per decision (real seconds), reveal all"),
});

/** The JSON Schema (draft 2020-12) of session files. */
export function sessionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(sessionSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://negoplan.example/session.schema.json',
    title: 'negoplan session',
  };
}
