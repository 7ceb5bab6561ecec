/**
 * Compare: the current strategy (A) and another (B) run to the end on the same scenario and
 * seed (same demand, same defects), every KPI side by side with its difference B − A.
 */
import { Simulation } from '../../../simulation/simulation';
import { computeKpis } from '../../../metrics/kpis';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { t, tl } from '../../i18n/i18n';
import { compareRows, kpiSupport, type CompareRow } from '../../model/kpiRows';
import { leverValues } from '../../model/levers';
import { withLevers } from '../../model/runSpec';
import { LeverForm } from './leverForm';

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

  private draw(): void {
    if (!this.rows.length) return this.result.replaceChildren();
    const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : +v.toFixed(3) + '') : '–');
    const head = el('tr', {}, el('th', {}, t('compare.kpi')), el('th', { class: 'num' }, 'A'), el('th', { class: 'num' }, 'B'), el('th', { class: 'num' }, t('compare.diff')));
    const body = this.rows.map((r) =>
      el('tr', {}, el('td', {}, `${tl(r.kpi)}${tl(r.kpi) === r.kpi ? '' : ` (${r.kpi})`}`), el('td', { class: 'num' }, fmt(r.a)), el('td', { class: 'num' }, fmt(r.b)), el('td', { class: `num ${r.diff > 0 ? 'pos' : r.diff < 0 ? 'neg' : ''}` }, r.diff === 0 ? '0' : (r.diff > 0 ? '+' : '') + fmt(r.diff))),
    );
    this.result.replaceChildren(el('table', {}, head, ...body));
  }

  update(): void {}

  relabel(): void {
    this.run.textContent = t('compare.run');
    this.form.render();
    this.draw();
  }
}
