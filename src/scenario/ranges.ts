/**
 * The ranges the engine can run: every number of a scenario lies in one of these, and the
 * schema, the feasibility check, the sampling and docs/scenarios.md use the same table.
 * Pure data and zod builders. Units in the names: hours, days (calendar), UO, parts.
 */
import { z } from 'zod';

/** A closed range [min, max]; `positive` excludes 0; `int` asks for whole numbers. */
export interface Range {
  min: number;
  max: number;
  positive?: boolean;
  int?: boolean;
}

/** One minute, in hours: the floor of a mean duration between two arrivals or breakdowns. */
export const ONE_MINUTE_HOURS = 1 / 60;

/** The ranges, by what they measure. */
export const RANGES = {
  seed: { min: 0, max: 4_294_967_295, int: true },
  days: { min: 1, max: 3650, int: true },
  warmupDays: { min: 0, max: 730, int: true },
  /** A day index: a holiday, a disruption's start (warm-up plus measured days at most). */
  dayIndex: { min: 0, max: 4380 },
  /** A duration or a drawn time in hours: at most ten years. */
  hours: { min: 0, max: 87_600 },
  /** A mean time between two orders or two breakdowns, in hours: at least one minute. */
  meanHours: { min: ONE_MINUTE_HOURS, max: 87_600 },
  /** A mean time between two random disruptions, in days: at least one minute. */
  meanDays: { min: ONE_MINUTE_HOURS / 24, max: 3650 },
  /** A drawn time in days. */
  drawnDays: { min: 0, max: 3650 },
  /** Planning spans in days (cycles, horizons, leads, windows, tolerances, buffers, cover). */
  planDays: { min: 0, max: 365 },
  cycleDays: { min: 0, max: 365, positive: true },
  horizonDays: { min: 1, max: 365, int: true },
  leadDays: { min: 1, max: 365, int: true },
  windowDays: { min: 0, max: 365, int: true },
  escalationDays: { min: 0, max: 365, positive: true },
  promiseDelayDays: { min: 0, max: 3650, int: true },
  shelfDays: { min: 0, max: 3650, int: true },
  /** Work rates and contents. */
  uoPerHour: { min: 0.001, max: 1e6 },
  uoPerUnit: { min: 0.001, max: 1e6 },
  uoPerWeek: { min: 0, max: 1e12, positive: true },
  /** Parts: per order, per day of a client line. */
  parts: { min: 0, max: 1e6 },
  partsPerDay: { min: 0, max: 1e6, positive: true },
  /** A share or a probability. */
  fraction: { min: 0, max: 1 },
  /** A relative size (a volume change of 0.3 is 30 %). */
  relative: { min: 0, max: 10 },
  /** A trust change on one event. */
  trustDelta: { min: -1, max: 1 },
  /** A weight (a product's in a client's mix, an empirical law's). */
  weight: { min: 0, max: 1e12 },
  money: { min: 0, max: 1e9 },
} as const satisfies Record<string, Range>;

/** A finite number (zod 4 refuses NaN and ±Infinity) within `r`. */
export function num(r: Range): z.ZodNumber {
  let s = z.number();
  if (r.int) s = s.int();
  s = r.positive ? s.positive() : s.min(r.min);
  return s.max(r.max);
}

/** Names and descriptions: bounded so that a file cannot carry a novel as a label. */
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
/** Items of one list (stations, products, clients, values of a law …). */
export const LIST_MAX = 1000;
/** Holidays listed: few enough that any ten years keep working days. */
export const HOLIDAYS_MAX = 365;
