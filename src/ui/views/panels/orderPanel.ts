/**
 * The selected (or hovered) order: its client, quantities, first and current promise, launch
 * and delivery, then its whole history (transcript lines and plan versions) in the current
 * language. Clicking a history line jumps to that moment.
 */
import type { PlanVersion } from '../../../negotiation/planVersions';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { orderHistory } from '../../model/history';
import { formatWhen, renderEntry } from '../../i18n/transcript';
import { isolate } from '../../i18n/bidi';
import { seesOrdersOf, tells } from '../../model/screen';

const COMMITMENT: Record<'en' | 'fr', Record<PlanVersion['commitment'], string>> = {
  en: { order: 'the order', promisedDay: 'the promised date', quantity: 'the quantity', product: 'the product', quality: 'the quality', priority: 'the priority', cancelled: 'the cancellation' },
  fr: { order: 'la commande', promisedDay: 'la date promise', quantity: 'la quantité', product: 'le produit', quality: 'la qualité', priority: 'la priorité', cancelled: 'l’annulation' },
};

/**
 * A plan version as a sentence in the current language ("day 123 10:00: the lanceur moved the
 * promised date of order 0042 from day 200 to day 210 (load above the norm)"), without the
 * order number when `withOrder` is false (the order panel already names it).
 */
export function renderVersion(v: PlanVersion, withOrder = false): string {
  const fr = language() === 'fr';
  const when = formatWhen(v.time, language());
  const value = (x: number | string | null) => (x === null ? '–' : v.commitment === 'promisedDay' ? `${fr ? 'jour' : 'day'} ${x}` : isolate(String(x)));
  const what = COMMITMENT[fr ? 'fr' : 'en'][v.commitment];
  const order = withOrder ? (fr ? ` de la commande ${String(v.order).padStart(4, '0')}` : ` of order ${String(v.order).padStart(4, '0')}`) : '';
  const who = isolate(v.by);
  const change =
    v.from === null
      ? fr ? `${who} fixe ${what}${order} à ${value(v.to)}` : `${who} set ${what}${order} to ${value(v.to)}`
      : fr ? `${who} change ${what}${order} de ${value(v.from)} à ${value(v.to)}` : `${who} changed ${what}${order} from ${value(v.from)} to ${value(v.to)}`;
  return `${when}: ${change} (${isolate(v.reason)}; v${v.version})`;
}

/** The order panel. */
export class OrderPanel implements View {
  pinned: number | null = null;
  hovered: number | null = null;
  private shown: string = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly ctx: AppContext,
  ) {}

  update(force: boolean): void {
    const id = this.hovered ?? this.pinned;
    const sim = this.ctx.engine.sim;
    const screen = this.ctx.screen;
    const seen = id === null ? undefined : sim.state.orders[id];
    // a played role's screen shows only the orders it may see, and only the lines it is told
    const o = seen && seesOrdersOf(screen, seen.replenishment ? null : seen.client) ? seen : undefined;
    const key = `${id}|${sim.transcript.length}|${sim.versions.length}|${language()}|${screen.restricted}|${[...(screen.orders ?? [])].join()}`;
    if (!force && key === this.shown) return;
    this.shown = key;
    if (!o) {
      this.host.replaceChildren(el('h2', {}, t('order.title')), el('p', { class: 'legend-note' }, t('order.none')));
      return;
    }
    const day = (h: number | null) => (h === null ? '–' : String(Math.floor(h / 24)));
    const facts: [string, string][] = [
      [t('order.client'), `${isolate(o.client)} (${t(`kind.${o.kind}`)})${o.urgent ? ' · ' + t('legend.urgent') : ''}`],
      [t('order.status'), o.status],
      [t('order.quantity'), `${o.firstQuantity} → ${o.quantity} · ${t('order.launched')} ${o.launched}`],
      [t('order.first'), String(o.firstPromisedDay)],
      [t('order.promised'), String(o.promisedDay)],
      [t('order.launched'), day(o.launchedAt)],
      [t('order.delivered'), day(o.deliveredAt)],
    ];
    const history = el('div', { class: 'history', 'data-testid': 'order-history' });
    for (const item of orderHistory(o.id, sim.transcript, sim.versions)) {
      if (item.entry && !tells(screen, item.entry, () => o.client)) continue;
      const line = item.entry ? el('div', {}, renderEntry(item.entry, language(), isolate)) : el('div', { class: 'version' }, renderVersion(item.version));
      line.onclick = () => this.ctx.seekTime(item.time);
      history.append(line);
    }
    this.host.replaceChildren(
      el('h2', {}, `${t('order.title')} ${String(o.id).padStart(4, '0')}`),
      el('table', {}, ...facts.map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v)))),
      history,
    );
  }

  relabel(): void {
    this.update(true);
  }
}
