/**
 * What the server shows, as plain JSON: the facilitator's state of a session (everything,
 * tokens excepted) and a participant's (their own seat and team only: the decision waiting
 * for them with its role's view, their messages; never the run's state).
 */
import type { DecisionRequest } from '../core/decisions';
import type { LiveParticipant, LiveSession, SeatMessage } from './liveSession';

/** A decision as a participant receives it: the request with the role's view; the suggestion only when suggestions are on. */
export interface DecisionOut {
  team: number;
  seat: string;
  id: number;
  kind: string;
  role: string;
  agent: string;
  time: number;
  order: number | null;
  view: unknown;
  suggestion?: unknown;
  /** Real seconds allowed, 0 for no limit. */
  seconds: number;
  /** Real seconds left when this was sent (counted down by the page; the server answers at 0), 0 for no limit. */
  secondsLeft: number;
}

/** The request as sent to `seat` of `team`. */
export function decisionOut(s: LiveSession, team: number, seat: string, p: DecisionRequest): DecisionOut {
  const out: DecisionOut = { team, seat, id: p.id, kind: p.kind, role: p.role, agent: p.agent, time: p.time, order: p.order, view: p.view, seconds: s.config.decisionSeconds, secondsLeft: s.secondsLeft(team) };
  if (s.config.suggestions) out.suggestion = p.suggestion;
  return out;
}

/** The decision waiting for `seat` of `team`, if any. */
export function pendingFor(s: LiveSession, team: number, seat: string): DecisionOut | null {
  const run = s.teams[team];
  const p = run?.pending;
  return p && run.seatOf(p) === seat ? decisionOut(s, team, seat, p) : null;
}

/** Messages a participant is sent at once, and in each page of earlier ones. */
export const MESSAGES_PAGE = 50;

/**
 * The participant's messages before rank `before` (all of theirs without it): the last
 * {@link MESSAGES_PAGE} of them, oldest first, and how many of theirs come before those.
 */
export function messagesOf(s: LiveSession, p: LiveParticipant, before = Infinity): { messages: SeatMessage[]; earlier: number } {
  if (p.team === null || p.seat === null) return { messages: [], earlier: 0 };
  const theirs = s.messages.filter((m) => m.seq < before && mine(m, p));
  const earlier = Math.max(0, theirs.length - MESSAGES_PAGE);
  return { messages: theirs.slice(earlier), earlier };
}

/** A participant's state: session status, their seat, their waiting decision and last messages (with how many came before). */
export function participantState(s: LiveSession, p: LiveParticipant) {
  const seated = p.team !== null && p.seat !== null;
  const { messages, earlier } = messagesOf(s, p);
  return {
    session: { id: s.id, name: s.config.name ?? '', status: s.status, scenario: s.config.scenarioResolved.name },
    participant: { id: p.id, name: p.name, team: p.team, seat: p.seat },
    seats: s.seats,
    mode: seated ? s.modeOf(p.team!, p.seat!) : null,
    pending: seated && s.modeOf(p.team!, p.seat!) === 'person' ? pendingFor(s, p.team!, p.seat!) : null,
    messages,
    /** How many of their messages come before `messages` (asked for with the socket's `earlier`). */
    earlierMessages: earlier,
    /** After the end only: the debrief the facilitator sees (figures and answers, no role's view). */
    debrief: s.finalDebrief(),
  };
}

/** Whether message `m` is from or to the participant's seat in their team. */
export function mine(m: SeatMessage, p: LiveParticipant): boolean {
  return m.team === p.team && (m.to === p.seat || m.from === p.seat);
}

/** The facilitator's state: settings, participants and connections, seats, every team's figures and the decisions they answer. */
export function facilitatorState(s: LiveSession, joinUrl: string) {
  const seats = s.teams.flatMap((t) => s.seats.map((seat) => ({ team: t.team, seat, mode: s.modeOf(t.team, seat), players: s.playersOf(t.team, seat).map((p) => p.id) })));
  return {
    id: s.id,
    code: s.code,
    joinUrl,
    name: s.config.name ?? '',
    status: s.status,
    scenario: s.config.scenarioResolved.name,
    seed: s.config.seed,
    human: s.seats,
    teams: s.teams.length,
    pace: s.config.pace,
    suggestions: s.config.suggestions,
    decisionSeconds: s.config.decisionSeconds,
    fallbackSeconds: s.config.fallbackSeconds,
    participants: [...s.participants.values()].map((p) => ({ id: p.id, name: p.name, team: p.team, seat: p.seat, connected: p.connections > 0 })),
    seats,
    figures: s.figures(),
    /** Decisions waiting at seats the facilitator took over. */
    facilitatorPending: seats.filter((x) => x.mode === 'facilitator').map((x) => pendingFor(s, x.team, x.seat)).filter((d) => d !== null),
    messages: s.messages.slice(-100),
    /** The scenario's stations (for a breakdown) and the disruptions given so far (every team has the same). */
    stations: s.config.scenarioResolved.stations.map((st) => st.id),
    disruptions: s.teams[0]?.sim.disruptions ?? [],
  };
}
