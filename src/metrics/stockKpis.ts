/**
 * Stock and client-line figures (case B): how much of each family's deliveries came from the
 * supplier-held stock, stock on hand and its holding cost, line stoppages. Reads only.
 */
import type { Simulation } from '../core/simulation';
import type { Order } from '../core/state';
import { mean, round, share } from './stats';

/** The stock and line KPIs over the measured window. */
export function stockAndLineKpis(sim: Simulation, inWindow: Order[], start: number, lastDay: number) {
  const familyShare = (family: string) => {
    const os = inWindow.filter((o) => o.family === family && o.status === 'delivered');
    return round(share(os.reduce((a, o) => a + o.fromStock, 0), os.reduce((a, o) => a + o.quantity, 0)));
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
    lineStoppageHours: round(stoppages.reduce((a, x) => a + ((x.end ?? endTime) - x.start), 0), 1),
  };
}
