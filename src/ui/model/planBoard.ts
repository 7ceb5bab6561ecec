/**
 * The lanceur's board as data: each order of the day's book with what the lanceur does with it
 * today (launch, launch on the capacity reserve, hold) and the promised day it keeps or moves
 * to. Started from a plan (the automatic one, the suggestion) or from the book alone, read back
 * as a {@link DailyPlan} the desk accepts (only orders of the book, each launched at most once),
 * and measured: today's load against the norm and capacity, the reserve used, the overdue UO,
 * and the load the book puts on the next days. Pure, DOM-free.
 */
import { Calendar } from '../../core/calendar';
import { launchQuantity, type BookLine, type DailyPlan } from '../../agents/lanceurPlan';
import type { PlanView } from '../../agents/views/lanceur';

/** What the lanceur does with an order today. */
export type LaunchChoice = 'launch' | 'reserve' | 'hold';

/** One order on the board. `day` is the promised day it will have (its own unless moved). */
export interface BoardRow extends Omit<BookLine, 'reviewed'> {
  choice: LaunchChoice;
  day: number;
}

/**
 * The board of `view`, started from `plan` (its launches and moves), or with no plan from the
 * book alone: every order due for launch by today launched (urgent orders of important
 * clients on the reserve), no date moved. Rows in order of planned launch.
 */
export function boardOf(view: PlanView, plan: DailyPlan | null): BoardRow[] {
  const launches = new Map(plan?.launches.map((l) => [l.order, l]) ?? []);
  const moves = new Map(plan?.moves.map((m) => [m.order, m.to]) ?? []);
  const rows = view.book.map((l): BoardRow => {
    const launch = launches.get(l.id);
    const choice: LaunchChoice = plan ? (launch ? (launch.reserve ? 'reserve' : 'launch') : 'hold') : l.plannedLaunchDay <= view.today ? (l.urgent && l.important ? 'reserve' : 'launch') : 'hold';
    const { reviewed: _reviewed, ...line } = l;
    return { ...line, choice, day: moves.get(l.id) ?? l.promisedDay };
  });
  return rows.sort((a, b) => a.plannedLaunchDay - b.plannedLaunchDay || a.id - b.id);
}

/**
 * The board as the day's plan. A launch's quantity is the order's with the margin; a moved
 * date's reason is "free capacity" when sooner, "load above the norm" when later. Launches and
 * moves keep the order they have in `start` (the plan the board started from), the others
 * follow in board order: an unchanged board gives back `start` itself. `reserveHeld` is the
 * automatic plan's (holding or moving inside the horizon does not change it, and the reserve's
 * launches are outside the levelled load, as in the automatic plan).
 */
export function planOfBoard(rows: readonly BoardRow[], view: PlanView, reserveHeld: number, start: DailyPlan | null = null): DailyPlan {
  const rank = (list: readonly { order: number }[] | undefined) => {
    const at = new Map((list ?? []).map((x, i) => [x.order, i]));
    const of = (r: BoardRow) => at.get(r.id) ?? at.size;
    return (a: BoardRow, b: BoardRow) => of(a) - of(b);
  };
  const launchRank = rank(start?.launches);
  const moveRank = rank(start?.moves);
  const launches: DailyPlan['launches'] = [];
  const moves: DailyPlan['moves'] = [];
  let overdueUO = 0;
  for (const r of [...rows].sort(launchRank)) {
    if (r.choice !== 'hold') launches.push({ order: r.id, quantity: launchQuantity(r.quantity, view.quantityMargin), reserve: r.choice === 'reserve' });
    else if (r.plannedLaunchDay < view.today) overdueUO += r.uo;
  }
  for (const r of [...rows].sort(moveRank)) {
    if (r.day !== r.promisedDay) moves.push({ order: r.id, from: r.promisedDay, to: r.day, reason: r.day < r.promisedDay ? 'free capacity' : 'load above the norm' });
  }
  // the same launches as the start: its overdue figure, summed as it summed it
  const same = start !== null && start.launches.length === launches.length && launches.every((l, i) => start.launches[i].order === l.order && start.launches[i].reserve === l.reserve);
  return { launches, moves, reserveHeld, overdueUO: same ? start.overdueUO : overdueUO };
}

/** The board's consequences, in UO: today's and the next days' load, the reserve used, the overdue. */
export interface BoardLoad {
  /** Normal load launched today plus the launched work still waiting beyond a day's norm. */
  todayUO: number;
  reserveUO: number;
  overdueUO: number;
  normUOPerDay: number;
  capacityUOPerDay: number;
  /** Load the unlaunched book puts on each of the next `days` working days, by planned launch after moves. */
  next: { day: number; uo: number }[];
}

/** What the board does to the load: today against the norm and capacity, and the next `days` working days. */
export function boardLoad(rows: readonly BoardRow[], view: PlanView, days = 10): BoardLoad {
  let todayUO = view.wipExcessUO;
  let reserveUO = 0;
  let overdueUO = 0;
  const calendar = new Calendar(view.calendar);
  const next: BoardLoad['next'] = [];
  for (let d = view.today + 1; next.length < days && d < view.today + 10 * days; d++) if (calendar.isWorkingDay(d)) next.push({ day: d, uo: 0 });
  for (const r of rows) {
    if (r.choice === 'launch') todayUO += r.uo;
    else if (r.choice === 'reserve') reserveUO += r.uo;
    else {
      if (r.plannedLaunchDay < view.today) overdueUO += r.uo;
      // a held order due by today goes at the next review, a moved one when its new date says
      const launchDay = r.plannedLaunchDay + (r.day - r.promisedDay);
      const slot = next.find((n) => n.day >= launchDay);
      if (slot && (launchDay <= next[next.length - 1].day)) slot.uo += r.uo;
    }
  }
  return { todayUO, reserveUO, overdueUO, normUOPerDay: view.normUOPerDay, capacityUOPerDay: view.capacityUOPerDay, next };
}
