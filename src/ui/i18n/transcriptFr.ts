/**
 * Le journal en français : une phrase par type d'entrée, à partir de ses données, avec la
 * typographie française (espaces insécables, virgule décimale, guillemets). Pure, sans DOM.
 */
import type { ClientKind } from '../../scenario/schema';
import type { Terms } from '../../negotiation/proposal';
import type { OrderTerms } from '../../negotiation/transcript';
import { change, count, hours, mark, num } from './numbers';
import { joinList, leverName, leverValue, type IdWrap, type TranscriptRenderers } from './transcriptShared';

const KIND: Record<ClientKind, string> = { internal: 'interne', semiExternal: 'semi-externe', external: 'externe' };

const pieces = (n: number) => count(n, 'fr', 'pièce', 'pièces');
const h0 = (h: number) => hours(h, 'fr', 0);

/** Les termes d'une modification en groupe nominal, lus par rapport aux engagements d'avant. */
export function termsFr(t: Terms, before: OrderTerms, id: IdWrap = (x) => x): string {
  const out: string[] = [];
  if (t.quantity !== undefined) out.push(`${pieces(t.quantity)} au lieu de ${num(before.quantity, 'fr')} (${change(before.quantity, t.quantity, 'fr')})`);
  if (t.product !== undefined) out.push(`le produit ${id(t.product)} au lieu de ${id(before.product)}`);
  if (t.day !== undefined) out.push(`une livraison au jour ${t.day} au lieu du jour ${before.day}`);
  if (t.priority !== undefined) out.push(t.priority === 'urgent' ? 'le passage en urgence' : 'le retour en priorité normale');
  if (t.quality !== undefined) out.push(t.quality === 'derogation' ? 'une livraison en dérogation' : 'des pièces conformes');
  return joinList(out, 'fr');
}

/** Les phrases en français. */
export const transcriptFr: TranscriptRenderers = {
  'order.received': (p, id) => `le client ${id(p.client)} (${KIND[p.kind]}) commande ${num(p.quantity, 'fr')} × ${id(p.product)}${p.urgent ? ', en urgence' : ''}`,
  'order.promised': (p, id) =>
    `le commercial promet la livraison pour le jour ${p.day} (délai annoncé de ${count(p.cycle, 'fr', 'jour', 'jours')}, ${p.consulted ? 'après avoir consulté le lanceur' : 'sans consulter l’atelier'})`,
  'date.moved': (p, id) =>
    `le lanceur ${p.to < p.from ? 'avance' : 'retarde'} la date promise du jour ${p.from} au jour ${p.to} (${p.reason === 'freeCapacity' ? 'capacité disponible plus tôt' : 'charge au-delà de la norme'})${mark(';', 'fr')}le commercial prévient le client`,
  'order.launched': (p, id) => `le lanceur lance ${pieces(p.quantity)} pour ${num(p.requested, 'fr')} commandées${p.reserve ? ', sur la réserve de capacité' : ''}`,
  'order.delivered': (p, id) =>
    `la fabrication livre ${pieces(p.quantity)}${p.offSpec ? ` (dont ${num(p.offSpec, 'fr')} hors norme)` : ''}, ${p.late ? `avec ${count(p.days, 'fr', 'jour', 'jours')} de retard` : 'à l’heure'}`,
  'order.short': (p, id) => `le contrôle ne laisse que ${num(p.good, 'fr')} pièces bonnes pour ${num(p.needed, 'fr')} nécessaires`,
  'change.asked': (p, id) =>
    `le client ${id(p.client)} (${KIND[p.kind]}) demande ${termsFr(p.terms, p.before, id)}, ${p.hoursToLaunch >= 0 ? `lancement prévu dans ${h0(p.hoursToLaunch)}` : `alors que la commande est lancée depuis ${h0(-p.hoursToLaunch)}`}`,
  'change.refusedAfterCutoff': (p, id) =>
    `modification refusée d’office${mark(':', 'fr')}${p.hoursToLaunch >= 0 ? `il ne reste que ${h0(p.hoursToLaunch)} avant le lancement, moins que le délai limite de ${h0(p.cutoff)}` : 'la commande est déjà lancée'}`,
  'change.answered': (p, id) =>
    p.verdict === 'accept'
      ? 'le lanceur accepte la modification'
      : p.verdict === 'reject'
        ? 'le lanceur refuse la modification'
        : p.terms && Object.keys(p.terms).length
          ? `le lanceur contre-propose ${termsFr(p.terms, p.before, id)}`
          : 'le lanceur fait une contre-proposition',
  'counter.answered': (p, id) =>
    p.outcome === 'accepted'
      ? `le client ${id(p.client)} accepte la contre-proposition`
      : p.outcome === 'expired'
        ? `la contre-proposition expire sans réponse du client ${id(p.client)}`
        : p.cutoffPassed
          ? `le client ${id(p.client)} répond trop tard${mark(':', 'fr')}le délai limite est passé, la contre-proposition tombe`
          : `le client ${id(p.client)} refuse la contre-proposition`,
  'derogation.offered': (p, id) => `la fabrication propose ${num(p.quantity, 'fr')} pièces hors norme en dérogation (${p.visible ? 'défaut visible' : 'défaut qui ne se voit pas'})`,
  'derogation.answered': (p, id) => `le client ${id(p.client)} ${p.accept ? 'accepte' : 'refuse'} les pièces hors norme`,
  'client.lost': (p, id) => `le client ${id(p.client)} part chez un concurrent (confiance ${num(p.trust, 'fr', 2)})`,
  'client.escalated': (p, id) => `le client ${id(p.client)} remonte le problème à la hiérarchie (confiance ${num(p.trust, 'fr', 2)})`,
  'station.down': (p, id) => `panne au poste ${id(p.station)}`,
  'station.up': (p, id) => `le poste ${id(p.station)} repart après ${hours(p.hours, 'fr')} d’arrêt`,
  'disruption.start': (p, id) =>
    p.what === 'breakdown'
      ? `panne du poste ${id(p.station ?? '?')} pendant ${h0(p.hours)}`
      : p.what === 'weather'
        ? `intempéries${mark(':', 'fr')}l’usine et les routes sont à l’arrêt pendant ${h0(p.hours)}`
        : `arrêt des transports pendant ${h0(p.hours)}`,
  'line.stopped': (p, id) => `la chaîne du client ${id(p.client)} s’arrête${mark(':', 'fr')}il manque ${pieces(p.missing)}`,
  'line.restarted': (p, id) => `la chaîne du client ${id(p.client)} repart après ${hours(p.hours, 'fr')} d’arrêt`,
  'lever.set': (p, id) =>
    p.value === null ? `le formateur retire la valeur de ${leverName(p.path, 'fr', id)}` : `le formateur passe ${leverName(p.path, 'fr', id)} à ${leverValue(p.path, p.value, 'fr', id)}`,
};
