/**
 * Checks that a schema-valid scenario can be simulated: references resolve, ids are unique,
 * every client can order something, every product can be made, capacity is not nil.
 * Returns the problems found (empty when feasible); never throws.
 */
import type { Scenario } from './schema';
import { showList, showValue, type ScenarioProblem } from './errors';
import { meanOf } from '../core/distributions';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}

/** Every reason `s` cannot run, each with the path where it lies. */
export function feasibilityProblems(s: Scenario): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  for (const [what, list] of [['stations', s.stations], ['products', s.products], ['clients', s.clients]] as const) {
    for (const d of duplicates(list.map((x) => x.id))) out.push({ path: what, message: `id ${showValue(d)} is used twice` });
  }
  const stations = new Set(s.stations.map((x) => x.id));
  const products = new Set(s.products.map((x) => x.id));
  const hours = s.calendar.shifts.reduce((sum, sh) => sum + Math.max(0, sh.end - sh.start), 0);
  s.calendar.shifts.forEach((sh, i) => {
    if (sh.end <= sh.start) out.push({ path: `calendar.shifts[${i}]`, message: `a shift must end after it starts, got ${sh.start}–${sh.end}` });
  });
  if (s.calendar.workingDays.length === 0 || hours <= 0) {
    out.push({ path: 'calendar', message: 'no working time: the workshop has no capacity' });
  }
  s.products.forEach((p, i) => {
    p.routing.forEach((st, j) => {
      if (!stations.has(st)) out.push({ path: `products[${i}].routing[${j}]`, message: `unknown station ${showValue(st)} (known: ${showList([...stations])})` });
    });
  });
  s.clients.forEach((c, i) => {
    c.products.forEach((p, j) => {
      if (!products.has(p.product)) out.push({ path: `clients[${i}].products[${j}].product`, message: `unknown product ${showValue(p.product)} (known: ${showList([...products])})` });
    });
    if (c.line && !products.has(c.line.product)) {
      out.push({ path: `clients[${i}].line.product`, message: `unknown product ${showValue(c.line.product)}` });
    }
  });
  s.stations.forEach((st, i) => {
    if (st.breakdowns && meanOf(st.breakdowns.mtbfHours) <= 0) {
      out.push({ path: `stations[${i}].breakdowns.mtbfHours`, message: 'expected a positive mean time between breakdowns, got 0' });
    }
  });
  s.clients.forEach((c, i) => {
    if (meanOf(c.interArrivalHours) <= 0) {
      out.push({ path: `clients[${i}].interArrivalHours`, message: 'expected a positive mean time between orders, got 0 (orders would never stop arriving)' });
    }
  });
  s.stocks.forEach((st, i) => {
    if (!s.products.some((p) => p.family === st.family)) {
      out.push({ path: `stocks[${i}].family`, message: `no product of family ${showValue(st.family)}` });
    }
  });
  s.disruptions.forEach((d, i) => {
    if (d.kind === 'breakdown' && !stations.has(d.station)) {
      out.push({ path: `disruptions[${i}].station`, message: `unknown station ${showValue(d.station)}` });
    }
  });
  return out;
}
