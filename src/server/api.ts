/**
 * The HTTP API (see docs/sessions.md): `POST /api/sessions` makes a session; every other call
 * on a session needs `Authorization: Bearer <facilitatorToken>` (401 without, 403 with another
 * token). Bodies are checked by the zod schemas of config.ts under a size limit; every error
 * is JSON `{ error, field? }` naming the field.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ScenarioError } from '../scenario/errors';
import { InvalidAnswer } from '../core/decisions';
import { answerBody, assignBody, BodyError, createBody, disruptionBody, endBody, inviteBody, leverBody, paceBody, parseBody, scenarioNames, seatBody } from './config';
import type { SessionHost } from './host';
import type { LiveSession } from './liveSession';
import { facilitatorState } from './view';
import { debrief } from './debrief';
import { AnswerRefused } from './teamRun';

/** Largest body of `POST /api/sessions` (a scenario inside), and of every other call. */
export const CREATE_BODY_BYTES = 1_000_000;
export const BODY_BYTES = 16_000;

/** An API error with its HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Where the app is reached from the request (or `publicUrl`), ending with `/`. */
export function baseUrl(req: FastifyRequest, publicUrl?: string): string {
  return publicUrl ?? `${req.protocol}://${req.host}/`;
}

/** The session of `:id`, the facilitator's token checked. */
function authorised(host: SessionHost, req: FastifyRequest): LiveSession {
  const auth = req.headers.authorization;
  const m = typeof auth === 'string' ? /^Bearer (\S{1,200})$/.exec(auth) : null;
  if (!m) throw new HttpError(401, 'Authorization: expected "Bearer <facilitatorToken>"', 'authorization');
  const s = host.get((req.params as { id: string }).id);
  if (!s) throw new HttpError(404, 'no such session', 'id');
  if (!host.isFacilitator(s, m[1])) throw new HttpError(403, "Authorization: this is not the session's facilitator token", 'authorization');
  return s;
}

