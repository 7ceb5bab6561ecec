/** The state a run starts from: plain data built from the scenario. Pure. */
import type { Scenario } from '../scenario/schema';
import { emptyCounters, type SimState } from './state';

/** A fresh state for `s`: no order yet, stations idle, clients at their initial trust. */
export function initialState(s: Scenario): SimState {
  return {
    nextOrderId: 0,
    nextLotId: 0,
    orders: [],
    openOrders: [],
    lots: {},
    stations: s.stations.map((st) => ({
      id: st.id,
      uoPerHour: st.uoPerHour,
      queue: [],
      current: null,
      doneAt: 0,
      remainingHours: 0,
      token: 0,
      down: false,
      busyHours: 0,
      busySince: 0,
      downHours: 0,
      downSince: 0,
      breakdowns: 0,
    })),
    clients: s.clients.map((c) => ({
      id: c.id,
      kind: c.kind,
      lost: false,
      lostAt: null,
      lostDemand: [],
      escalations: 0,
      orders: 0,
    })),
    stock: {},
    openingStock: {},
    lines: {},
    transportBlockedUntil: 0,
    disruptionLog: [],
    counters: emptyCounters(),
    countersAtWarmup: null,
    surplusShelf: [],
    series: { wipOrders: [], wipUO: [], bookUO: [], producedUO: [], delivered: [], late: [], lateVsFirst: [], reserveHeld: [], stockUnits: [], trust: Object.fromEntries(s.clients.map((c) => [c.id, []])) },
    reserveSamples: [],
    reserveDays: [],
    busyHours: [],
    bookedThisWeekUO: 0,
  };
}
