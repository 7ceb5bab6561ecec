/**
 * The working calendar: simulated time is in hours since day 0 at 00:00, and day 0 is a
 * Monday. Working time is the union of the shifts on working days, less holidays.
 * All functions are pure and depend only on the calendar's specification.
 */

/** A shift within a day, in hours from midnight: [start, end). */
export interface Shift {
  start: number;
  end: number;
}

/** What the scenario says of the calendar. Days of the week: 0 = Monday … 6 = Sunday. */
export interface CalendarSpec {
  workingDays: number[];
  shifts: Shift[];
  /** Day indices (since day 0) that are not worked. */
  holidays?: number[];
}

export const HOURS_PER_DAY = 24;
/**
 * Days walked one by one; beyond, working time is counted in whole weeks (every holiday of a
 * scenario lies within its run, well before).
 */
const WALKED_DAYS = 36_600;
/**
 * Hours (over 100,000 years) past which working time is prorated at the weekly rate: far
 * beyond any run's end, where a day index would lose its precision if walked.
 */
const FAR_HOURS = 1e9;

/** Days whose working status a calendar remembers once asked (ten years and a half: any run's length). */
const KNOWN_DAYS = 4096;

/** Day index of a time in hours. */
export function dayOf(time: number): number {
  return Math.floor(time / HOURS_PER_DAY);
}

/** Working-time arithmetic over a {@link CalendarSpec}. */
export class Calendar {
  private readonly weekdays: boolean[];
  private readonly holidays: Set<number>;
  private readonly shifts: Shift[];
  /** Working hours in one working day. */
  readonly hoursPerDay: number;
  /** Working hours in a week without holidays. */
  readonly hoursPerWeek: number;
  /** {@link isWorkingDay} of days 0 … {@link KNOWN_DAYS} − 1, filled as asked: 0 not yet known, 1 not worked, 2 worked. */
  private readonly known = new Uint8Array(KNOWN_DAYS);

  constructor(spec: CalendarSpec) {
    this.weekdays = Array.from({ length: 7 }, (_, d) => spec.workingDays.includes(d));
    this.holidays = new Set(spec.holidays ?? []);
    this.shifts = [...spec.shifts].sort((a, b) => a.start - b.start);
    this.hoursPerDay = this.shifts.reduce((s, x) => s + (x.end - x.start), 0);
    this.hoursPerWeek = this.hoursPerDay * this.weekdays.filter(Boolean).length;
  }

  /** Whether `day` is worked. */
  isWorkingDay(day: number): boolean {
    const d = Math.floor(day);
    if (d >= 0 && d < KNOWN_DAYS) {
      const k = this.known[d];
      if (k !== 0) return k === 2;
      const worked = this.weekdays[d % 7] && !this.holidays.has(d);
      this.known[d] = worked ? 2 : 1;
      return worked;
    }
    return this.weekdays[((d % 7) + 7) % 7] && !this.holidays.has(d);
  }

  /** The first working day at or after `day`. */
  nextWorkingDay(day: number): number {
    let d = day;
    for (let guard = 0; guard < 3660; guard++, d++) if (this.isWorkingDay(d)) return d;
    throw new Error('calendar has no working day');
  }