/** Registers the API routes on `app`. */
export function registerApi(app: FastifyInstance, host: SessionHost, publicUrl?: string): void {
  const join = (req: FastifyRequest, s: LiveSession) => `${baseUrl(req, publicUrl)}#join=${s.code}`;

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply: FastifyReply) => {
    if (err instanceof HttpError) return reply.code(err.status).send({ error: err.message, ...(err.field ? { field: err.field } : {}) });
    if (err instanceof BodyError) return reply.code(400).send({ error: err.message, field: err.field });
    if (err instanceof ScenarioError) return reply.code(400).send({ error: err.message.split('\n')[0] });
    if (err instanceof InvalidAnswer) return reply.code(400).send({ error: err.message, field: 'answer' });
    if (err instanceof AnswerRefused) return reply.code(409).send({ error: err.message, field: 'decision' });
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: 'body: too large', field: 'body' });
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ error: 'body: expected application/json', field: 'body' });
    if (err.statusCode && err.statusCode < 500) return reply.code(err.statusCode).send({ error: `body: ${err.message}`, field: 'body' });
    app.log.error(err);
    return reply.code(500).send({ error: 'internal error' });
  });

  app.get('/api/scenarios', async () => ({ scenarios: scenarioNames(host.scenarioDir) }));

  app.post('/api/sessions', { bodyLimit: CREATE_BODY_BYTES }, async (req, reply) => {
    const { session, token } = host.create(parseBody(createBody, req.body));
    return reply.code(201).send({ id: session.id, facilitatorToken: token, joinUrl: join(req, session), code: session.code });
  });

  app.get('/api/sessions/:id', async (req) => facilitatorState(authorised(host, req), join(req, authorised(host, req))));

  app.post('/api/sessions/:id/invites', { bodyLimit: BODY_BYTES }, async (req, reply) => {
    const s = authorised(host, req);
    const b = parseBody(inviteBody, req.body);
    if (!s.seats.includes(b.role)) throw new BodyError('role', `"${b.role}" is not played in this session (played: ${s.seats.join(', ')})`);
    if (b.team >= s.teams.length) throw new BodyError('team', `expected a team below ${s.teams.length}`);
    const c = host.invite(s, b.team, b.role, b.name ?? '');
    return reply.code(201).send({ url: `${baseUrl(req, publicUrl)}#invite=${c.token}`, participant: c.participant.id });
  });

  app.post('/api/sessions/:id/end', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    const { rank } = parseBody(endBody, req.body ?? {});
    try {
      s.end(rank);
    } catch (e) {
      throw new HttpError(400, (e as Error).message, 'rank');
    }
    return { status: s.status };
  });

  for (const action of ['start', 'pause'] as const) {
    app.post(`/api/sessions/:id/${action}`, { bodyLimit: BODY_BYTES }, async (req) => {
      const s = authorised(host, req);
      if (s.status === 'ended') throw new HttpError(409, 'the session has ended', 'status');
      s[action]();
      return { status: s.status };
    });
  }

  app.post('/api/sessions/:id/participants/:pid', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    const b = parseBody(assignBody, req.body);
    const p = s.participants.get((req.params as { pid: string }).pid);
    if (!p) throw new HttpError(404, 'no such participant', 'pid');
    if (!s.seats.includes(b.seat)) throw new BodyError('seat', `"${b.seat}" is not played in this session`);
    if (b.team >= s.teams.length) throw new BodyError('team', `expected a team below ${s.teams.length}`);
    host.assign(s, p, b.team, b.seat);
    return { participant: p.id, team: p.team, seat: p.seat };
  });

  app.post('/api/sessions/:id/seats', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    const b = parseBody(seatBody, req.body);
    if (!s.seats.includes(b.seat)) throw new BodyError('seat', `"${b.seat}" is not played in this session`);
    const teams = b.team === undefined ? s.teams.map((t) => t.team) : [b.team];
    if (teams.some((t) => t >= s.teams.length)) throw new BodyError('team', `expected a team below ${s.teams.length}`);
    for (const t of teams) s.setMode(t, b.seat, b.mode);
    return { seat: b.seat, mode: b.mode, teams };
  });

  app.post('/api/sessions/:id/pace', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    s.setPace(parseBody(paceBody, req.body).pace);
    return { pace: s.pace };
  });

  app.post('/api/sessions/:id/levers', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    const b = parseBody(leverBody, req.body);
    try {
      return { interventions: s.intervene(b.path, b.value, b.day) };
    } catch (e) {
      if (e instanceof ScenarioError) throw new BodyError('path', e.problems[0].message);
      throw e;
    }
  });

  app.post('/api/sessions/:id/disruptions', { bodyLimit: BODY_BYTES }, async (req, reply) => {
    const s = authorised(host, req);
    if (s.status === 'ended') throw new HttpError(409, 'the session has ended', 'status');
    const b = parseBody(disruptionBody, req.body);
    if (b.hour !== undefined && b.day === undefined) throw new BodyError('day', 'expected the day of the hour given');
    try {
      return reply.code(201).send({ disruption: s.disrupt(b), teams: s.teams.map((t) => t.team) });
    } catch (e) {
      if (e instanceof ScenarioError) throw new BodyError(e.problems[0].path, e.problems[0].message);
      throw e;
    }
  });

  app.post('/api/sessions/:id/answer', { bodyLimit: BODY_BYTES }, async (req) => {
    const s = authorised(host, req);
    const b = parseBody(answerBody, req.body);
    const run = s.teams[b.team];
    if (!run) throw new BodyError('team', `expected a team below ${s.teams.length}`);
    const p = run.pending;
    const seat = p ? run.seatOf(p) : '';
    const r = s.answer(b.team, seat, 'facilitator', { decision: b.decision, answer: b.answer, ...(b.note ? { note: b.note } : {}) });
    return { decision: r.decision.id, duplicate: r.duplicate };
  });

  app.get('/api/sessions/:id/export', async (req) => {
    const s = authorised(host, req);
    const q = req.query as { team?: string };
    if (q.team !== undefined) {
      const t = Number(q.team);
      if (!Number.isInteger(t) || !s.teams[t]) throw new HttpError(400, `team: expected a team from 0 to ${s.teams.length - 1}`, 'team');
      return s.teams[t].toSession(s.config.name ? `${s.config.name} · team ${t + 1}` : `team ${t + 1}`);
    }
    return { format: 'negoplan.session-set', version: 1, id: s.id, teams: s.teams.map((t) => t.toSession(`team ${t.team + 1}`)), messages: s.messages };
  });

  app.get('/api/sessions/:id/debrief', async (req) => {
    const s = authorised(host, req);
    const q = req.query as { rank?: string };
    try {
      return debrief(s.teams, q.rank ?? s.config.debriefRank);
    } catch (e) {
      throw new HttpError(400, (e as Error).message, 'rank');
    }
  });
}
