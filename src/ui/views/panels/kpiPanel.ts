/**
 * The key-figures panel: the run's KPIs as of the displayed day, measured after the warm-up,
 * and for a calibrated scenario the paper's observed figure beside each simulated one; "–" for
 * a figure with no data yet (or none possible, like the quoted cycle of an absent client kind).
 */
import { computeKpis } from '../../../metrics/kpis';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t, tl } from '../../i18n/i18n';
import { formatValue, kpiRows, kpiSupport } from '../../model/kpiRows';
import { withTerms } from './glossaryLink';

/** The KPI panel. */
export class KpiPanel implements View {
  /** What the table's rows and labels are built for; while it holds, only the figures change (a focused term keeps its focus). */
  private built = '';
  private cells = new Map<string, [HTMLElement, HTMLElement | null]>();
  private why = el('p', { class: 'legend-note', 'data-testid': 'kpi-why' });

  constructor(
    private readonly host: HTMLElement,
    private readonly ctx: AppContext,
  ) {}

  update(): void {
    const e = this.ctx.engine;
    const sim = e.sim;
    const measured = Math.max(0, e.day + 1 - sim.scenario.warmupDays);
    const rows = kpiRows(computeKpis(sim), measured, sim.scenario.calibration, kpiSupport(sim.state, sim.scenario.warmupDays));
    const hasObserved = rows.some((r) => r.observed !== null);
    const lang = language();
    const shape = `${lang}|${hasObserved}|${rows.map((r) => r.kpi).join()}`;
    if (shape !== this.built) this.build(rows, hasObserved, shape);
    for (const r of rows) {
      const [value, observed] = this.cells.get(r.kpi)!;
      value.textContent = formatValue(measured > 0 ? r.value : null, r.unit, lang);
      if (observed) observed.textContent = r.observed === null ? '' : formatValue(r.observed, r.unit, lang);
    }
    // a "–" always says why: the warm-up, or no observation yet for that figure
    const why = measured === 0 ? `${t('kpi.why.warmup')} ${sim.scenario.warmupDays}).` : rows.some((r) => r.value === null) ? t('kpi.why.none') : '';
    this.why.textContent = why;
    this.why.hidden = !why;
  }

  /** The table's frame: one row per KPI, its name with glossary terms as buttons, empty figures. */
  private build(rows: ReturnType<typeof kpiRows>, hasObserved: boolean, shape: string): void {
    this.built = shape;
    this.cells.clear();
    const table = el('table', {}, el('tr', {}, el('th', {}, ''), el('th', { class: 'num' }, t('kpi.simulated')), ...(hasObserved ? [el('th', { class: 'num' }, t('kpi.observed'))] : [])));
    for (const r of rows) {
      const value = el('td', { class: 'num', 'data-testid': `kpi-${r.kpi}` });
      const observed = hasObserved ? el('td', { class: 'num obs' }) : null;
      table.append(el('tr', { 'data-kpi': r.kpi }, el('td', {}, ...withTerms(tl(r.kpi))), value, ...(observed ? [observed] : [])));
      this.cells.set(r.kpi, [value, observed]);
    }
    this.host.replaceChildren(el('h2', {}, t('kpi.title')), table, this.why);
  }

  relabel(): void {
    this.built = '';
    this.update();
  }
}
