/**
 * The transcript: every exchange and decision as a structured entry, rendered into a sentence
 * in English or French on demand (the simulation stores data, the views choose the language).
 */
import { formatTime } from '../core/calendar';

/** The kinds of line the transcript holds, each with its parameters. */
export interface TranscriptParams {
  'order.received': { client: string; kind: string; quantity: number; product: string; urgent: boolean };
  'order.promised': { cycle: number; day: number; consulted: boolean };
  'date.moved': { from: number; to: number; reason: string };
  'order.launched': { quantity: number; requested: number; reserve: boolean };
  'order.delivered': { quantity: number; late: boolean; days: number; offSpec: number };
  'order.short': { good: number; needed: number };
  'change.asked': { client: string; kind: string; change: string; hoursToLaunch: number };
  'change.refusedAfterCutoff': { hoursToLaunch: number; cutoff: number };
  'change.answered': { who: string; verdict: string; terms: string };
  'derogation.offered': { quantity: number; visible: boolean };
  'derogation.answered': { client: string; accept: boolean };
  'client.lost': { client: string; trust: number };
  'client.escalated': { client: string; trust: number };
  'station.down': { station: string };
  'station.up': { station: string; hours: number };
  'disruption.start': { what: string; hours: number };
  'line.stopped': { client: string; missing: number };
  'line.restarted': { client: string; hours: number };
  'lever.set': { path: string; value: string };
}

export type TranscriptKind = keyof TranscriptParams;

/** One line of the transcript. */
export interface TranscriptEntry<K extends TranscriptKind = TranscriptKind> {
  time: number;
  kind: K;
  agent: string;
  client: string | null;
  order: number | null;
  params: TranscriptParams[K];
}

export type Language = 'en' | 'fr';

type Renderers = { [K in TranscriptKind]: (p: TranscriptParams[K]) => string };

const en: Renderers = {
  'order.received': (p) => `client ${p.client} (${p.kind}) orders ${p.quantity} × ${p.product}${p.urgent ? ', urgent' : ''}`,
  'order.promised': (p) => `commercial promises day ${p.day} (${p.cycle} days${p.consulted ? ', after asking the lanceur' : ', without asking the shop'})`,
  'date.moved': (p) => `lanceur ${p.to < p.from ? 'advances' : 'postpones'} the date from day ${p.from} to day ${p.to} (${p.reason}); commercial tells the client`,
  'order.launched': (p) => `lanceur launches ${p.quantity} for ${p.requested} ordered${p.reserve ? ', on the reserve' : ''}`,
  'order.delivered': (p) => `fabrication delivers ${p.quantity}${p.offSpec ? ` (${p.offSpec} off-spec)` : ''}, ${p.late ? `${p.days} days late` : 'on time'}`,
  'order.short': (p) => `control leaves ${p.good} good parts for ${p.needed} needed`,
  'change.asked': (p) => `client ${p.client} (${p.kind}) asks ${p.change}, ${p.hoursToLaunch >= 0 ? `launch in ${Math.round(p.hoursToLaunch)} h` : `launched ${Math.round(-p.hoursToLaunch)} h ago`}`,
  'change.refusedAfterCutoff': (p) => `change refused by rule: ${p.hoursToLaunch >= 0 ? `${Math.round(p.hoursToLaunch)} h before launch` : 'already launched'}, cut-off ${p.cutoff} h`,
  'change.answered': (p) => `${p.who} ${p.verdict}${p.terms ? ' ' + p.terms : ''}`,
  'derogation.offered': (p) => `fabrication offers ${p.quantity} off-spec parts (defect ${p.visible ? 'visible' : 'out of sight'})`,
  'derogation.answered': (p) => `client ${p.client} ${p.accept ? 'takes' : 'refuses'} the off-spec parts`,
  'client.lost': (p) => `client ${p.client} goes to a competitor (trust ${p.trust.toFixed(2)})`,
  'client.escalated': (p) => `client ${p.client} escalates to the hierarchy (trust ${p.trust.toFixed(2)})`,
  'station.down': (p) => `station ${p.station} breaks down`,
  'station.up': (p) => `station ${p.station} back after ${p.hours.toFixed(1)} h`,
  'disruption.start': (p) => `${p.what} for ${Math.round(p.hours)} h`,
  'line.stopped': (p) => `client ${p.client}'s line stops, ${p.missing} parts missing`,
  'line.restarted': (p) => `client ${p.client}'s line restarts after ${p.hours.toFixed(1)} h`,
  'lever.set': (p) => `trainer sets ${p.path} to ${p.value}`,
};

