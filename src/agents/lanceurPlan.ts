/**
 * The lanceur's automatic strategy for the daily review, as a pure function: which orders to
 * launch today and which promised dates to move. Urgent orders of important clients go at
 * once on the capacity reserve. Normal orders are levelled: the orders already reviewed
 * first (their dates are commitments), then the new ones, each in order of planned launch day,
 * is placed on the working day with the least expected load between `pullAheadDays` before and (new orders
 * only) `pushBackDays` after its planned launch, under the daily norm (over it by at most
 * `normFlex`, or later than the window, when the window is full). Orders placed today are launched. The placement projects every order's delivery
 * day; a promise the projection misses by more than the tolerance is moved, as the date
 * policy allows: advanced at the order's first review or when it is launched early, postponed
 * whenever it slips.
 */
import type { Calendar } from '../core/calendar';
import type { LanceurSpec } from '../scenario/schema';
import { sortByCommitment } from './bookOrder';

/** One unlaunched order as the lanceur sees it. `uo` is the UO it will launch. */
export interface BookLine {
  id: number;
  plannedLaunchDay: number;
  promisedDay: number;
  uo: number;
  quantity: number;
  urgent: boolean;
  important: boolean;
  reviewed: boolean;
}

/** A date the lanceur moves, from one promised day to another. */
export interface DateMove {
  order: number;
  from: number;
  to: number;
  reason: 'free capacity' | 'load above the norm';
}

/** The lanceur's answer to a daily review. */
export interface DailyPlan {
  launches: { order: number; quantity: number; reserve: boolean }[];
  moves: DateMove[];
  /** Share of the horizon's capacity not planned for normal orders (the reserve held). */
  reserveHeld: number;
  /** UO whose planned launch day has passed and that is not launched today. */
  overdueUO: number;
}

/** What the lanceur knows when it reviews. */
export interface ReviewView {
  today: number;
  book: BookLine[];
  /** UO the bottleneck can process per working day. */
  capacityUOPerDay: number;
  /** Launched UO still waiting at the bottleneck beyond one day's norm: it eats today's budget. */
  wipExcessUO: number;
  quantityMargin: number;
  /**
   * For a day k days ahead, the share of its eventual load that is already booked, by what the
   * lanceur knows of the quoted cycles (index k; past the end, the last value). Levelling
   * compares loads scaled by it, so that days whose orders are still to come do not look empty.
   */
  bookedShare: number[];
}

/** Parts launched for `quantity` ordered, with the margin. */
export function launchQuantity(quantity: number, margin: number): number {
  return Math.max(quantity, Math.round(quantity * (1 + margin)));
}

/** Orders in the sequence the lanceur launches them: planned launch day, then order id. */
export function byPlannedLaunch(a: BookLine, b: BookLine): number {
  return a.plannedLaunchDay - b.plannedLaunchDay || a.id - b.id;
}

/**
 * UO of normal orders the lanceur plans per working day: the capacity outside the reserve.
 * (In case A this is the 800 UO/week norm: 70 % of about 1,150.)
 */
export function dailyNorm(lanceur: LanceurSpec, capacityUOPerDay: number): number {
  return (1 - lanceur.capacityReserve.share) * capacityUOPerDay;
}

/** The daily plan. Pure: depends only on its arguments. */
export function planDay(view: ReviewView, lanceur: LanceurSpec, calendar: Calendar): DailyPlan {
  const { today, capacityUOPerDay } = view;
  const norm = dailyNorm(lanceur, capacityUOPerDay);
  const launches: DailyPlan['launches'] = [];
  const moves: DateMove[] = [];
  const normal = normalLines;
  let n = 0;
  for (const o of view.book) {
    if (o.urgent && o.important) launches.push({ order: o.id, quantity: launchQuantity(o.quantity, view.quantityMargin), reserve: true });
    else normal[n++] = o;
  }
  // Shortened in place (V8 keeps the store unless the array is shortened by more than half).
  normal.length = n;
  sortByCommitment(normal);

  const load = new DayLoad(today, calendar, view.bookedShare, norm, norm * (1 + lanceur.normFlex));
  load.add(today, view.wipExcessUO);
  let overdueUO = 0;
  for (const o of normal) {
    const day = load.place(o, lanceur.pullAheadDays, o.reviewed ? 0 : lanceur.pushBackDays);
    if (day === today) launches.push({ order: o.id, quantity: launchQuantity(o.quantity, view.quantityMargin), reserve: false });
    else if (o.plannedLaunchDay < today) overdueUO += o.uo;

    const projected = day + lanceur.plannedLeadDays;
    const gap = projected - o.promisedDay;
    const policy = lanceur.datePolicy;
    const tolerance = lanceur.dateToleranceDays;
    if (gap < -tolerance && policy !== 'keep' && (!o.reviewed || day === today)) {
      moves.push({ order: o.id, from: o.promisedDay, to: projected, reason: 'free capacity' });
    } else if (gap > tolerance && policy === 'level') {
      moves.push({ order: o.id, from: o.promisedDay, to: projected, reason: 'load above the norm' });
    }
  }
  const horizonEnd = today + lanceur.capacityReserve.horizonDays;
  const horizonCapacity = capacityUOPerDay * calendar.workingDaysBetween(today, horizonEnd);
  const planned = Math.min(horizonCapacity, load.total(today, horizonEnd));
  const reserveHeld = horizonCapacity > 0 ? 1 - planned / horizonCapacity : 0;
  return { launches, moves, reserveHeld, overdueUO };
}

