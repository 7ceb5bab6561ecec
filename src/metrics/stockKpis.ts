/**
 * Stock and client-line figures (case B): how much of each family's deliveries came from the
 * supplier-held stock, stock on hand and its holding cost, line stoppages. Reads only.
 */
import type { Simulation } from '../simulation/simulation';
import type { OrderTally } from './orderTally';
import { mean, round, share } from './stats';

/** The stock and line KPIs over the measured window (`deliveredByFamily`: the window's delivered orders, see orderTally.ts). */
export function stockAndLineKpis(sim: Simulation, deliveredByFamily: OrderTally['deliveredByFamily'], start: number, lastDay: number) {
  const familyShare = (family: string) => {
    const f = deliveredByFamily.get(family);
    return f ? round(share(f.fromStock, f.quantity)) : 0;
  };
  const stockDays = sim.state.series.stockUnits.slice(start, lastDay + 1);
  const costPerUnitDay = mean(sim.scenario.stocks.map((s) => s.holdingCostPerUnitDay));
  const stoppages = Object.values(sim.state.lines).flatMap((l) => l.stoppages.filter((x) => x.start >= start * 24));
  const endTime = sim.now;
  return {
    stockShareFirstFit: familyShare('firstFit'),
    stockShareSpareParts: familyShare('spareParts'),
    stockOnHandMean: round(mean(stockDays), 1),
    holdingCost: round(stockDays.reduce((a, x) => a + x, 0) * costPerUnitDay, 2),
    lineStoppages: stoppages.length,
    lineStoppageHours: round(stoppages.reduce((a, x) => a + sim.calendar.workingHoursBetween(x.start, x.end ?? endTime), 0), 1),
  };
}

/** One disruption and what it cost. Times in hours. */
export interface DisruptionCost {
  what: string;
  station: string | null;
  start: number;
  hours: number;
  shipmentsHeld: number;
  /** Working hours of line stoppages that began while it lasted or within three days after. */
  lineStoppageHours: number;
}

/** The disruptions that began in the measured window, with their cost, oldest first. */
export function disruptionCosts(sim: Simulation): DisruptionCost[] {
  const stoppages = Object.values(sim.state.lines).flatMap((l) => l.stoppages);
  const start = sim.scenario.warmupDays * 24;
  return sim.state.disruptionLog.filter((d) => d.start >= start).map((d) => ({
    what: d.what,
    station: d.station,
    start: d.start,
    hours: round(d.end - d.start, 1),
    shipmentsHeld: d.shipmentsHeld,
    lineStoppageHours: round(
      stoppages.filter((s) => s.start >= d.start && s.start <= d.end + 72).reduce((a, s) => a + sim.calendar.workingHoursBetween(s.start, s.end ?? sim.now), 0),
      1,
    ),
  }));
}
