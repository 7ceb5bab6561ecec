/**
 * Disruptions a trainer gives during a run: part of the journal, beside the levers. Each is one
 * of the kinds the scenario's scheduled disruptions have (a transport stoppage, weather that
 * holds shipments and stops the plant, a breakdown of one station) from a day and hour on, for
 * some hours, and is run by the same event (`disruption.start`) and the same handling
 * (agents/disruptions.ts). Pure: checks and the event, no run state.
 *
 * Order among events of the same instant: a given disruption runs after the scenario's
 * disruption events and before the stations' events ({@link GIVEN_PRIORITY}), whenever it was
 * given, so a run given it live and a run replaying it from its journal handle the same events
 * in the same order.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema';
import { problemFromIssue, type ScenarioProblem } from '../scenario/errors';
import { RANGES } from '../scenario/ranges';
import type { SimEvent } from '../agents/events';
import type { JournalDisruption } from './runState';

/** The kinds of disruption a trainer may give: those of the scenario's scheduled disruptions. */
export const DISRUPTION_KINDS = ['transport', 'weather', 'breakdown'] as const;

/** The shape of a given disruption (the scenario's stations are checked by {@link disruptionProblem}). */
export const journalDisruptionSchema = z.strictObject({
  day: z.number().int().min(0).max(RANGES.dayIndex.max).describe('the day it starts (0 is the first day of the run, warm-up included)'),
  hour: z.number().min(0).lt(24).describe('the hour of that day it starts, 0 ≤ hour < 24'),
  kind: z.enum(DISRUPTION_KINDS).describe('transport: shipments held; weather: shipments held and every station stopped; breakdown: one station stopped'),
  station: z.string().min(1).max(200).optional().describe('the station that breaks down (breakdown only)'),
  durationHours: z.number().positive().max(RANGES.hours.max).describe('how long it lasts, in hours'),
});

/**
 * Between the scenario's disruption events (2) and the stations' (3): the place of a given
 * disruption among the events of its instant, the same live and replayed.
 */
export const GIVEN_PRIORITY = 2.5;

/** The simulated hour a given disruption starts at. */
export function startHour(d: JournalDisruption): number {
  return d.day * 24 + d.hour;
}

/**
 * The first problem of `d` as a disruption of a run of `scenario` (its shape, its station
 * for a breakdown, none otherwise), with its path inside `d`; null when it is fine. Pure.
 */
export function disruptionProblem(d: unknown, scenario: Scenario): ScenarioProblem | null {
  const r = journalDisruptionSchema.safeParse(d, { reportInput: true });
  if (!r.success) return problemFromIssue(r.error.issues[0]);
  const { kind, station } = r.data;
  const known = scenario.stations.map((s) => s.id);
  if (kind === 'breakdown') {
    if (station === undefined) return { path: 'station', message: `expected the station that breaks down (one of ${known.join(', ')})` };
    if (!known.includes(station)) return { path: 'station', message: `expected a station of the scenario (one of ${known.join(', ')}), got "${station}"` };
  } else if (station !== undefined) return { path: 'station', message: `expected no station: a ${kind} disruption stops no one station` };
  return null;
}

/**
 * The problem of starting `d` in a run now at hour `now` that ends at hour `end`: a start not
 * after now (events of this instant may have run already) or not before the end. Null when fine.
 */
export function timingProblem(d: JournalDisruption, now: number, end: number): ScenarioProblem | null {
  const t = startHour(d);
  if (t <= now) return { path: 'day', message: `expected a start after now (${when(now)}), got day ${d.day}, hour ${d.hour}` };
  if (t >= end) return { path: 'day', message: `expected a start before the run's end (day ${Math.ceil(end / 24)}), got day ${d.day}` };
  return null;
}

/** The event that starts `d`, the `k`-th given disruption of the journal (`index` -1 - k), for a run whose stations are `stationIndex`. */
export function givenDisruptionEvent(d: JournalDisruption, k: number, stationIndex: (id: string) => number): StartEvent {
  const e: StartEvent = { type: 'disruption.start', time: startHour(d), index: -1 - k, what: d.kind, hours: d.durationHours };
  if (d.kind === 'breakdown' && d.station !== undefined) e.station = stationIndex(d.station);
  return e;
}

type StartEvent = Extract<SimEvent, { type: 'disruption.start' }>;

/** `day 9, hour 13.5` for simulated hour 229.5 (to the hundredth of an hour). */
function when(hours: number): string {
  const h = Math.round(hours * 100) / 100;
  const day = Math.floor(h / 24);
  return `day ${day}, hour ${Math.round((h - day * 24) * 100) / 100}`;
}
