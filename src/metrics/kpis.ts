/**
 * The run's key figures, read from the state and the records after (or during) a run.
 * Orders count when received in the measured window (after the warm-up); flows (UO
 * produced, busy hours) and every count (changes, derogations, complements, disruptions,
 * surplus scrapped, lost demand) count within the window. Shares are fractions. Never changes
 * the run.
 */
import type { Simulation } from '../simulation/simulation';
import type { Counters } from '../agents/state';
import { perClientKind, type ClientKind } from '../scenario/schema';
import { count, mean, round, share, summaryOf } from './stats';
import { tallyOrders } from './orderTally';
import { stockAndLineKpis, disruptionCosts, type DisruptionCost } from './stockKpis';

type Summary = { mean: number; p50: number; p90: number };

/** Every KPI of a run. Durations in days, flows per week, shares as fractions. */
export interface Kpis {
  ordersReceived: number;
  ordersDelivered: number;
  ordersOpen: number;
  internalShare: number;
  urgentShare: number;
  quotedCycleDays: Record<ClientKind, number> & { urgent: number };
  leadTimeDays: Record<'all' | ClientKind, Summary>;
  onTimeRate: number;
  onTimeRateVsFirstPromise: number;
  onTimeRateByKind: Record<ClientKind, number>;
  meanLatenessDays: number;
  dateChangedShare: number;
  dateAdvancedShare: number;
  datePostponedShare: number;
  launchedOverRequested: number;
  launchedOverRequestedWithComplements: number;
  complementLots: number;
  /** Client orders of the window that control left short at least once. */
  shortOrders: number;
  defectRate: number;
  offSpecRate: number;
  scrapRate: number;
  overProductionUnits: number;
  /** Over-production parts scrapped in the window when their shelf time ran out. */
  surplusScrappedUnits: number;
  /** Surplus parts on the shelf at the end (families without an imposed stock). */
  surplusOnShelfUnits: number;
  reserveShare: number;
  reserveUsedShare: number;
  throughputUOPerWeek: number;
  orderedUOPerWeek: number;
  capacityUOPerWeek: number;
  utilization: number;
  utilizationByStation: Record<string, number>;
  wipOrdersMean: number;
  wipUOMean: number;
  commercialWeeksOnTarget: number;
  planVersions: number;
  stockShareFirstFit: number;
  stockShareSpareParts: number;
  stockOnHandMean: number;
  holdingCost: number;
  lineStoppages: number;
  lineStoppageHours: number;
  changeRequests: { asked: number; accepted: number; countered: number; refused: number; afterCutoff: number; refusedAfterCutoff: number };
  derogations: { offered: number; accepted: number; refused: number; unitsDelivered: number };
  disruptions: number;
  disruptionCosts: DisruptionCost[];
  /** Trust averaged over clients and measured days; the lowest any client fell to. */
  trustMean: number;
  trustMin: number;
  clientsLost: number;
  /** Parts that clients lost to competitors ordered from them in the window (orders and line consumption). */
  lostDemandUnits: number;
  /** Lost demand over all the demand of the window (received plus lost). */
  lostDemandShare: number;
  escalations: number;
}

/** Counters over the measured window: as they are now, less what they were at its start (all zero before it). */
function windowCounters(now: Counters, atStart: Counters | null): Counters {
  const out = { ...now };
  for (const k of Object.keys(out) as (keyof Counters)[]) out[k] -= atStart ? atStart[k] : now[k];
  return out;
}

/** Demand of lost clients in the window: their orders placed elsewhere plus their lines' consumption once lost. */
function lostDemand(sim: Simulation, received: number, start: number, endDay: number): { lostDemandUnits: number; lostDemandShare: number } {
  let units = 0;
  sim.state.clients.forEach((cs, i) => {
    if (!cs.lost) return;
    for (const d of cs.lostDemand) if (d.time >= start * 24) units += d.units;
    const line = sim.scenario.clients[i].line;
    if (line) units += line.consumptionPerDay * sim.calendar.workingDaysBetween(Math.max(Math.ceil((cs.lostAt ?? 0) / 24), start), endDay);
  });
  return { lostDemandUnits: Math.round(units), lostDemandShare: round(share(units, units + received)) };
}

