/**
 * What the lanceur sees when it decides: the order book (unlaunched orders, with the UO each
 * will launch), the load (capacity, norm, work in process at the bottleneck), the shop's
 * calendar, its own standing (levelling or catching up), and, for a change request, the
 * request with the terms the client asked. It does not see a client's line or buffer, nor its
 * trust. Builders read the model and never change it.
 */
import type { Model } from '../model';
import type { Order } from '../state';
import type { Terms } from '../../negotiation/proposal';
import type { CalendarSpec } from '../../core/calendar';
import type { Proposal } from '../../negotiation/proposal';
import { launchQuantity, dailyNorm, type BookLine, type ReviewView } from '../lanceurPlan';
import { meanOf } from '../../core/distributions';

export type { BookLine };

/** The lanceur's view at its daily review: the book and load, and the shop calendar. */
export interface PlanView extends ReviewView {
  /** The working calendar (the plan places orders on working days only). */
  calendar: CalendarSpec;
  /** UO per working day planned for normal orders (the capacity outside the reserve). */
  normUOPerDay: number;
}

/** The lanceur's view of a change request a client made through the commercial. */
export interface ChangeRequestView {
  /** Day index now. */
  today: number;
  request: {
    proposal: number;
    /** The client asking. */
    client: string;
    /** Whether the house reserves capacity for this client's urgent orders. */
    important: boolean;
    terms: Terms;
    /** Hour by which the request must be answered (the cut-off before launch). */
    deadline: number;
  };
  /** The order as booked. */
  order: { id: number; product: string; quantity: number; urgent: boolean; promisedDay: number; plannedLaunchDay: number };
  /** Hours until the order's planned launch, and the house's cut-off (no change after it). */
  hoursToLaunch: number;
  cutoffHours: number;
  /** The lanceur's own standing: more than a day's norm overdue at its last review. */
  catchingUp: boolean;
  /** UO per working day the bottleneck processes, and the part planned for normal orders. */
  capacityUOPerDay: number;
  normUOPerDay: number;
}

/** One order of the book, with the UO it will launch (margin included). */
export function bookLine(m: Model, o: Order, important: boolean): BookLine {
  return lineOf(o, m.scenario.lanceur.quantityMargin, important);
}

function lineOf(o: Order, margin: number, important: boolean): BookLine {
  return {
    id: o.id,
    plannedLaunchDay: o.plannedLaunchDay,
    promisedDay: o.promisedDay,
    uo: launchQuantity(o.quantity, margin) * o.uoPerUnit,
    quantity: o.quantity,
    urgent: o.urgent,
    important,
    reviewed: o.reviewed,
  };
}

/** UO launched but not yet past the bottleneck, beyond one day's norm. */
function wipExcessUO(m: Model): number {
  const bottleneck = m.state.stations[m.capacity.bottleneck].id;
  let uo = 0;
  for (const id of Object.keys(m.state.lots)) {
    const lot = m.state.lots[Number(id)];
    const routing = m.product(m.order(lot.order).product).routing;
    if (routing.indexOf(bottleneck) >= lot.step) uo += lot.uo;
  }
  return Math.max(0, uo - dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay));
}

/**
 * The lanceur's view of the book on day `today` (booked client orders not yet launched, oldest
 * first). A line is never changed once made: while its order is unchanged, the next day's book
 * holds the same line (the book is not made anew line by line every day), and a changed order
 * gets a new one, so a view kept from an earlier day still reads as it was. When a strategy of
 * one's own makes the plan, its lines are frozen: changing one (which a later day's book may hold)
 * throws. The last book is kept with what is derived from the scenario: a lever (margin, a
 * client's importance) drops it.
 */
