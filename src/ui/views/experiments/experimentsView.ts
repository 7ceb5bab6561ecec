/**
 * The Experiments tab: a small study from the current run (its scenario and levers) varying
 * one or two levers, run in web workers with progress and Cancel, its results as a box plot
 * and a table by level for a chosen figure, and the sweep command that gives the same design,
 * to copy. The study never touches the shown run.
 */
import type { Design } from '../../../experiments/design';
import { DesignError } from '../../../experiments/errors';
import type { SweepMeta } from '../../../experiments/meta';
import type { RunRecord } from '../../../experiments/records';
import { commandLine } from '../../../experiments/shellWords';
import { ScenarioError } from '../../../scenario/errors';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { tx } from '../../i18n/experiments';
import { language } from '../../i18n/i18n';
import { count } from '../../i18n/numbers';
import { leverValues } from '../../model/levers';
import { baseScenario } from '../../model/runSpec';
import { planStudy, scenarioFileOf, studyArgs, studyCommand, type StudyPlan, type StudySpec } from '../../model/study';
import { poolSize, StudyPool } from '../../experiments/studyPool';
import { StudyForm } from './studyForm';
import { StudyResults } from './studyResults';
import './experiments.css';

/** The tab's view. */
export class ExperimentsView implements View {
  private readonly form: StudyForm;
  private readonly results = new StudyResults();
  private readonly runButton = el('button', { class: 'primary', 'data-testid': 'x-run' });
  private readonly cancelButton = el('button', { 'data-testid': 'x-cancel', disabled: '' });
  private readonly bar = el('progress', { id: 'x-progress', 'data-testid': 'x-progress', max: '1', value: '0' });
  private readonly status = el('span', { 'data-testid': 'x-status', role: 'status' });
  private readonly problem = el('p', { class: 'x-problem', 'data-testid': 'x-problem', role: 'alert' });
  private readonly command = el('code', { id: 'x-command', 'data-testid': 'x-command' });
  private readonly copyButton = el('button', { 'data-testid': 'x-copy' });
  private readonly copyNote = el('span', { role: 'status', class: 'legend-note' });
  private readonly note = el('p', { class: 'legend-note', 'data-testid': 'x-note' });
  private pool: StudyPool | null = null;
  /** Whether the results changed while the tab was hidden. */
  private stale = true;
  private drawnWidth = 0;
  private shown: { design: Design; records: RunRecord[]; days: number; meta: SweepMeta } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.form = new StudyForm(() => leverValues(this.ctx.engine.sim.scenario), () => this.changed());
    this.form.figure.addEventListener('input', () => this.draw());
    this.runButton.onclick = () => void this.start();
    this.cancelButton.onclick = () => this.pool?.cancel();
    this.copyButton.onclick = () => void this.copy();
    const progress = el('div', { class: 'x-progress' }, el('label', { for: 'x-progress', 'data-x': 'x.progress' }), this.bar, this.status);
    const command = el('div', { class: 'x-command' }, el('h3', { 'data-x': 'x.command' }), el('pre', {}, this.command), el('div', { class: 'actions' }, this.copyButton, this.copyNote));
    // the plot follows the panel's width (a window resized, a drawer opened)
    new ResizeObserver(() => {
      if (!this.host.hidden && this.plotWidth() !== this.drawnWidth) this.draw();
    }).observe(host);
    host.append(el('h2', { 'data-x': 'x.title' }), el('p', { class: 'legend-note', 'data-x': 'x.intro' }), this.note, this.form.element, el('div', { class: 'actions' }, this.runButton, this.cancelButton), progress, this.problem, command, this.results.element);
  }

  /** The study does not follow the shown time: only a drawing left undone while the tab was hidden is done. */
  update(): void {
    if (this.stale) this.draw();
  }

  reset(): void {
    this.pool?.cancel();
    const s = this.ctx.engine.sim.scenario;
    this.form.reset(this.ctx.settings.seed, s.days);
    this.note.textContent = this.ctx.settings.interventions.length ? tx('x.interventions') : '';
    this.note.hidden = !this.ctx.settings.interventions.length;
    this.changed();
  }

  relabel(): void {
    this.host.querySelectorAll<HTMLElement>('[data-x]').forEach((e) => (e.textContent = tx(e.dataset.x as 'x.title')));
    this.form.relabel();
    this.runButton.textContent = tx('x.run');
    this.cancelButton.textContent = tx('x.cancel');
    this.copyButton.textContent = tx('x.copy');
    this.changed();
    this.draw();
  }


  /** The spec the form describes, or why not (in words). */
  private spec(): StudySpec | string {
    const r = this.form.read();
    if ('problem' in r) return r.problem;
    return { scenario: this.ctx.settings.scenario, levers: this.ctx.settings.levers, days: r.days, factors: r.factors, runs: r.runs, seedBase: r.seedBase };
  }

  /** The plan of the form, or why not (the scenario's or the design's own message). */
  private plan(spec: StudySpec): StudyPlan | string {
    try {
      return planStudy(baseScenario(this.ctx.settings), spec);
    } catch (e) {
      if (e instanceof DesignError || e instanceof ScenarioError) return e.message;
      throw e;
    }
  }

  private changed(): void {
    const spec = this.spec();
    const plan = typeof spec === 'string' ? spec : this.plan(spec);
    this.problem.textContent = typeof plan === 'string' ? plan : '';
    this.problem.hidden = typeof plan !== 'string';
    // one span a word, so a line breaks only between words (never inside --seeds), unless a word is too long to fit; the text is the command
    const words = typeof spec === 'string' || typeof plan === 'string' ? [] : studyCommand(spec).split(' ');
    this.command.replaceChildren(...words.flatMap((w, i) => [...(i ? [' '] : []), el('span', w.length <= 40 ? { class: 'x-word' } : {}, w)]));
    this.copyNote.textContent = '';
    this.runButton.disabled = typeof plan === 'string' || this.pool !== null;
  }

  private async start(): Promise<void> {
    const spec = this.spec();
    const plan = typeof spec === 'string' ? spec : this.plan(spec);
    if (typeof spec === 'string' || typeof plan === 'string') return;
    const records: RunRecord[] = [];
    const meta = studyMeta(spec, plan);
    this.shown = { design: plan.design, records, days: spec.days, meta };
    const total = plan.runs.length;
    const workers = poolSize(navigator.hardwareConcurrency, total);
    const progress = () => {
      this.bar.max = total;
      this.bar.value = records.length;
      const failed = records.filter((r) => !r.kpis).length;
      this.status.textContent = `${records.length} / ${total} ${tx('x.runsDone')} (${count(workers, language(), tx('x.worker'), tx('x.workers'))})${failed ? ` · ${failed} ${tx('x.failed')}` : ''}`;
    };
    this.pool = new StudyPool();
    this.form.enable(false);
    this.runButton.disabled = true;
    this.cancelButton.disabled = false;
    progress();
    this.draw();
    let last = 0;
    try {
      const end = await this.pool.run(
        plan.runs.map((r) => ({ spec: r, scenario: plan.scenarios[r.combination] })),
        plan.design.combinations,
        workers,
        (r) => {
          records.push(r);
          progress();
          const now = performance.now();
          if (now - last > 200 || records.length === total) {
            last = now;
            this.draw();
          }
        },
      );
      if (end === 'cancelled') meta.push(['incomplete', `${records.length} of ${total} runs (cancelled)`]);
      this.status.textContent += ` · ${tx(end === 'cancelled' ? 'x.cancelled' : 'x.finished')}`;
    } catch (e) {
      this.ctx.notify((e as Error).message, 'error');
    } finally {
      this.pool = null;
      this.form.enable(true);
      this.cancelButton.disabled = true;
      this.changed();
      this.draw();
    }
  }

  private draw(): void {
    this.stale = this.host.hidden;
    if (this.stale) return;
    const s = this.shown;
    const width = this.plotWidth();
    this.drawnWidth = width;
    this.results.draw(s?.design ?? null, s?.records ?? [], this.form.figure.value, s?.days ?? 1, s?.meta ?? [], width);
  }

  private plotWidth(): number {
    return Math.round(Math.max(280, Math.min(900, this.host.clientWidth - 24)));
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.command.textContent ?? '');
      this.copyNote.textContent = tx('x.copied');
    } catch {
      const range = document.createRange();
      range.selectNodeContents(this.command);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.copyNote.textContent = tx('x.copyFailed');
    }
  }
}

/** The CSV header of a study: as the sweep's, without what the browser cannot know (version, file hash). */
export function studyMeta(spec: StudySpec, plan: StudyPlan): SweepMeta {
  return [
    ['negoplan', 'browser'],
    ['scenario', scenarioFileOf(spec.scenario)],
    ['command', commandLine(studyArgs(spec))],
    ['design', 'full factorial'],
    ['parameters', plan.design.paths.join(' ')],
    ['combinations', String(plan.design.combinations.length)],
    ['repetitions', String(spec.runs)],
    ['runs', String(plan.runs.length)],
    ['seeds', `common random numbers from base ${spec.seedBase} (one seed a repetition, the same in every combination)`],
  ];
}