/** The KPIs of `sim` as of now. */
export function computeKpis(sim: Simulation): Kpis {
  const s = sim.scenario;
  const start = s.warmupDays;
  const endDay = Math.min(sim.day + (sim.now % 24 > 0 ? 1 : 0), sim.days);
  const lastDay = Math.max(start, Math.min(endDay, sim.state.series.producedUO.length - 1));
  const weeks = Math.max(1e-9, (lastDay - start) / 7);
  const t = tallyOrders(sim.state.orders, start * 24);
  const leadOf = (days: Float64Array): Summary => {
    const x = summaryOf(days);
    return { mean: round(x.mean, 2), p50: round(x.p50, 2), p90: round(x.p90, 2) };
  };
  // Summarising reorders the values: a kind whose lead times are all of them shares this summary.
  const leadAll = leadOf(t.leadDays);
  const rateOf = (part: number, whole: number) => round(share(part, whole));

  const series = sim.state.series;
  const produced = (series.producedUO[lastDay] ?? sim.state.counters.producedUO) - (series.producedUO[start] ?? 0);
  const busyEnd = sim.state.busyHours[lastDay] ?? sim.state.stations.map((x) => x.busyHours);
  const busyStart = sim.state.busyHours[start] ?? sim.state.stations.map(() => 0);
  const workHours = sim.calendar.workingHoursBetween(start * 24, lastDay * 24);
  const utilizationByStation = Object.fromEntries(sim.state.stations.map((st, i) => [st.id, round(share(busyEnd[i] - busyStart[i], workHours))]));
  const windowDays = (xs: number[]) => xs.slice(start, lastDay + 1);
  const reserve = sim.state.reserveSamples.filter((_, i) => sim.state.reserveDays[i] >= start);
  const capacityWeek = sim.capacity.uoPerDay * sim.calendar.hoursPerWeek / sim.calendar.hoursPerDay;
  const reserveCapacity = s.lanceur.capacityReserve.share * capacityWeek * weeks;
  const trustDays = Object.values(series.trust).map((xs) => windowDays(xs));
  const c = windowCounters(sim.state.counters, sim.state.countersAtWarmup);
  const caseB = stockAndLineKpis(sim, t.deliveredByFamily, start, lastDay);

  return {
    ordersReceived: t.orders,
    ordersDelivered: t.delivered,
    ordersOpen: t.orders - t.delivered,
    internalShare: rateOf(t.internal, t.orders),
    urgentShare: rateOf(t.urgent, t.orders),
    quotedCycleDays: {
      ...perClientKind((k) => round(share(t.normalCycleDaysOf[k], t.normalOf[k]), 2)),
      urgent: round(share(t.urgentCycleDays, t.urgent), 2),
    },
    leadTimeDays: { all: leadAll, ...perClientKind((k) => (t.leadDaysOf[k] === t.leadDays ? leadAll : leadOf(t.leadDaysOf[k]))) },
    onTimeRate: rateOf(t.onTime, t.delivered),
    onTimeRateVsFirstPromise: rateOf(t.onTimeVsFirstPromise, t.delivered),
    onTimeRateByKind: perClientKind((k) => rateOf(t.onTimeOf[k], t.deliveredOf[k])),
    meanLatenessDays: round(t.late ? t.daysLate / t.late : 0, 2),
    dateChangedShare: rateOf(t.dateChanged, t.reviewed),
    dateAdvancedShare: rateOf(t.advanced, t.reviewed),
    datePostponedShare: rateOf(t.postponed, t.reviewed),
    launchedOverRequested: t.firstLaunchRequested > 0 ? round(t.firstLaunched / t.firstLaunchRequested - 1) : 0,
    launchedOverRequestedWithComplements: t.launchedRequested > 0 ? round(t.launched / t.launchedRequested - 1) : 0,
    complementLots: c.complementLots,
    shortOrders: t.shortOrders,
    defectRate: rateOf(t.offSpec + t.scrap, t.controlled),
    offSpecRate: rateOf(t.offSpec, t.controlled),
    scrapRate: rateOf(t.scrap, t.controlled),
    overProductionUnits: t.surplus,
    surplusScrappedUnits: c.surplusScrapped,
    surplusOnShelfUnits: sim.state.surplusShelf.reduce((a, x) => a + x.parts, 0),
    reserveShare: round(mean(reserve)),
    // A reserve of less than a millionth of a UO over the window is none (a share of 5e-324 would divide into Infinity).
    reserveUsedShare: reserveCapacity >= 1e-6 ? round(c.urgentUO / reserveCapacity) : 0,
    throughputUOPerWeek: round(produced / weeks, 1),
    orderedUOPerWeek: round(t.orderedUO / weeks, 1),
    capacityUOPerWeek: round(capacityWeek, 1),
    utilization: utilizationByStation[sim.state.stations[sim.capacity.bottleneck].id],
    utilizationByStation,
    wipOrdersMean: round(mean(windowDays(series.wipOrders)), 2),
    wipUOMean: round(mean(windowDays(series.wipUO)), 1),
    commercialWeeksOnTarget: round(share(sim.actors.commercial.getSnapshot().context.weeksOnTarget, sim.actors.commercial.getSnapshot().context.weeks)),
    planVersions: count(sim.history.versions, (v) => v.time >= start * 24),
    ...caseB,
    changeRequests: {
      asked: c.changeAsked,
      accepted: c.changeAccepted,
      countered: c.changeCountered,
      refused: c.changeRefused,
      afterCutoff: c.changeAfterCutoffAccepted,
      refusedAfterCutoff: c.changeAfterCutoffRefused,
    },
    derogations: {
      offered: c.derogationOffered,
      accepted: c.derogationAccepted,
      refused: c.derogationRefused,
      unitsDelivered: t.deliveredOffSpec,
    },
    disruptions: c.disruptions,
    disruptionCosts: disruptionCosts(sim),
    trustMean: round(mean(trustDays.map(mean))),
    trustMin: round(Math.min(...trustDays.map((xs) => Math.min(...xs)))),
    clientsLost: sim.state.clients.filter((x) => x.lost).length,
    ...lostDemand(sim, t.orderedUnits, start, endDay),
    escalations: sim.state.clients.reduce((a, x) => a + x.escalations, 0),
  };
}
