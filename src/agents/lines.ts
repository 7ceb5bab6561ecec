/**
 * Client assembly lines (case B). A client with a line consumes its line product each
 * working day from its own buffer, fed by deliveries. When the buffer cannot cover the day,
 * the line stops (a stoppage with start, end and missing parts) until a day's consumption is
 * on hand again. The client calls off parts to keep its buffer plus what it consumes while
 * an order is under way: these call-offs are its orders for the line product. A line left
 * with less than half a day calls on the supplier-held stock, if there is one.
 */
import type { Model } from './model';
import { receiveOrder } from './demand';
import { affectTrust } from './trust';
import { expediteFromStock } from './stock';
import { own, setOwn } from '../core/keyed';

/** Hour of the day when lines start, consume and call off. */
const LINE_HOUR = 6;

/**
 * Creates each line and schedules its first daily check. The opening buffer also covers the
 * call-off cycle, standing for the deliveries already under way when the run starts.
 */
export function openLines(m: Model): void {
  m.scenario.clients.forEach((c, i) => {
    if (!c.line) return;
    setOwn(m.state.lines, c.id, {
      client: c.id,
      product: c.line.product,
      perDay: c.line.consumptionPerDay,
      buffer: Math.round(c.line.consumptionPerDay * (c.line.bufferDays + m.calendar.workingDaysBetween(0, m.scenario.commercial.cycleDays[c.kind]))),
      stopped: false,
      stoppedSince: 0,
      stoppages: [],
    });
    m.schedule({ type: 'line.check', time: LINE_HOUR, client: i });
  });
}

/** Parts of the line product the client has ordered and not yet received. */
function onOrder(m: Model, client: string, product: string): number {
  let n = 0;
  for (const id of m.state.openOrders) {
    const o = m.state.orders[id];
    if (o.client === client && o.product === product && o.status !== 'delivered' && o.status !== 'cancelled') n += o.quantity;
  }
  return n;
}

/** Parts delivered to a line client go into its buffer. */
export function feedLine(m: Model, client: string, product: string, quantity: number): void {
  const line = own(m.state.lines, client);
  if (line && line.product === product) line.buffer += quantity;
}

/** The daily check: consume, stop or restart, call off; then the next check. */
export function onLineCheck(m: Model, clientIndex: number): void {
  const spec = m.scenario.clients[clientIndex];
  const line = own(m.state.lines, spec.id)!;
  const day = Math.floor(m.now / 24);
  if (m.state.clients[clientIndex].lost) {
    closeLine(m, spec.id);
    return;
  }
  m.schedule({ type: 'line.check', time: (day + 1) * 24 + LINE_HOUR, client: clientIndex });
  if (!m.calendar.isWorkingDay(day)) return;
  const need = line.perDay;
  if (line.buffer >= need) {
    line.buffer -= need;
    if (line.stopped) {
      line.stopped = false;
      const s = line.stoppages[line.stoppages.length - 1];
      s.end = m.now;
      const hours = m.calendar.workingHoursBetween(s.start, s.end);
      m.trace('line.restarted', spec.id, null, { hours });
      m.say('line.restarted', spec.id, null, { client: spec.id, hours });
    }
  } else {
    const missing = need - line.buffer;
    const runFor = (line.buffer / need) * m.calendar.hoursPerDay;
    line.buffer = 0;
    if (!line.stopped) {
      line.stopped = true;
      line.stoppedSince = m.calendar.addWorkingHours(m.now, runFor);
      line.stoppages.push({ start: line.stoppedSince, end: null, missing: 0 });
      m.trace('line.stopped', spec.id, null, { missing });
      m.say('line.stopped', spec.id, null, { client: spec.id, missing: Math.round(missing) });
      affectTrust(m, clientIndex, 'lineStopped');
    }
    line.stoppages[line.stoppages.length - 1].missing += missing;
  }
  if (line.buffer < need / 2) expediteFromStock(m, spec.id, line.product);
  callOff(m, clientIndex);
}

/** Orders what brings the buffer plus parts on order back to its own cover plus the working days of the call-off cycle. */
function callOff(m: Model, clientIndex: number): void {
  const spec = m.scenario.clients[clientIndex];
  const line = own(m.state.lines, spec.id)!;
  const today = Math.floor(m.now / 24);
  const horizon = spec.line!.bufferDays + m.calendar.workingDaysBetween(today + 1, today + 1 + m.scenario.commercial.cycleDays[spec.kind]);
  const missing = Math.round(line.perDay * horizon - line.buffer - onOrder(m, spec.id, line.product));
  if (missing > 0) receiveOrder(m, clientIndex, line.product, missing, false);
}

/** A lost client's line no longer waits on this supplier: its open stoppage ends now. */
function closeLine(m: Model, client: string): void {
  const line = own(m.state.lines, client)!;
  if (!line.stopped) return;
  line.stopped = false;
  line.stoppages[line.stoppages.length - 1].end = m.now;
}
