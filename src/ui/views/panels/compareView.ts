/**
 * Compare: the current strategy (A) and another (B) run to the end on the same scenario and
 * seed (same demand, same defects), every KPI side by side with its difference B − A. The runs
 * go in slices with a progress bar and a Cancel, so a ten-year comparison never freezes the page.
 */
import { KPIS_ONLY, Simulation } from '../../../simulation/simulation';
import { computeKpis } from '../../../metrics/kpis';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t, tl } from '../../i18n/i18n';
import { compareRows, formatValue, kpiSupport, type CompareRow } from '../../model/kpiRows';
import { unitOf, verdict } from '../../model/kpiWords';
import { leverValues } from '../../model/levers';
import { withLevers } from '../../model/runSpec';
import { LeverForm } from './leverForm';
import { SlicedRuns } from '../../model/slicedRuns';
import { tc } from '../../i18n/classroom';
import { num, percent } from '../../i18n/numbers';
import './compare.css';

/** Wall-clock milliseconds of simulation per slice before the page gets to draw again. */
const SLICE_MS = 40;
import { withTerms } from './glossaryLink';

/** The compare view. */
export class CompareView implements View {
  private readonly form = new LeverForm('cmp');
  private readonly run = el('button', { class: 'primary', 'data-testid': 'compare-run' });
  private readonly note = el('div', { class: 'legend-note' });
  private readonly result = el('div', { 'data-testid': 'compare-result' });
  private rows: CompareRow[] = [];
  private job = 0;
  private readonly status = el('span', { role: 'status', 'data-testid': 'compare-progress-text' });
  private readonly bar = el('progress', { max: '1', value: '0', 'data-testid': 'compare-progress-bar' });
  private readonly stop = el('button', { type: 'button', 'data-testid': 'compare-cancel' });
  private readonly progress = el('div', { class: 'cmp-progress', 'data-testid': 'compare-progress', hidden: '' }, this.status, this.bar, this.stop);

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.run.onclick = () => void this.compare();
    this.stop.onclick = () => this.cancel();
    host.append(el('h2', { 'data-i18n': 'compare.b' }), this.form.element, el('div', { class: 'actions' }, this.run, this.note), this.progress, this.result);
  }

  reset(): void {
    this.cancel();
    const sim = this.ctx.engine.sim;
    this.form.set(sim.scenario, leverValues(sim.scenario));
    this.rows = [];
    this.relabel();
  }

  /**
   * Runs A and B to the end in slices (the page draws between them) with a progress bar and a
   * Cancel; a new comparison, a new run or Cancel drops the one under way.
   */
  private async compare(): Promise<void> {
    const job = ++this.job;
    let runs: SlicedRuns;
    try {
      const spec = this.ctx.engine.spec;
      const b = withLevers(spec.scenario, this.form.values());
      // a comparison reads the KPIs only: no trace, running digest nor transcript (as sweeps)
      runs = new SlicedRuns([new Simulation(spec.scenario, { ...KPIS_ONLY, seed: spec.seed, journal: { interventions: spec.interventions } }), new Simulation(b, { ...KPIS_ONLY, seed: spec.seed })]);
    } catch (e) {
      this.ctx.notify((e as Error).message, 'error');
      return;
    }
    this.note.textContent = t('compare.running');
    this.progress.hidden = false;
    this.showProgress(runs);
    try {
      while (!runs.advance(SLICE_MS, () => performance.now())) {
        this.showProgress(runs);
        await new Promise((r) => setTimeout(r, 0));
        if (job !== this.job) return; // cancelled, or another comparison started
      }
    } catch (e) {
      this.progress.hidden = true;
      this.note.textContent = '';
      this.ctx.notify((e as Error).message, 'error');
      return;
    }
    this.progress.hidden = true;
    const [a, b] = runs.sims.map((sim) => ({ kpis: computeKpis(sim), support: kpiSupport(sim.state, sim.scenario.warmupDays) }));
    this.rows = compareRows(a.kpis, b.kpis, a.support, b.support);
    this.note.textContent = t('compare.hint');
    this.draw();
  }

  private showProgress(runs: SlicedRuns): void {
    const lang = language();
    const text = tc('cmp.progress', { day: num(runs.day, lang), days: num(runs.lastDay, lang), done: percent(runs.done, lang) });
    this.bar.value = runs.done;
    this.bar.setAttribute('aria-label', text);
    this.status.textContent = text;
  }

  /** Drops the comparison under way, if any. */
  private cancel(): void {
    if (this.progress.hidden) return;
    this.job++;
    this.progress.hidden = true;
    this.note.textContent = tc('cmp.cancelled');
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
    this.stop.textContent = tc('cmp.cancel');
    this.form.render();
    this.draw();
  }
}
