/**
 * The transcript in English: one sentence per kind of entry, from its data. Pure, no DOM
 * (the command line may print it too).
 */
import type { ClientKind } from '../../scenario/schema';
import type { Terms } from '../../negotiation/proposal';
import type { OrderTerms } from '../../negotiation/transcript';
import { change, count, hours, num } from './numbers';
import { joinList, leverName, leverValue, type IdWrap, type TranscriptRenderers } from './transcriptShared';

const KIND: Record<ClientKind, string> = { internal: 'internal', semiExternal: 'semi-external', external: 'external' };

const parts = (n: number) => count(n, 'en', 'part', 'parts');

/** The terms of a change as a noun phrase, read against the order's commitments before it. */
export function termsEn(t: Terms, before: OrderTerms, id: IdWrap = (x) => x): string {
  const out: string[] = [];
  if (t.quantity !== undefined) out.push(`${parts(t.quantity)} instead of ${num(before.quantity, 'en')} (${change(before.quantity, t.quantity, 'en')})`);
  if (t.product !== undefined) out.push(`product ${id(t.product)} instead of ${id(before.product)}`);
  if (t.day !== undefined) out.push(`delivery on day ${t.day} instead of day ${before.day}`);
  if (t.priority !== undefined) out.push(`${t.priority} priority`);
  if (t.quality !== undefined) out.push(t.quality === 'derogation' ? 'a derogation' : 'conforming parts');
  return joinList(out, 'en');
}

/** The English sentences. */
export const transcriptEn: TranscriptRenderers = {
  'order.received': (p, id) => `client ${id(p.client)} (${KIND[p.kind]}) orders ${num(p.quantity, 'en')} × ${id(p.product)}${p.urgent ? ', urgent' : ''}`,
  'order.promised': (p, id) =>
    `the commercial promises delivery on day ${p.day} (quoted cycle ${count(p.cycle, 'en', 'day', 'days')}, ${p.consulted ? 'after asking the lanceur' : 'without asking the shop'})`,
  'date.moved': (p, id) =>
    `the lanceur ${p.to < p.from ? 'advances' : 'postpones'} the promised date from day ${p.from} to day ${p.to} (${p.reason === 'freeCapacity' ? 'capacity free earlier' : 'load above the norm'}); the commercial tells the client`,
  'order.launched': (p, id) => `the lanceur launches ${parts(p.quantity)} for ${num(p.requested, 'en')} ordered${p.reserve ? ', on the capacity reserve' : ''}`,
  'order.delivered': (p, id) =>
    `fabrication delivers ${parts(p.quantity)}${p.offSpec ? ` (${num(p.offSpec, 'en')} off-spec)` : ''}, ${p.late ? `${count(p.days, 'en', 'day', 'days')} late` : 'on time'}`,
  'order.short': (p, id) => `inspection leaves only ${num(p.good, 'en')} good parts for ${num(p.needed, 'en')} needed`,
  'change.asked': (p, id) =>
    `client ${id(p.client)} (${KIND[p.kind]}) asks for ${termsEn(p.terms, p.before, id)}, ${p.hoursToLaunch >= 0 ? `launch in ${hours(p.hoursToLaunch, 'en', 0)}` : `launched ${hours(-p.hoursToLaunch, 'en', 0)} ago`}`,
  'change.refusedAfterCutoff': (p, id) =>
    `change refused by rule: ${p.hoursToLaunch >= 0 ? `only ${hours(p.hoursToLaunch, 'en', 0)} before launch, less than the ${hours(p.cutoff, 'en', 0)} cut-off` : 'the order is already launched'}`,
  'change.answered': (p, id) =>
    p.verdict === 'accept'
      ? 'the lanceur accepts the change'
      : p.verdict === 'reject'
        ? 'the lanceur refuses the change'
        : p.terms && Object.keys(p.terms).length
          ? `the lanceur counters with ${termsEn(p.terms, p.before, id)}`
          : 'the lanceur makes a counter-offer',
  'counter.answered': (p, id) =>
    p.outcome === 'accepted'
      ? `client ${id(p.client)} accepts the counter-offer`
      : p.outcome === 'expired'
        ? `the counter-offer expires without an answer from client ${id(p.client)}`
        : p.cutoffPassed
          ? `client ${id(p.client)} answers too late: the cut-off has passed, the counter-offer lapses`
          : `client ${id(p.client)} refuses the counter-offer`,
  'derogation.offered': (p, id) => `fabrication offers ${num(p.quantity, 'en')} off-spec parts as a derogation (${p.visible ? 'visible defect' : 'defect out of sight'})`,
  'derogation.answered': (p, id) => `client ${id(p.client)} ${p.accept ? 'takes' : 'refuses'} the off-spec parts`,
  'client.lost': (p, id) => `client ${id(p.client)} goes to a competitor (trust ${num(p.trust, 'en', 2)})`,
  'client.escalated': (p, id) => `client ${id(p.client)} escalates to management (trust ${num(p.trust, 'en', 2)})`,
  'station.down': (p, id) => `station ${id(p.station)} breaks down`,
  'station.up': (p, id) => `station ${id(p.station)} is back after ${hours(p.hours, 'en')}`,
  'disruption.start': (p, id) =>
    p.what === 'breakdown'
      ? `breakdown of station ${id(p.station ?? '?')} for ${hours(p.hours, 'en', 0)}`
      : p.what === 'weather'
        ? `bad weather stops the plant and the roads for ${hours(p.hours, 'en', 0)}`
        : `transport stoppage for ${hours(p.hours, 'en', 0)}`,
  'line.stopped': (p, id) => `client ${id(p.client)}'s line stops, ${parts(p.missing)} missing`,
  'line.restarted': (p, id) => `client ${id(p.client)}'s line restarts after ${hours(p.hours, 'en')}`,
  'lever.set': (p, id) =>
    p.value === null ? `the trainer clears ${leverName(p.path, 'en', id)} (no value)` : `the trainer sets ${leverName(p.path, 'en', id)} to ${leverValue(p.path, p.value, 'en', id)}`,
};
