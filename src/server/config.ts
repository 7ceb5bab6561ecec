/**
 * What the HTTP API and the sockets accept, as zod schemas with sizes, and the session's
 * settings they make. A refused body gives one message naming the field
 * (`human[0]: expected a role or agent id`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Scenario } from '../scenario/schema';
import { loadScenario, validateScenario } from '../scenario/load';
import { ScenarioError, problemFromIssue } from '../scenario/errors';
import { journalDisruptionSchema } from '../simulation/givenDisruptions';

/** The roles a person can take; a seat is one of them or an agent id (a client's). */
export const ROLES = ['commercial', 'lanceur', 'fabrication', 'client'] as const;

const seat = z.string().min(1).max(100);

/**
 * How the clock moves: `turns` runs to the next decision at once and waits for its answer;
 * a number is simulated hours per real second (decisions still wait for their answers).
 */
export const paceSchema = z.union([z.literal('turns'), z.number().min(0.1).max(10_000)]);
export type Pace = z.infer<typeof paceSchema>;

/** The body of `POST /api/sessions`. */
export const createBody = z.strictObject({
  scenario: z.union([z.string().min(1).max(100).regex(/^[a-z0-9-]+$/), z.looseObject({})]),
  seed: z.number().int().min(0).max(2147483647).default(1),
  human: z.array(seat).min(1).max(20),
  suggestions: z.boolean().default(true),
  teams: z.number().int().min(1).max(20).default(1),
  /** Real seconds per decision before the suggestion is taken (0: no limit). */
  decisionSeconds: z.number().min(0).max(3600).default(0),
  pace: paceSchema.default('turns'),
  /** Real seconds a participant may be away before their seat goes automatic. */
  fallbackSeconds: z.number().min(0).max(3600).default(60),
  /** Simulated days to play (default: the scenario's whole run). */
  days: z.number().int().min(1).max(3650).optional(),
  name: z.string().max(200).optional(),
});
export type CreateBody = z.infer<typeof createBody>;

/** `POST /api/sessions/:id/invites`. */
export const inviteBody = z.strictObject({ role: seat, team: z.number().int().min(0).max(19).default(0), name: z.string().min(1).max(60).optional() });
/** `POST /api/sessions/:id/participants/:pid`: assign or reassign a participant. */
export const assignBody = z.strictObject({ team: z.number().int().min(0).max(19), seat });
/** `POST /api/sessions/:id/seats`: who answers a seat (a person, the facilitator, automatic). */
export const seatBody = z.strictObject({ team: z.number().int().min(0).max(19).optional(), seat, mode: z.enum(['person', 'facilitator', 'auto']) });
/** `POST /api/sessions/:id/pace`. */
/** The body of `/end`: the figures to rank the teams on in the debrief everyone sees. */
export const endBody = z.strictObject({ rank: z.string().min(1).max(500).optional() });

export const paceBody = z.strictObject({ pace: paceSchema });
/** `POST /api/sessions/:id/levers`: a lever for every team, from `day` (default: the next day). */
export const leverBody = z.strictObject({ path: z.string().min(1).max(200), value: z.union([z.number(), z.string().max(200), z.boolean(), z.null()]), day: z.number().int().min(0).max(36500).optional() });
/**
 * `POST /api/sessions/:id/disruptions`: one disruption for every team (a kind, the station of a
 * breakdown, its hours), from `day` and `hour` (default: the next whole hour after every team's clock).
 */
export const disruptionBody = journalDisruptionSchema.partial({ day: true, hour: true });
/** `POST /api/sessions/:id/answer`: the facilitator answers a seat they took over. */
export const answerBody = z.strictObject({ team: z.number().int().min(0).max(19), decision: z.number().int().min(0), answer: z.unknown(), note: z.string().max(500).optional() });

/** A participant's answer over the socket. */
export const socketAnswer = z.strictObject({
  decision: z.number().int().min(0),
  answer: z.unknown(),
  via: z.enum(['person', 'suggestion']).default('person'),
  note: z.string().max(500).optional(),
  seconds: z.number().min(0).max(1e6).optional(),
});
/** A short message to another seat of the team. */
export const socketMessage = z.strictObject({ to: seat, text: z.string().min(1).max(300) });
/** A participant asks for their messages before the one of rank `before` (the earliest they have). */
export const socketEarlier = z.strictObject({ before: z.number().int().min(0) });
/** A participant gives (or changes) their name. */
export const socketName = z.strictObject({ name: z.string().trim().min(1).max(60) });
/** Joining with a code. */
export const socketJoin = z.strictObject({ code: z.string().min(4).max(20), name: z.string().trim().min(1).max(60) });

/** A refused body: its first problem, `field: message`. */
export class BodyError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}

/** `raw` checked by `schema`, or a {@link BodyError} naming the first bad field. */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw ?? {}, { reportInput: true });
  if (r.success) return r.data;
  // the scenario's sentences (path, what was expected, what came), not zod's own
  const p = problemFromIssue(r.error.issues[0]);
  throw new BodyError(p.path, p.message);
}

/** The bundled scenario names (scenarios/*.json beside the sources). */
export function scenarioNames(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/**
 * The scenario a body names (a bundled one, read from `dir`) or holds (checked by the scenario
 * schema, paths under `scenario`), its days cut to `days` when given.
 */
export function resolveScenario(body: CreateBody, dir: string): Scenario {
  let s: Scenario;
  if (typeof body.scenario === 'string') {
    if (!scenarioNames(dir).includes(body.scenario)) throw new BodyError('scenario', `no scenario named "${body.scenario}" (known: ${scenarioNames(dir).join(', ')})`);
    s = loadScenario(readFileSync(join(dir, `${body.scenario}.json`), 'utf8'), `${body.scenario}.json`);
  } else {
    try {
      s = validateScenario(body.scenario, 'scenario');
    } catch (e) {
      if (e instanceof ScenarioError) throw new BodyError(`scenario.${e.problems[0].path}`.replace(/\.$/, ''), e.problems[0].message);
      throw e;
    }
  }
  if (body.days !== undefined) s = { ...s, days: body.days };
  const known = [...ROLES, ...s.clients.map((c) => c.id)] as string[];
  body.human.forEach((h, k) => {
    if (!known.includes(h)) throw new BodyError(`human[${k}]`, `"${h}" is neither a role nor an agent (expected one of ${known.join(', ')})`);
  });
  return s;
}