  /** The day reached after `n` working days from `day` (n ≥ 0; `day` itself not counted). */
  addWorkingDays(day: number, n: number): number {
    let d = day;
    let left = n;
    while (left > 0) {
      d++;
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Working days in [from, to) (0 when to ≤ from). */
  workingDaysBetween(from: number, to: number): number {
    let n = 0;
    for (let d = from; d < to; d++) if (this.isWorkingDay(d)) n++;
    return n;
  }

  /** Whether the instant `time` is inside a shift of a working day. */
  isWorking(time: number): boolean {
    const day = dayOf(time);
    if (!this.isWorkingDay(day)) return false;
    const h = time - day * HOURS_PER_DAY;
    return this.shifts.some((s) => h >= s.start && h < s.end);
  }

  /** The first working instant at or after `time`. */
  nextWorkingInstant(time: number): number {
    return this.addWorkingHours(time, 0);
  }

  /**
   * The earliest instant T ≥ `time` such that the working hours in [time, T] equal `hours`.
   * With `hours` = 0 it is the next working instant. Beyond 100 years from `time` whole weeks
   * are added at once, and past {@link FAR_HOURS} the weekly rate is prorated.
   */
  addWorkingHours(time: number, hours: number): number {
    if (time >= FAR_HOURS && this.hoursPerWeek > 0) return time + (hours * 7 * HOURS_PER_DAY) / this.hoursPerWeek;
    let day = dayOf(time);
    let left = hours;
    let t = time;
    for (let guard = 0; guard < WALKED_DAYS; guard++) {
      if (this.isWorkingDay(day)) {
        const base = day * HOURS_PER_DAY;
        for (const s of this.shifts) {
          const start = Math.max(base + s.start, t);
          const end = base + s.end;
          if (start >= end) continue;
          if (left === 0) return start;
          if (end - start >= left) return start + left;
          left -= end - start;
        }
      }
      day++;
      t = day * HOURS_PER_DAY;
    }
    if (!(this.hoursPerWeek > 0) || !Number.isFinite(left)) throw new Error(`calendar has no working time (${left} working hours left)`);
    const weeks = Math.floor(left / this.hoursPerWeek);
    return this.addWorkingHours(t + weeks * 7 * HOURS_PER_DAY, Math.max(0, left - weeks * this.hoursPerWeek));
  }

  /** Working hours in [a, b]. */
  workingHoursBetween(a: number, b: number): number {
    if (b <= a) return 0;
    if (a >= FAR_HOURS) return ((b - a) * this.hoursPerWeek) / (7 * HOURS_PER_DAY);
    const walkedEnd = (dayOf(a) + WALKED_DAYS) * HOURS_PER_DAY;
    if (b > walkedEnd) {
      const weeks = Math.floor((b - walkedEnd) / (7 * HOURS_PER_DAY));
      const jumped = walkedEnd + weeks * 7 * HOURS_PER_DAY;
      return this.workingHoursBetween(a, walkedEnd) + weeks * this.hoursPerWeek + this.workingHoursBetween(jumped, b);
    }
    let total = 0;
    for (let day = dayOf(a); day * HOURS_PER_DAY < b; day++) {
      if (!this.isWorkingDay(day)) continue;
      const base = day * HOURS_PER_DAY;
      for (const s of this.shifts) {
        const start = Math.max(base + s.start, a);
        const end = Math.min(base + s.end, b);
        if (end > start) total += end - start;
      }
    }
    return total;
  }
}

let lastSpec: Required<CalendarSpec> | null = null;
let lastCalendar: Calendar | null = null;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

const NO_HOLIDAYS: readonly number[] = [];

/** Whether `spec` says what `known` (a copy) says. (Plain loops: asked once per daily plan.) */
function sameSpec(spec: CalendarSpec, known: Required<CalendarSpec>): boolean {
  const shifts = spec.shifts;
  const knownShifts = known.shifts;
  if (!sameNumbers(spec.workingDays, known.workingDays) || !sameNumbers(spec.holidays ?? NO_HOLIDAYS, known.holidays)) return false;
  if (shifts.length !== knownShifts.length) return false;
  for (let i = 0; i < shifts.length; i++) {
    if (!Object.is(shifts[i].start, knownShifts[i].start) || !Object.is(shifts[i].end, knownShifts[i].end)) return false;
  }
  return true;
}

/**
 * A calendar for `spec`: the same instance as long as specs of the same content are asked
 * (a calendar depends only on its spec's content, and remembers the working days it was
 * asked about). Pure in effect: it answers as `new Calendar(spec)` would.
 */
export function calendarOf(spec: CalendarSpec): Calendar {
  if (lastCalendar === null || lastSpec === null || !sameSpec(spec, lastSpec)) {
    lastCalendar = new Calendar(spec);
    lastSpec = { workingDays: [...spec.workingDays], holidays: [...(spec.holidays ?? [])], shifts: spec.shifts.map((x) => ({ start: x.start, end: x.end })) };
  }
  return lastCalendar;
}
