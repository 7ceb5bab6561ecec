/**
 * The simulation's state as plain data: orders, lots, stations, stocks, counters and the
 * daily series. Everything here serialises with JSON.stringify and back, so a snapshot is a
 * copy of this object (plus the random streams and the agents' machine snapshots).
 */
import type { ClientKind } from '../scenario/schema';

export type OrderStatus = 'received' | 'booked' | 'launched' | 'delivered' | 'cancelled';

/** A manufacturing order: the client's request and the producer's commitments on it. */
export interface Order {
  id: number;
  client: string;
  kind: ClientKind;
  product: string;
  family: string;
  urgent: boolean;
  /** Parts currently requested (after accepted changes). */
  quantity: number;
  firstQuantity: number;
  /** UO per part of the product. */
  uoPerUnit: number;
  receivedAt: number;
  /** Day index of the first promise and of the current one (delivery due by that day's end). */
  firstPromisedDay: number;
  promisedDay: number;
  /** Day the lanceur plans to launch: promised day less the planned lead. */
  plannedLaunchDay: number;
  reviewed: boolean;
  advanced: boolean;
  postponed: boolean;
  dateMoves: number;
  status: OrderStatus;
  launchedAt: number | null;
  /** Parts launched over every lot of the order (complements included). */
  launched: number;
  /** Parts in the first launch, and the quantity ordered at that moment. */
  firstLaunched: number;
  firstLaunchRequested: number;
  good: number;
  offSpec: number;
  scrap: number;
  /** Parts delivered to the client: conforming and off-spec under derogation. */
  delivered: number;
  deliveredOffSpec: number;
  /** Good parts beyond the order, to over-production (or to the family stock). */
  surplus: number;
  /** Whether control ever left the order short of good parts (counted once, complements included). */
  wentShort: boolean;
  /** Parts served from the supplier-held stock. */
  fromStock: number;
  deliveredAt: number | null;
  lotsOpen: number;
  /** Last plan version that touched this order. */
  version: number;
  /** A replenishment of the supplier-held stock (no client; its good parts go to stock). */
  replenishment: boolean;
}

/** A lot in the workshop: part of one order, moving along the product's routing. */
export interface Lot {
  id: number;
  order: number;
  quantity: number;
  /** UO of the lot at each station: quantity × uoPerUnit. */
  uo: number;
  step: number;
  /** 0 urgent, 1 normal: lower goes first in station queues. */
  priority: number;
  complement: boolean;
  queuedAt: number;
}

/** One station of the workshop. */
export interface StationState {
  id: string;
  uoPerHour: number;
  /** Lot ids waiting, in the order the station takes them: priority, arrival time, lot id. */
  queue: number[];
  current: number | null;
  /** When the current lot's processing ends (while up). */
  doneAt: number;
  /** Working hours left on the current lot when the station went down. */
  remainingHours: number;
  /** Invalidates a scheduled `station.done` after a breakdown. */
  token: number;
  down: boolean;
  busyHours: number;
  busySince: number;
  downHours: number;
  downSince: number;
  breakdowns: number;
}

/**
 * A client's record with the producer. Its trust is not here: the client machine owns it
 * (read it with `clientTrust`, agents/trust.ts).
 */
export interface ClientState {
  id: string;
  kind: ClientKind;
  lost: boolean;
  lostAt: number | null;
  /** Orders the client placed with a competitor once lost: when, and how many parts. */
  lostDemand: { time: number; units: number }[];
  escalations: number;
  orders: number;
}

/** A client's assembly line (case B): consumes parts from its own buffer each working day. */
export interface LineState {
  client: string;
  product: string;
  perDay: number;
  buffer: number;
  stopped: boolean;
  stoppedSince: number;
  stoppages: { start: number; end: number | null; missing: number }[];
}

/** One disruption as it happened, and what it cost. Times in hours. */
export interface DisruptionRecord {
  what: 'transport' | 'weather' | 'breakdown';
  station: string | null;
  start: number;
  end: number;
  /** Shipments held at the supplier's dock while it lasted. */
  shipmentsHeld: number;
}

/** Counters read by the metrics. */
export interface Counters {
  changeAsked: number;
  changeAccepted: number;
  changeCountered: number;
  changeRefused: number;
  changeAfterCutoffAccepted: number;
  changeAfterCutoffRefused: number;
  derogationOffered: number;
  derogationAccepted: number;
  derogationRefused: number;
  urgentUO: number;
  producedUO: number;
  complementLots: number;
  /** Client orders delivered, and of those late against the last and the first promise. */
  delivered: number;
  deliveredLate: number;
  deliveredLateVsFirst: number;
  /** Over-production parts scrapped when their shelf time ran out. */
  surplusScrapped: number;
  disruptions: number;
}

/** Values sampled at the start of each day, index = day. */
export interface DailySeries {
  wipOrders: number[];
  wipUO: number[];
  bookUO: number[];
  producedUO: number[];
  delivered: number[];
  late: number[];
  /** Orders delivered by day (cumulative) that are late against their first promise. */
  lateVsFirst: number[];
  reserveHeld: number[];
  stockUnits: number[];
  trust: Record<string, number[]>;
}

/** The whole mutable state of a run. */
export interface SimState {
  nextOrderId: number;
  nextLotId: number;
  orders: Order[];
  /** Ids of orders not yet delivered (nor cancelled), oldest first; pruned each day. */
  openOrders: number[];
  lots: Record<number, Lot>;
  stations: StationState[];
  clients: ClientState[];
  /** Good parts on hand per product (over-production or supplier-held stock). */
  stock: Record<string, number>;
  /** The stock on hand at the start of the run, by product. */
  openingStock: Record<string, number>;
  /** Client lines by client id (case B; empty when no client has a line). */
  lines: Record<string, LineState>;
  /** Shipments wait at the dock until then (a transport or weather disruption). */
  transportBlockedUntil: number;
  disruptionLog: DisruptionRecord[];
  counters: Counters;
  /** The counters as they stood at the start of the measured window (null until then). */
  countersAtWarmup: Counters | null;
  /** Over-production kept on the shelf, oldest first: parts of a product and when they are scrapped (hours). */
  surplusShelf: { product: string; parts: number; until: number }[];
  series: DailySeries;
  /** The lanceur's reserve actually held, one value per review (fraction of horizon capacity). */
  reserveSamples: number[];
  /** Day of each reserve sample. */
  reserveDays: number[];
  /** Cumulative station busy hours at the start of each day, by station index. */
  busyHours: number[][];
  /** UO the commercial has booked since the current week began (reset each Monday). */
  bookedThisWeekUO: number;
}

/** A fresh counters record, all zero. */
export function emptyCounters(): Counters {
  return {
    changeAsked: 0,
    changeAccepted: 0,
    changeCountered: 0,
    changeRefused: 0,
    changeAfterCutoffAccepted: 0,
    changeAfterCutoffRefused: 0,
    derogationOffered: 0,
    derogationAccepted: 0,
    derogationRefused: 0,
    urgentUO: 0,
    producedUO: 0,
    complementLots: 0,
    delivered: 0,
    deliveredLate: 0,
    deliveredLateVsFirst: 0,
    surplusScrapped: 0,
    disruptions: 0,
  };
}
