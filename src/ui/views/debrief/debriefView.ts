/**
 * The debrief, one dialog reachable any time (the replay bar's Debrief button) and offered at
 * the end of a played run: the decision log, the played run beside the all-automatic run on
 * the same seed (key figures and charts), and what each decision changed, computed in a web
 * worker with progress and Cancel; Print (a print style sheet shows this dialog alone) and
 * Download CSV of the decisions. It reads the session of the run on screen, never changes it.
 */
import './debrief.css';
import type { Session } from '../../../session/session';
import { answeredAsSuggested } from '../../../session/rerun';
import type { AppContext } from '../../app/context';
import { el } from '../../app/shell';
import { td } from '../../i18n/debrief';
import { language } from '../../i18n/i18n';
import { num, percent } from '../../i18n/numbers';
import { decisionsCsv, figureRows, type Figures } from '../../model/debrief';
import type { DebriefMessage } from '../../model/debriefJob';
import { DebriefWorker } from '../../workers/debriefWorker';
import { simTime } from '../roleplay/decisionDialog';
import { DebriefCharts } from './debriefCharts';
import { figuresTable, logTable, messagesList, type Effect } from './debriefTables';
import { markedDecisions } from './replayBar';

/** The debrief dialog. */
export class DebriefView {
  readonly root = el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'db-title', class: 'debrief', 'data-testid': 'debrief', hidden: '' });
  private readonly worker = new DebriefWorker();
  private readonly charts = new DebriefCharts();
  private readonly title = el('h2', { id: 'db-title' });
  private readonly body = el('div', { class: 'db-body' });
  private readonly bar = el('progress', { max: '1', value: '0', 'data-testid': 'db-progress' });
  private readonly progressText = el('span', { role: 'status', 'data-testid': 'db-status' });
  private readonly cancelButton = el('button', { type: 'button', 'data-testid': 'db-cancel' });
  private readonly restartButton = el('button', { type: 'button', 'data-testid': 'db-restart' });
  private readonly horizon = el('select', { 'data-testid': 'db-horizon' });
  private session: Session | null = null;
  private hour = 0;
  private views = new Map<number, unknown>();
  private effects = new Map<number, Effect>();
  private base: { played: Figures; automatic: Figures } | null = null;
  private state: 'running' | 'done' | 'cancelled' | 'error' = 'done';
  private error = '';
  private done = 0;
  private opener: HTMLElement | null = null;

  constructor(
    host: HTMLElement,
    private readonly app: AppContext,
  ) {
    host.append(this.root);
    this.cancelButton.onclick = () => this.cancel();
    this.restartButton.onclick = () => this.compute();
    this.horizon.onchange = () => this.compute();
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      e.stopPropagation(); // the app's shortcuts do not act behind the dialog
    });
    // Esc closes it also when the focus was lost to the page (a button that hid itself)
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.isOpen && !this.root.contains(document.activeElement)) this.close();
    });
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Opens the debrief of the session on screen and starts computing. */
  open(): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.root.hidden = false;
    this.setInert(true);
    this.compute();
    this.root.querySelector<HTMLElement>('[data-testid=db-close]')?.focus();
  }

  /** Closes it (a computation still running is cancelled). */
  close(): void {
    this.worker.cancel();
    this.charts.clear();
    this.root.hidden = true;
    this.setInert(false);
    this.opener?.focus();
  }

  /** A modal dialog: the rest of the app cannot be reached while it is open. */
  private setInert(on: boolean): void {
    for (const c of this.root.parentElement?.children ?? []) if (c !== this.root && c instanceof HTMLElement) c.inert = on;
  }

  private compute(): void {
    const e = this.app.engine;
    this.session = e.recorder().toSession();
    this.hour = Math.min(this.horizon.value === 'now' ? e.time : e.endTime, e.endTime - 1e-9);
    this.views = new Map();
    this.base = null;
    this.charts.clear();
    this.effects = new Map(this.session.decisions.map((d) => [d.id, answeredAsSuggested(d) ? { state: 'same' } : { state: 'pending' }]));
    this.state = 'running';
    this.done = 0;
    this.render();
    this.worker.start({ session: this.session, hour: this.hour }, (m) => this.received(m));
  }

  private cancel(): void {
    this.worker.cancel();
    this.state = 'cancelled';
    this.renderProgress();
    this.restartButton.focus(); // Cancel is hidden now; focus stays in the dialog
  }

  private received(m: DebriefMessage): void {
    switch (m.type) {
      case 'progress':
        this.done = m.done;
        return this.renderProgress();
      case 'views':
        this.views = new Map(m.views);
        return this.render();
      case 'base':
        this.base = { played: m.played, automatic: m.automatic };
        this.render();
        return this.charts.draw(this.base);
      case 'impact':
        this.effects.set(m.id, { state: 'computed', values: m.effect, fellBack: m.fellBack, sameRun: m.sameRun });
        return this.render();
      case 'done':
        this.state = 'done';
        this.done = 1;
        return this.render();
      case 'error':
        this.state = 'error';
        this.error = m.message;
        return this.renderProgress();
    }
  }

  private renderProgress(): void {
    this.bar.value = this.done;
    this.bar.hidden = this.state !== 'running';
    this.cancelButton.hidden = this.state !== 'running';
    this.restartButton.hidden = this.state === 'running';
    const computed = [...this.effects.values()].filter((x) => x.state === 'computed').length;
    this.progressText.textContent =
      this.state === 'running' ? `${td('db.progress')} ${percent(this.done, language())}` : this.state === 'cancelled' ? td('db.cancelled') : this.state === 'error' ? `${td('db.failed')}: ${this.error}` : `${td('db.done')} ${num(computed + 2, language())} ${td('db.runs')}`;
  }

  private render(): void {
    const s = this.session;
    if (!s) return;
    this.relabelStatic();
    const marked = markedDecisions(s.decisions).map((x) => x.d);
    const autoCount = s.decisions.length - marked.length;
    const horizonDay = Math.floor(this.hour / 24);
    const print = el('button', { type: 'button', 'data-testid': 'db-print' }, td('db.print'));
    print.onclick = () => window.print();
    const csv = el('button', { type: 'button', 'data-testid': 'db-csv' }, td('db.csv'));
    csv.onclick = () => this.downloadCsv();
    const close = el('button', { type: 'button', 'data-testid': 'db-close' }, td('db.close'));
    close.onclick = () => this.close();
    const focused = document.activeElement;
    const wasClose = focused instanceof HTMLElement && focused.dataset.testid === 'db-close';
    const expanded = new Set([...this.body.querySelectorAll('tr[data-decision] details[open]')].map((d) => d.closest('tr')!.dataset.decision));
    const sections: Node[] = [
      el('div', { class: 'db-actions no-print' }, close, print, csv, el('label', {}, td('db.horizon') + ' ', this.horizon)),
      el('p', { class: 'legend-note' }, `${s.scenario.name} · seed ${s.seed} · ${Object.keys(s.seats).join(', ') || '—'}`),
      el('div', { class: 'db-progress no-print' }, this.bar, this.progressText, this.cancelButton, this.restartButton),
      el('h3', {}, td('db.log')),
      marked.length ? logTable(marked, this.views, this.effects) : el('p', {}, td('db.noDecisions')),
      ...(autoCount ? [el('p', { class: 'legend-note' }, `${td('db.autoCount')} ${autoCount}`)] : []),
      el('p', { class: 'legend-note' }, td('db.impactsNote')),
      ...(s.messages?.length ? messagesList(s.messages) : []),
      el('h3', {}, td('db.compare')),
      el('p', { class: 'legend-note' }, `${td('db.compareNote')} ${simTime(this.hour)} (${td('db.day')} ${horizonDay}); ${td('db.compareNoteEnd')}`),
      this.base ? figuresTable(figureRows(this.base.played, this.base.automatic)) : el('p', {}, '…'),
      this.charts.root,
    ];
    this.body.replaceChildren(...sections);
    this.root.replaceChildren(this.title, this.body);
    for (const d of this.body.querySelectorAll<HTMLDetailsElement>('tr[data-decision] details')) d.open = expanded.has(d.closest('tr')!.dataset.decision);
    this.renderProgress();
    if (wasClose) close.focus();
  }

  private relabelStatic(): void {
    this.title.textContent = td('db.title');
    this.cancelButton.textContent = td('db.cancel');
    this.restartButton.textContent = td('db.restart');
    const e = this.app.engine;
    const v = this.horizon.value || 'end';
    this.horizon.replaceChildren(el('option', { value: 'end' }, `${td('db.horizonEnd')} (${td('db.day')} ${e.sim.days - 1})`), el('option', { value: 'now' }, `${td('db.horizonNow')} (${td('db.day')} ${e.day})`));
    this.horizon.value = v;
  }

  /** The CSV of the decision log, with the effects computed so far. */
  csv(): string {
    const s = this.session ?? this.app.engine.recorder().toSession();
    const effects = new Map<number, Record<string, number>>();
    for (const [id, e] of this.effects) if (e.state === 'computed') effects.set(id, e.values);
    return decisionsCsv(markedDecisions(s.decisions).map((x) => x.d), effects);
  }

  private downloadCsv(): void {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: 'negoplan-decisions.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** After a language change: redrawn in the new language. */
  relabel(): void {
    if (!this.isOpen) return;
    this.render();
    this.charts.draw(this.base);
  }
}
