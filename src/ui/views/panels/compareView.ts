/**
 * Compare: the current strategy (A) and another (B) run to the end on the same scenario and
 * seed (same demand, same defects), every KPI side by side with its difference B − A.
 */
import { Simulation } from '../../../simulation/simulation';
import { computeKpis } from '../../../metrics/kpis';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t, tl } from '../../i18n/i18n';
import { compareRows, formatValue, kpiSupport, type CompareRow } from '../../model/kpiRows';
import { unitOf, verdict } from '../../model/kpiWords';
import { leverValues } from '../../model/levers';
import { withLevers } from '../../model/runSpec';
import { LeverForm } from './leverForm';
import { withTerms } from './glossaryLink';

/** The compare view. */
export class CompareView implements View {
  private readonly form = new LeverForm('cmp');
  private readonly run = el('button', { class: 'primary', 'data-testid': 'compare-run' });
  private readonly note = el('div', { class: 'legend-note' });
  private readonly result = el('div', { 'data-testid': 'compare-result' });
  private rows: CompareRow[] = [];

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.run.onclick = () => this.compare();
    host.append(el('h2', { 'data-i18n': 'compare.b' }), this.form.element, el('div', { class: 'actions' }, this.run, this.note), this.result);
  }

  reset(): void {
    const sim = this.ctx.engine.sim;
    this.form.set(sim.scenario, leverValues(sim.scenario));
    this.rows = [];
    this.relabel();
  }

  private compare(): void {
    this.note.textContent = t('compare.running');
    setTimeout(() => {
      try {
        const spec = this.ctx.engine.spec;
        const runOf = (scenario: typeof spec.scenario, interventions: typeof spec.interventions) => {
          const sim = new Simulation(scenario, { seed: spec.seed, journal: { interventions }, trace: false });
          sim.runToEnd();
          return { kpis: computeKpis(sim), support: kpiSupport(sim.state, scenario.warmupDays) };
        };
        const a = runOf(spec.scenario, spec.interventions);
        const b = runOf(withLevers(spec.scenario, this.form.values()), []);
        this.rows = compareRows(a.kpis, b.kpis, a.support, b.support);
        this.note.textContent = t('compare.hint');
        this.draw();
      } catch (e) {
        this.note.textContent = '';
        this.ctx.notify((e as Error).message, 'error');
      }
    }, 20);
  }

  /**
   * The rows with a trainee's name (raw keys only in the tooltip), values in each KPI's unit
   * (shares as percentages, as in the side panel), and the difference coloured by whether B is
   * better or worse on that figure (a shorter lead time is better), said in words too.
   */
  private draw(): void {
    if (!this.rows.length) return this.result.replaceChildren();
    const head = el('tr', {}, el('th', { scope: 'col' }, t('compare.kpi')), el('th', { scope: 'col', class: 'num' }, 'A'), el('th', { scope: 'col', class: 'num' }, 'B'), el('th', { scope: 'col', class: 'num' }, t('compare.diff')));
    const body = this.rows
      .filter((r) => tl(r.kpi) !== r.kpi)
      .map((r) => {
        const unit = unitOf(r.kpi);
        const v = verdict(r.kpi, r.a, r.b);
        const diff = !Number.isFinite(r.diff) ? '–' : r.diff === 0 ? '0' : (r.diff > 0 ? '+' : '') + formatValue(r.diff, unit, language());
        const word = v === null ? '' : ` (${t(v === 'better' ? 'compare.better' : 'compare.worse')})`;
        return el('tr', { 'data-kpi': r.kpi }, el('th', { scope: 'row', title: r.kpi }, ...withTerms(tl(r.kpi))), el('td', { class: 'num' }, formatValue(r.a, unit, language())), el('td', { class: 'num' }, formatValue(r.b, unit, language())), el('td', { class: `num ${v === 'better' ? 'pos' : v === 'worse' ? 'neg' : ''}`, 'data-verdict': v ?? '' }, diff + word));
      });
    this.result.replaceChildren(el('table', {}, head, ...body));
  }

  update(): void {}

  relabel(): void {
    this.run.textContent = t('compare.run');
    this.form.render();
    this.draw();
  }
}
