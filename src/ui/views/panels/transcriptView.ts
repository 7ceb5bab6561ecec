/**
 * The transcript: every negotiation and decision so far as a readable sentence in the
 * current language, filterable by agent, client and order; clicking a line jumps to that
 * moment and selects its order.
 */
import { agentName, renderEntry } from '../../i18n/transcript';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { filterEntries, type RecordFilter } from '../../model/history';
import { VirtualList } from '../virtualList';
import { Filters } from './filters';
import { bdi, isolate } from '../../i18n/bidi';
import { tells } from '../../model/screen';

/** The transcript view. */
export class TranscriptView implements View {
  private readonly filters: Filters;
  private readonly list: VirtualList;
  private readonly count = el('span', { class: 'legend-note', 'data-testid': 'transcript-count' });
  private readonly hint = el('span', { class: 'legend-note' });
  private indices: number[] = [];
  private filter: RecordFilter = { agent: null, client: null, order: null };
  private seen = -1;
  private screen: unknown = null;

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.filters = new Filters(true, (f) => {
      this.filter = f;
      this.update(true);
    });
    this.list = new VirtualList(
      (row, i) => {
        const e = this.ctx.engine.sim.transcript[this.indices[i]];
        if (!e) return;
        row.append(bdi(agentName(e.agent, language()), { class: 'who' }), renderEntry(e, language(), isolate));
      },
      (i) => {
        const e = this.ctx.engine.sim.transcript[this.indices[i]];
        if (!e) return;
        if (e.order !== null) this.ctx.selectOrder(e.order);
        this.ctx.seekTime(e.time);
      },
    );
    this.list.element.style.height = 'calc(100% - 40px)';
    this.list.element.dataset.testid = 'transcript-list';
    this.filters.element.append(this.count, this.hint);
    host.append(this.filters.element, this.list.element);
  }

  reset(): void {
    this.filters.reset(this.ctx.engine.sim);
    this.seen = -1;
  }

  update(force: boolean): void {
    const tr = this.ctx.engine.sim.transcript;
    const screen = this.ctx.screen;
    if (!force && tr.length === this.seen && screen === this.screen) return;
    this.seen = tr.length;
    this.screen = screen;
    // a played role's screen: only the lines it is told, and no pickers naming other clients
    this.filters.element.style.display = screen.restricted ? 'none' : '';
    const orders = this.ctx.engine.sim.state.orders;
    const clientOf = (id: number) => (orders[id] && !orders[id].replenishment ? orders[id].client : null);
    this.indices = filterEntries(tr, screen.restricted ? { agent: null, client: null, order: null } : this.filter).filter((i) => tells(screen, tr[i], clientOf));
    this.count.textContent = `${this.indices.length} ${t('tr.count')}`;
    this.list.setCount(this.indices.length, true);
  }

  relabel(): void {
    this.hint.textContent = t('tr.hint');
    this.filters.reset(this.ctx.engine.sim);
    this.update(true);
  }
}
