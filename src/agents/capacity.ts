/** The workshop's capacity, derived once from the scenario. Pure. */
import type { Scenario } from '../scenario/schema';
import type { Calendar } from '../core/calendar';
import type { Capacity } from './model';
import { meanOf } from '../core/distributions';

/**
 * The workshop's capacity in UO of orders per working day: each station can take
 * uoPerHour × hours per day, but sees only the share of the order mix routed through it, so
 * the bottleneck is the station with the least uoPerHour / share. Shares come from the
 * scenario's expected demand (arrival rates × product weights × mean quantity × UO per part),
 * an order's quantity at least one part, as the run draws it: a law of mean 0 still orders parts,
 * so no station is taken to be idle and the capacity stays finite.
 */
export function capacityOf(s: Scenario, cal: Calendar): Capacity {
  const uoByProduct = new Map<string, number>();
  for (const c of s.clients) {
    const perHour = 1 / Math.max(1e-9, meanOf(c.interArrivalHours));
    const totalWeight = c.products.reduce((a, p) => a + p.weight, 0);
    for (const p of c.products) {
      const product = s.products.find((x) => x.id === p.product)!;
      const uo = perHour * (p.weight / totalWeight) * Math.max(1, meanOf(c.quantity)) * product.uoPerUnit;
      uoByProduct.set(p.product, (uoByProduct.get(p.product) ?? 0) + uo);
    }
  }
  const total = [...uoByProduct.values()].reduce((a, x) => a + x, 0) || 1;
  let bottleneck = 0;
  let best = Infinity;
  s.stations.forEach((st, i) => {
    const shareThrough = s.products.reduce((a, p) => a + (p.routing.includes(st.id) ? (uoByProduct.get(p.id) ?? 0) : 0), 0) / total;
    const cap = shareThrough > 0 ? st.uoPerHour / shareThrough : Infinity;
    if (cap < best) {
      best = cap;
      bottleneck = i;
    }
  });
  return { bottleneck, uoPerDay: best * cal.hoursPerDay };
}
