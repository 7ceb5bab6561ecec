/**
 * Disruptions (case B): transport stoppages hold shipments at the dock; weather holds them
 * and stops the plant; a breakdown stops one station. Scheduled ones come from the scenario's
 * dates, random ones from their laws on the `disruptions` stream. Each is logged with what it
 * cost: shipments held (the line stoppages it caused are attributed by the metrics).
 */
import type { Model } from './model';
import type { SimEvent } from './events';
import { sampleWithin } from '../core/distributions';
import { RANGES } from '../scenario/ranges';
import { stationDown, stationUp } from './workshop';

/** Schedules the scenario's scheduled disruptions and the first of each random law. */
export function scheduleDisruptions(m: Model): void {
  m.scenario.disruptions.forEach((d, index) => {
    if (d.kind === 'random') {
      m.schedule({ type: 'disruption.next', time: 0, index });
      return;
    }
    const station = d.kind === 'breakdown' ? m.stationIndex(d.station) : undefined;
    m.schedule({ type: 'disruption.start', time: d.startDay * 24, index, what: d.kind, hours: d.durationHours, station });
  });
}

/** Draws the next disruption of a random law. */
export function onNextDisruption(m: Model, index: number): void {
  const d = m.scenario.disruptions[index];
  if (d.kind !== 'random') return;
  const rng = m.rng.stream('disruptions');
  const time = m.now + sampleWithin(d.interArrivalDays, rng, RANGES.drawnDays.max) * 24;
  const hours = Math.max(1, sampleWithin(d.durationHours, rng, RANGES.hours.max));
  m.schedule({ type: 'disruption.start', time, index, what: d.event, hours });
  m.schedule({ type: 'disruption.next', time: time + hours, index });
}

/** A disruption begins: blocks transport, stops the plant or a station, until its end. */
export function onDisruptionStart(m: Model, e: Extract<SimEvent, { type: 'disruption.start' }>): void {
  const end = m.now + e.hours;
  m.state.counters.disruptions++;
  const station = e.station !== undefined ? m.state.stations[e.station].id : null;
  m.state.disruptionLog.push({ what: e.what, station, start: m.now, end, shipmentsHeld: 0 });
  if (e.what !== 'breakdown') m.state.transportBlockedUntil = Math.max(m.state.transportBlockedUntil, end);
  const stations = e.what === 'weather' ? m.state.stations.map((_, i) => i) : e.what === 'breakdown' && e.station !== undefined ? [e.station] : [];
  for (const si of stations) stationDown(m, si, e.hours);
  m.trace('disruption.start', 'world', null, { what: e.what, station, hours: e.hours });
  m.say('disruption.start', 'world', null, { what: e.what, station, hours: e.hours });
  m.schedule({ type: 'disruption.end', time: end, index: e.index, what: e.what, station: e.station });
}

/** A disruption ends: stations restart (shipments leave when the block has passed). */
export function onDisruptionEnd(m: Model, e: Extract<SimEvent, { type: 'disruption.end' }>): void {
  const stations = e.what === 'weather' ? m.state.stations.map((_, i) => i) : e.what === 'breakdown' && e.station !== undefined ? [e.station] : [];
  for (const si of stations) stationUp(m, si, false);
  m.trace('disruption.end', 'world', null, { what: e.what });
}

/**
 * Holds a shipment that would arrive while transport is blocked: it leaves when the block
 * ends. Returns true when held (the arrival is rescheduled).
 */
export function holdShipment(m: Model, e: Extract<SimEvent, { type: 'delivery.arrive' }>): boolean {
  const until = m.state.transportBlockedUntil;
  if (m.now >= until) return false;
  const log = m.state.disruptionLog.filter((d) => d.what !== 'breakdown' && d.start <= m.now && d.end > m.now);
  for (const d of log) d.shipmentsHeld++;
  m.trace('delivery.held', 'world', e.order, { until });
  m.schedule({ type: 'delivery.arrive', time: until + m.scenario.fabrication.transportHours, order: e.order, quantity: e.quantity, offSpec: e.offSpec });
  return true;
}