const fr: Renderers = {
  'order.received': (p) => `le client ${p.client} (${kindFr(p.kind)}) commande ${p.quantity} × ${p.product}${p.urgent ? ', en urgence' : ''}`,
  'order.promised': (p) => `le commercial promet le jour ${p.day} (${p.cycle} jours${p.consulted ? ', après avoir consulté le lanceur' : ', sans consulter l’atelier'})`,
  'date.moved': (p) => `le lanceur ${p.to < p.from ? 'avance' : 'retarde'} la date du jour ${p.from} au jour ${p.to} (${p.reason}) ; le commercial prévient le client`,
  'order.launched': (p) => `le lanceur lance ${p.quantity} pour ${p.requested} commandées${p.reserve ? ', sur la réserve' : ''}`,
  'order.delivered': (p) => `la fabrication livre ${p.quantity}${p.offSpec ? ` (dont ${p.offSpec} hors norme)` : ''}, ${p.late ? `${p.days} jours de retard` : 'à l’heure'}`,
  'order.short': (p) => `le contrôle laisse ${p.good} pièces bonnes pour ${p.needed} nécessaires`,
  'change.asked': (p) => `le client ${p.client} (${kindFr(p.kind)}) demande ${p.change}, ${p.hoursToLaunch >= 0 ? `lancement dans ${Math.round(p.hoursToLaunch)} h` : `lancée il y a ${Math.round(-p.hoursToLaunch)} h`}`,
  'change.refusedAfterCutoff': (p) => `modification refusée par la règle : ${p.hoursToLaunch >= 0 ? `${Math.round(p.hoursToLaunch)} h avant le lancement` : 'déjà lancée'}, délai limite ${p.cutoff} h`,
  'change.answered': (p) => `${p.who} ${verdictFr(p.verdict)}${p.terms ? ' ' + p.terms : ''}`,
  'derogation.offered': (p) => `la fabrication propose ${p.quantity} pièces hors norme (défaut ${p.visible ? 'visible' : 'qui ne se voit pas'})`,
  'derogation.answered': (p) => `le client ${p.client} ${p.accept ? 'accepte' : 'refuse'} les pièces hors norme`,
  'client.lost': (p) => `le client ${p.client} part chez un concurrent (confiance ${p.trust.toFixed(2)})`,
  'client.escalated': (p) => `le client ${p.client} remonte à la hiérarchie (confiance ${p.trust.toFixed(2)})`,
  'station.down': (p) => `panne au poste ${p.station}`,
  'station.up': (p) => `le poste ${p.station} repart après ${p.hours.toFixed(1)} h`,
  'disruption.start': (p) => `${p.what} pendant ${Math.round(p.hours)} h`,
  'line.stopped': (p) => `la chaîne du client ${p.client} s’arrête, ${p.missing} pièces manquent`,
  'line.restarted': (p) => `la chaîne du client ${p.client} repart après ${p.hours.toFixed(1)} h`,
  'lever.set': (p) => `le formateur règle ${p.path} à ${p.value}`,
};

function kindFr(kind: string): string {
  return kind === 'internal' ? 'interne' : kind === 'semiExternal' ? 'semi-externe' : kind === 'external' ? 'externe' : kind;
}

function verdictFr(v: string): string {
  return v === 'accepts' ? 'accepte' : v === 'refuses' ? 'refuse' : v === 'counters' ? 'contre-propose' : v === 'lets it expire' ? 'laisse expirer' : v;
}

/** The entry as one sentence, prefixed with its time and order: `day 34 09:00 · order 123 · …`. */
export function renderEntry(e: TranscriptEntry, lang: Language = 'en'): string {
  const r = (lang === 'fr' ? fr : en)[e.kind] as (p: unknown) => string;
  const when = lang === 'fr' ? formatTime(e.time).replace('day', 'jour') : formatTime(e.time);
  const order = e.order === null ? '' : `${lang === 'fr' ? 'commande' : 'order'} ${String(e.order).padStart(4, '0')} · `;
  return `${when} · ${order}${r(e.params)}`;
}
