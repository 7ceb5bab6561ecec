/**
 * The workshop's text alternative: a table of every place (book, board, stations with their
 * queues and state, quality control, stock, deliveries, clients with kind, trust and state),
 * refreshed with the other panels. Screen readers always reach it; a button over the picture
 * shows it to everyone.
 */
import type { View } from '../../app/context';
import type { AppContext } from '../../app/context';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { bdi } from '../../i18n/bidi';
import { num, percent } from '../../i18n/numbers';
import { workshopRows, type WorkshopRow } from '../../model/workshopRows';
import { clientTrust } from '../../../agents/trust';

/** The workshop table view. */
export class WorkshopTable implements View {
  private readonly toggle = el('button', { class: 'ws-toggle', 'data-testid': 'workshop-table-toggle', 'aria-expanded': 'false', 'aria-controls': 'workshop-table' });
  private readonly box = el('div', { class: 'ws-table sr-only', id: 'workshop-table', 'data-testid': 'workshop-table' });
  private shown = false;
  private last = '';

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.toggle.onclick = () => {
      this.shown = !this.shown;
      this.box.classList.toggle('sr-only', !this.shown);
      this.toggle.setAttribute('aria-expanded', String(this.shown));
      this.relabel();
    };
    host.append(this.toggle, this.box);
    this.relabel();
  }

  private cells(r: WorkshopRow): (string | Node)[] {
    switch (r.place) {
      case 'book':
        return [t('node.book'), num(r.count, language()), ''];
      case 'board':
        return [t('node.board'), num(r.count, language()), ''];
      case 'shipping':
        return [t('node.shipping'), num(r.count, language()), ''];
      case 'station':
        return [bdi(r.name), num(r.queued + (r.busy ? 1 : 0), language()), r.down ? t('node.down') : t('ws.ok')];
      case 'control':
        return [t('node.control'), '', `${t('node.good')} ${num(r.good, language())} · ${t('node.offSpec')} ${num(r.offSpec, language())} · ${t('node.scrap')} ${num(r.scrap, language())}`];
      case 'stock':
        return [el('span', {}, `${t('node.stock')} · `, bdi(r.family)), `${num(r.units, language())} ${t('ws.units')}`, ''];
      case 'client':
        if (!this.ctx.screen.clientState?.has(r.id) && this.ctx.screen.clientState !== null) return [el('span', {}, `${t('ws.client')} `, bdi(r.id), ` (${t(`kind.${r.kind}`)})`), '', ''];
        return [el('span', {}, `${t('ws.client')} `, bdi(r.id), ` (${t(`kind.${r.kind}`)})`), '', [`${t('node.trust')} ${percent(r.trust, language())}`, r.lost ? t('ws.lost') : '', r.stopped ? t('ws.stopped') : ''].filter(Boolean).join(' · ')];
    }
  }

  update(): void {
    const e = this.ctx.engine;
    const rows = workshopRows(e.sim.state, e.sim.scenario, e.time, e.sim.scenario.clients.map((_, i) => clientTrust(e.sim, i)), e.sim.shipmentsInTransit(), language());
    const key = JSON.stringify(rows) + [...(this.ctx.screen.clientState ?? ['*'])].join();
    if (key === this.last) return;
    this.last = key;
    const table = el('table', {}, el('caption', {}, t('ws.table')), el('tr', {}, el('th', { scope: 'col' }, t('ws.place')), el('th', { scope: 'col', class: 'num' }, t('ws.count')), el('th', { scope: 'col' }, t('ws.state'))));
    for (const r of rows) {
      const [a, b, c] = this.cells(r);
      table.append(el('tr', { 'data-place': r.place }, el('th', { scope: 'row' }, a), el('td', { class: 'num' }, b), el('td', {}, c)));
    }
    this.box.replaceChildren(table);
  }

  relabel(): void {
    this.toggle.textContent = this.shown ? t('ws.hideTable') : t('ws.showTable');
    this.last = '';
    this.update();
  }
}
