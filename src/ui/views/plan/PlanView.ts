/**
 * The plan as the shared artefact: the weekly load against capacity, norm and reserve band;
 * the orders over time (Gantt); the plan versions (who changed which commitment, from what
 * to what, why), newest first, so the top row is the last change up to the shown day. Filters
 * by client and by order; clicking an order or a version selects it
 * and a version jumps to its moment.
 */
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { t } from '../../i18n/i18n';
import { ganttOrders } from '../../model/plan';
import type { RecordFilter } from '../../model/history';
import { VirtualList } from '../virtualList';
import { Filters } from '../panels/filters';
import { renderVersion } from '../panels/orderPanel';
import { LoadChart } from './loadChart';
import { Gantt } from './gantt';

/** The plan view. */
export class PlanView implements View {
  private readonly filters: Filters;
  private readonly load: LoadChart;
  private readonly gantt: Gantt;
  private readonly versions: VirtualList;
  private readonly titles = { gantt: el('h2'), versions: el('h2'), legend: el('div', { class: 'legend-note' }) };
  private filter: RecordFilter = { agent: null, client: null, order: null };
  private rows: number[] = [];

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.filters = new Filters(false, (f) => {
      this.filter = f;
      this.update(true);
    });
    const chart = el('div', { class: 'load-chart', 'data-testid': 'load-chart' });
    this.load = new LoadChart(chart);
    this.gantt = new Gantt((o) => ctx.selectOrder(o));
    this.versions = new VirtualList(
      (row, i) => {
        const v = this.ctx.engine.sim.versions[this.rows[i]];
        if (!v) return;
        row.textContent = renderVersion(v, true);
        row.title = row.textContent; // the whole sentence on hover when the row is cut
      },
      (i) => {
        const v = this.ctx.engine.sim.versions[this.rows[i]];
        if (!v) return;
        this.ctx.selectOrder(v.order);
        this.ctx.seekTime(v.time);
      },
    );
    this.versions.element.style.flex = '1';
    this.versions.element.dataset.testid = 'versions-list';
    host.append(
      el('div', { class: 'plan-grid' }, this.filters.element, chart, el('div', { class: 'plan-lower' }, el('div', {}, this.titles.gantt, this.titles.legend, this.gantt.element), el('div', {}, this.titles.versions, this.versions.element))),
    );
  }

  reset(): void {
    this.filters.reset(this.ctx.engine.sim);
  }

  update(force: boolean): void {
    const e = this.ctx.engine;
    const sim = e.sim;
    this.load.update(sim, e.day);
    this.gantt.set(ganttOrders(sim.state, this.filter.client, this.filter.order), sim.days, e.day);
    const rows: number[] = [];
    for (let i = sim.versions.length - 1; i >= 0; i--) {
      const v = sim.versions[i];
      if ((this.filter.order === null || v.order === this.filter.order) && (this.filter.client === null || sim.state.orders[v.order]?.client === this.filter.client)) rows.push(i);
    }
    this.rows = rows;
    this.versions.setCountNewestFirst(rows.length);
    if (force) this.versions.draw();
  }

  relabel(): void {
    this.titles.gantt.textContent = t('plan.gantt');
    this.titles.versions.textContent = `${t('plan.versions')}`;
    this.titles.legend.textContent = t('plan.legend');
    this.load.relabel();
    this.gantt.relabel();
    this.filters.reset(this.ctx.engine.sim);
    this.update(true);
  }
}
