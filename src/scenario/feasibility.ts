/**
 * Checks that a schema-valid scenario can be simulated: references resolve, ids are unique,
 * every client can order something, every product can be made, capacity is not nil.
 * Returns the problems found (empty when feasible); never throws.
 */
import type { Scenario } from './schema';
import { showList, showValue, type ScenarioProblem } from './errors';
import { meanOf, type Distribution } from '../core/distributions';
import { ONE_MINUTE_HOURS, RANGES } from './ranges';

/** A problem when the mean of `law` is below `floor` (one minute, in the law's unit). */
function meanBelow(law: Distribution, floor: number, path: string, what: string, unit: string): ScenarioProblem[] {
  const m = meanOf(law);
  return m >= floor ? [] : [{ path, message: `expected a mean ${what} of at least one minute (${+floor.toPrecision(3)} ${unit}), got ${+m.toPrecision(3)}` }];
}

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
    if (sh.end - sh.start < ONE_MINUTE_HOURS) out.push({ path: `calendar.shifts[${i}]`, message: `a shift must end at least one minute after it starts, got ${sh.start}–${sh.end}` });
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
      out.push({ path: `clients[${i}].line.product`, message: `unknown product ${showValue(c.line.product)} (known: ${showList([...products])})` });
    }
  });
  s.stations.forEach((st, i) => {
    if (st.breakdowns) out.push(...meanBelow(st.breakdowns.mtbfHours, RANGES.meanHours.min, `stations[${i}].breakdowns.mtbfHours`, 'time between breakdowns', 'h'));
  });
  s.clients.forEach((c, i) => {
    out.push(...meanBelow(c.interArrivalHours, RANGES.meanHours.min, `clients[${i}].interArrivalHours`, 'time between orders', 'h'));
  });
  s.disruptions.forEach((d, i) => {
    if (d.kind === 'random') out.push(...meanBelow(d.interArrivalDays, RANGES.meanDays.min, `disruptions[${i}].interArrivalDays`, 'time between disruptions', 'days'));
  });
  s.stocks.forEach((st, i) => {
    if (!s.products.some((p) => p.family === st.family)) {
      out.push({ path: `stocks[${i}].family`, message: `no product of family ${showValue(st.family)}` });
    }
  });
  for (const [lang, text] of Object.entries(s.i18n ?? {})) {
    for (const st of Object.keys(text?.stations ?? {})) {
      if (!stations.has(st)) out.push({ path: `i18n.${lang}.stations.${st}`, message: `unknown station ${showValue(st)} (known: ${showList([...stations])})` });
    }
  }
  s.disruptions.forEach((d, i) => {
    if (d.kind === 'breakdown' && !stations.has(d.station)) {
      out.push({ path: `disruptions[${i}].station`, message: `unknown station ${showValue(d.station)}` });
    }
  });
  return out;
}
