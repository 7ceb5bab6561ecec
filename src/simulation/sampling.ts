/**
 * The run's daily sampling: at the start of each day, the run records the series the charts
 * and KPIs read (WIP, book, output so far, reserve, stock, trust read from the client machines, station busy hours). Part
 * of the run, not of the metrics: the metrics only read what it recorded.
 */
import type { Model } from '../agents/model';
import { own } from '../core/keyed';
import { clientTrust } from '../agents/trust';

/** Appends day `day`'s values to every series. */
export function sampleDay(m: Model, day: number): void {
  const s = m.state.series;
  const st = m.state;
  let wipOrders = 0;
  let bookUO = 0;
  for (const id of st.openOrders) {
    const o = st.orders[id];
    if (o.replenishment) continue;
    if (o.status === 'launched') wipOrders++;
    else if (o.status === 'booked') bookUO += o.quantity * o.uoPerUnit;
  }
  const { delivered, deliveredLate: late, deliveredLateVsFirst: lateVsFirst } = st.counters;
  let wipUO = 0;
  // Object.keys, not for-in: the same ascending order (so the same sum), without for-in's slower walk.
  for (const id of Object.keys(st.lots)) wipUO += st.lots[Number(id)].uo;
  let stock = 0;
  for (const units of Object.values(st.stock)) stock += units;
  s.wipOrders[day] = wipOrders;
  s.wipUO[day] = wipUO;
  s.bookUO[day] = bookUO;
  s.producedUO[day] = m.state.counters.producedUO;
  s.delivered[day] = delivered;
  s.late[day] = late;
  s.lateVsFirst[day] = lateVsFirst;
  s.reserveHeld[day] = m.state.reserveSamples.length ? m.state.reserveSamples[m.state.reserveSamples.length - 1] : 1;
  s.stockUnits[day] = stock;
  for (let i = 0; i < st.clients.length; i++) own(s.trust, st.clients[i].id)![day] = clientTrust(m, i);
  m.state.busyHours[day] = m.state.stations.map((st) => st.busyHours + (st.current !== null && !st.down ? m.calendar.workingHoursBetween(st.busySince, m.now) : 0));
}