export function planView(m: Model, today: number): PlanView {
  const { orders, openOrders } = m.state;
  const margin = m.scenario.lanceur.quantityMargin;
  const last = m.derived('lastBook', newLastBook);
  const { lines, uoPerUnit } = last;
  const book: BookLine[] = new Array(lines.length);
  // The UO per part of each line's order, into the spare of the two arrays (the other holds the last book's)
  const units = last.spareUnits;
  // Read by a strategy of one's own, a new line is frozen (freezing costs the built-in runs time)
  const own = m.strategies?.['lanceur.plan'] !== undefined;
  let n = 0;
  let j = 0;
  for (let i = 0; i < openOrders.length; i++) {
    const o = orders[openOrders[i]];
    if (o.status !== 'booked' || o.replenishment) continue;
    // Both books are in id order (open orders are kept oldest first): walk the last one alongside.
    while (j < lines.length && lines[j].id < o.id) j++;
    const kept = j < lines.length && lines[j].id === o.id && uoPerUnit[j] === o.uoPerUnit && shows(lines[j], o);
    if (kept) book[n] = lines[j];
    else {
      const line = lineOf(o, margin, importantByClient(m).get(o.client)!);
      book[n] = own ? Object.freeze(line) : line;
    }
    units[n++] = o.uoPerUnit;
  }
  book.length = n;
  units.length = n;
  // The book is the next day's last book as it is: nothing changes it (frozen too for a strategy of one's own).
  if (own) Object.freeze(book);
  last.lines = book;
  last.spareUnits = uoPerUnit;
  last.uoPerUnit = units;
  return {
    today,
    book,
    capacityUOPerDay: m.capacity.uoPerDay,
    wipExcessUO: wipExcessUO(m),
    quantityMargin: m.scenario.lanceur.quantityMargin,
    bookedShare: bookedShareProfile(m),
    calendar: m.scenario.calendar,
    normUOPerDay: dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay),
  };
}

/**
 * The lines of the last book made, in id order, with the UO per part of each line's order then
 * (two arrays used in turn, one for the last book and one to fill for the next).
 */
class LastBook {
  lines: BookLine[] = [];
  uoPerUnit: number[] = [];
  spareUnits: number[] = [];
}

/** Whether `line` still shows order `o` as it is now (the scenario unchanged since it was made, the UO per part too). */
function shows(line: BookLine, o: Order): boolean {
  return (
    line.plannedLaunchDay === o.plannedLaunchDay &&
    line.promisedDay === o.promisedDay &&
    line.quantity === o.quantity &&
    line.urgent === o.urgent &&
    line.reviewed === o.reviewed
  );
}

const newLastBook = (): LastBook => new LastBook();
const importantOf = (m: Model): Map<string, boolean> => new Map(m.scenario.clients.map((c) => [c.id, c.important]));

/** Whether the house reserves capacity for each client's urgent orders, by client id (derived from the scenario). */
function importantByClient(m: Model): Map<string, boolean> {
  return m.derived('importantByClient', importantOf);
}

/** What the handler of a change request knows beyond the model: the request and the launch. */
export interface ChangeRequestContext {
  proposal: Proposal;
  hoursToLaunch: number;
}

/** The lanceur's view of a change request. */
export function changeRequestView(m: Model, c: ChangeRequestContext): ChangeRequestView {
  const p = c.proposal;
  const order = m.order(p.order);
  return {
    today: Math.floor(m.now / 24),
    request: { proposal: p.id, client: p.from, important: m.scenario.clients[m.clientIndex(order.client)].important, terms: p.terms, deadline: p.deadline },
    order: { id: order.id, product: order.product, quantity: order.quantity, urgent: order.urgent, promisedDay: order.promisedDay, plannedLaunchDay: order.plannedLaunchDay },
    hoursToLaunch: c.hoursToLaunch,
    cutoffHours: m.scenario.changes.cutoffHours,
    catchingUp: m.actors.lanceur.getSnapshot().matches('catchingUp'),
    capacityUOPerDay: m.capacity.uoPerDay,
    normUOPerDay: dailyNorm(m.scenario.lanceur, m.capacity.uoPerDay),
  };
}

/**
 * The share of a future day's load already booked, k days ahead, from the cycle table and
 * the demand mix by client kind: orders of a kind are booked (cycle − planned lead) days
 * before their planned launch. Derived from the scenario (recomputed after a lever).
 */
export function bookedShareProfile(m: Model): number[] {
  return m.derived('bookedShareProfile', (d) => profileOf(d.scenario));
}

function profileOf(s: Model['scenario']): number[] {
  const weight: Record<string, number> = {};
  for (const c of s.clients) weight[c.kind] = (weight[c.kind] ?? 0) + 1 / Math.max(1e-9, meanOf(c.interArrivalHours)) * meanOf(c.quantity);
  const total = Object.values(weight).reduce((a, x) => a + x, 0) || 1;
  const horizon = Math.max(...Object.values(s.commercial.cycleDays)) + 1;
  const profile: number[] = [];
  for (let k = 0; k <= horizon; k++) {
    let known = 0;
    for (const [kind, w] of Object.entries(weight)) {
      if (k + s.lanceur.plannedLeadDays <= s.commercial.cycleDays[kind as keyof typeof s.commercial.cycleDays]) known += w / total;
    }
    profile.push(known);
  }
  return profile;
}
