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

/** The KPI panel. */
export class KpiPanel implements View {
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
    const table = el('table', {}, el('tr', {}, el('th', {}, ''), el('th', { class: 'num' }, t('kpi.simulated')), ...(hasObserved ? [el('th', { class: 'num' }, t('kpi.observed'))] : [])));
    for (const r of rows) {
      const tr = el('tr', { 'data-kpi': r.kpi }, el('td', {}, tl(r.kpi)), el('td', { class: 'num', 'data-testid': `kpi-${r.kpi}` }, formatValue(measured > 0 ? r.value : null, r.unit, language())));
      if (hasObserved) tr.append(el('td', { class: 'num obs' }, r.observed === null ? '' : formatValue(r.observed, r.unit, language())));
      table.append(tr);
    }
    // a "–" always says why: the warm-up, or no observation yet for that figure
    const why = measured === 0 ? `${t('kpi.why.warmup')} ${sim.scenario.warmupDays}).` : rows.some((r) => r.value === null) ? t('kpi.why.none') : '';
    this.host.replaceChildren(el('h2', {}, t('kpi.title')), table, ...(why ? [el('p', { class: 'legend-note', 'data-testid': 'kpi-why' }, why)] : []));
  }

  relabel(): void {
    this.update();
  }
}