/**
 * The normal orders of the plan being made, reused from one plan to the next. It keeps the last
 * plan's lines until the next (emptied, V8 would free its store, and grow it again line by line).
 */
const normalLines: BookLine[] = [];

/**
 * The day arrays of the last {@link DayLoad}, reused by the next (one plan at a time: planDay
 * never runs inside another, and a DayLoad lives only during its planDay).
 */
const scratch = { uo: new Float64Array(128), expected: new Float64Array(128), working: new Uint8Array(128), divisor: new Float64Array(128) };

/** The UO planned on each day from `from` on, for levelling (dense arrays, grown on demand). */
class DayLoad {
  private uo = scratch.uo.fill(0);
  /** Each day's expected load: its booked UO over its divisor, kept as UO is added (0 for an empty day). */
  private expected = scratch.expected.fill(0);
  private working = scratch.working;
  /** What a day's booked load is divided by to give its expected load: its booked share, at least 0.05. */
  private divisor = scratch.divisor;
  private known = 0;

  constructor(
    private readonly from: number,
    private readonly calendar: Calendar,
    private readonly bookedShare: number[],
    /** UO a day may hold of normal orders, and the same over the norm by `normFlex` (taken from the reserve). */
    private readonly norm: number,
    private readonly flexedNorm: number,
  ) {
    this.ensure(127);
  }

  /** Makes index `i` (days after `from`) addressable, computing working-day flags and divisors once. */
  private ensure(i: number): void {
    if (i >= this.uo.length) {
      const size = Math.max(i + 1, this.uo.length * 2);
      const grown = (a: Float64Array) => {
        const b = new Float64Array(size);
        b.set(a);
        return b;
      };
      this.uo = grown(this.uo);
      this.expected = grown(this.expected);
      this.divisor = grown(this.divisor);
      const working = new Uint8Array(size);
      working.set(this.working);
      this.working = working;
      Object.assign(scratch, { uo: this.uo, expected: this.expected, working, divisor: this.divisor });
    }
    const shares = this.bookedShare;
    for (; this.known <= i; this.known++) {
      const k = this.known;
      this.working[k] = this.calendar.isWorkingDay(this.from + k) ? 1 : 0;
      const share = shares.length ? shares[k < shares.length ? k : shares.length - 1] : 1;
      this.divisor[k] = share > 0.05 ? share : 0.05;
    }
  }

  add(day: number, uo: number): void {
    const i = day - this.from;
    this.ensure(i);
    this.addAt(i, uo);
  }

  /** Adds `uo` to day index `i` (addressable) and updates its expected load. */
  private addAt(i: number, uo: number): void {
    const load = (this.uo[i] += uo);
    this.expected[i] = load === 0 ? 0 : load / this.divisor[i];
  }

  private at(day: number): number {
    const i = day - this.from;
    return i < this.uo.length ? this.uo[i] : 0;
  }

  /**
   * Places an order on the working day of its window with the least expected load (planned launch day less
   * `ahead`, plus `back`), among days where it fits under the norm; ties go to the day nearest
   * its planned launch, then the earlier. When no day of the window has room under the norm,
   * the same under the flexed norm (taken from the reserve); failing that, the first day
   * after the window with room. Returns the day. (The limits are fields, not arguments: a
   * number passed to a call is boxed, once per order and day.)
   */
  place(o: BookLine, ahead: number, back: number): number {
    const from = this.from;
    const first = Math.max(from, o.plannedLaunchDay - ahead) - from;
    const last = Math.max(first, o.plannedLaunchDay + back - from);
    let i = this.leastLoaded(o, first, last);
    if (i < 0) {
      const norm = this.norm;
      for (i = last + 1; ; i++) {
        this.ensure(i);
        if (this.working[i] && !(this.uo[i] > 0 && this.uo[i] + o.uo > norm)) break;
      }
    }
    this.addAt(i, o.uo);
    return from + i;
  }

  /**
   * The working day index of [first, last] with the least expected load where `o` fits under
   * the norm, else the same where it fits under the flexed norm, or -1. One pass serves both:
   * a day under the norm is under the flexed norm too.
   */
  private leastLoaded(o: BookLine, first: number, last: number): number {
    if (last >= this.known) this.ensure(last);
    const { uo, expected, working, norm, flexedNorm } = this;
    const need = o.uo;
    const planned = o.plannedLaunchDay - this.from;
    // An empty working day on the planned day itself is the best there is (no expected load is
    // below 0, no distance below 0): the scan would choose it.
    if (planned >= first && planned <= last && working[planned] && uo[planned] === 0) return planned;
    let best = -1;
    let bestLoad = Infinity;
    let bestDistance = Infinity;
    let flexBest = -1;
    let flexLoad = Infinity;
    let flexDistance = Infinity;
    for (let i = first; i <= last; i++) {
      if (!working[i]) continue;
      const load = uo[i];
      if (load > 0 && load + need > flexedNorm) continue;
      const l = expected[i];
      const distance = i < planned ? planned - i : i - planned;
      if (!(load > 0 && load + need > norm)) {
        if (l < bestLoad || (l === bestLoad && distance < bestDistance)) {
          best = i;
          bestLoad = l;
          bestDistance = distance;
        }
      } else if (best < 0 && (l < flexLoad || (l === flexLoad && distance < flexDistance))) {
        flexBest = i;
        flexLoad = l;
        flexDistance = distance;
      }
    }
    return best >= 0 ? best : flexBest;
  }

  /** UO planned on days [from, to). */
  total(from: number, to: number): number {
    let t = 0;
    for (let d = from; d < to; d++) t += this.at(d);
    return t;
  }
}
