/**
 * The app: owns the current run (engine and clock), the settings that made it, the views, the
 * language and the tabs. Starts runs from settings (refusing bad ones with a message and
 * keeping the current run), dispatches "time moved" to the views (the workshop every frame,
 * the heavier panels a few times a second), and saves what must survive a reload.
 */
import type { Language } from '../i18n/language';
import { openingDay, RunEngine } from '../model/engine';
import { buildRunSpec, baseScenario } from '../model/runSpec';
import { BASELINE } from '../model/scenarios';
import type { RunSettings } from '../model/settings';
import { applyLabels, language, onLanguage, setLanguage, t } from '../i18n/i18n';
import { Clock } from './clock';
import type { AppContext, View } from './context';
import { readSaved, save, setAside } from './persist';
import { buildShell, el, TABS, type Shell, type Tab } from './shell';
import { installShortcuts } from './shortcuts';
import { createViews, type Views } from './views';
import { bdi, isolate, visibleControls } from '../i18n/bidi';
import { RolePlay } from '../views/roleplay/rolePlay';

const DEFAULT: RunSettings = { scenario: BASELINE, seed: NaN, levers: {}, interventions: [] };
const PANEL_EVERY_MS = 250;

/** The running application. */
export class App implements AppContext {
  readonly shell: Shell;
  clock!: Clock;
  settings: RunSettings = DEFAULT;
  private views!: Views;
  private tab: Tab = 'workshop';
  private lastPanels = 0;
  private lastSaved = -1;
  private rolePlay?: RolePlay;

  constructor(root: HTMLElement) {
    this.shell = buildShell(root);
  }

  get engine(): RunEngine {
    return this.clock.engine;
  }

  /**
   * Builds the views and opens the first run: the link, else the saved run, else the baseline.
   * A bad link or saved record is reported in the banner (why, and the record kept for
   * download); the page always opens on a run.
   */
  async boot(hash: string, decode: (h: string) => RunSettings): Promise<void> {
    const { saved, text, rejected: unreadable } = readSaved();
    setLanguage(saved.language ?? (navigator.language?.startsWith('fr') ? 'fr' : 'en'));
    this.shell.language.value = language();
    const first = this.prepare(DEFAULT);
    this.clock = new Clock(first!, (jump) => this.moved(jump));
    if (saved.speed) this.clock.speed = saved.speed;
    this.views = await createViews(this.shell, this);
    this.rolePlay = new RolePlay(this.shell.root.querySelector('header')!, this.shell.root, this);
    const notes: string[] = [];
    let opened = false;
    if (hash.length > 1) {
      let why: string | null;
      try {
        why = this.open(decode(hash));
      } catch (e) {
        why = (e as Error).message;
      }
      opened = why === null;
      if (why !== null) notes.push(`${t('msg.badLink')}\n${why}`);
    }
    let rejected = unreadable;
    if (!opened && saved.settings) {
      const why = this.open(saved.settings);
      opened = why === null;
      if (why !== null) rejected = setAside(text!, `settings: ${why}`);
    }
    if (!opened) this.open(DEFAULT);
    this.wire();
    this.showTab(saved.tab ?? 'workshop');
    this.relabel();
    if (rejected) notes.push(`${t('msg.badSaved')}\n${rejected.problem}\n${t('msg.savedKept')}`);
    if (notes.length) this.notify(notes.join('\n'), 'error', rejected ? [this.downloadLink(rejected.text)] : []);
  }

  /** A link that downloads `text` (a refused saved record) as a JSON file. */
  private downloadLink(text: string): HTMLAnchorElement {
    const a = el('a', { href: `data:application/json;charset=utf-8,${encodeURIComponent(text)}`, download: 'negoplan-saved-run.json', 'data-testid': 'saved-download' });
    a.dataset.i18n = 'msg.downloadSaved';
    a.textContent = t('msg.downloadSaved');
    return a;
  }

  private wire(): void {
    const { tabs, language: langSelect } = this.shell;
    for (const tab of TABS) tabs[tab].onclick = () => this.showTab(tab);
    langSelect.oninput = () => setLanguage(langSelect.value as Language);
    onLanguage((lang) => {
      this.shell.language.value = lang;
      save({ language: lang });
      this.relabel();
    });
    installShortcuts({ clock: this.clock, showTab: (tab) => this.showTab(tab), toggleLanguage: () => setLanguage(language() === 'en' ? 'fr' : 'en') });
    window.addEventListener('resize', () => this.views.charts.resize?.());
  }

  private prepare(s: RunSettings): RunEngine | null {
    const settings = Number.isNaN(s.seed) ? { ...s, seed: baseScenario(s).seed } : s;
    if (!Number.isInteger(settings.seed) || settings.seed < 0) throw new Error(`seed: expected an integer ≥ 0, got ${settings.seed}`);
    const engine = new RunEngine(buildRunSpec(settings));
    engine.seekDay(Math.min(settings.day ?? openingDay(engine.spec.scenario), engine.sim.days - 1));
    this.settings = settings;
    return engine;
  }

  /** Opens the run of `s`: null, or why it was refused (then nothing changed). */
  private open(s: RunSettings): string | null {
    const before = this.settings;
    let engine: RunEngine | null;
    try {
      engine = this.prepare(s);
    } catch (e) {
      this.settings = before;
      return (e as Error).message;
    }
    this.clock.pause();
    this.clock.engine = engine!;
    this.shell.scenarioName.replaceChildren(bdi(engine!.sim.scenario.name, { 'data-testid': 'scenario-title' }), ` · seed ${this.settings.seed}`);
    this.views.workshop.setRun(engine!.sim);
    for (const v of this.views.all) v.reset?.();
    this.views.order.pinned = null;
    save({ settings: this.settings });
    this.clearMessage();
    this.rolePlay?.reset();
    this.moved(true);
    return null;
  }

  start(s: RunSettings, message?: string): boolean {
    const why = this.open(s);
    if (why !== null) this.notify(`${t('scenario.refused')}: ${why}`, 'error');
    else if (message) this.notify(message, 'info');
    return why === null;
  }

  seekTime(t: number): void {
    this.clock.seekTime(t);
  }

  selectOrder(order: number | null): void {
    this.views.order.pinned = order;
    this.views.workshop.select(order);
    this.views.order.update(true);
  }

  notify(text: string, kind: 'error' | 'info', extra: Node[] = []): void {
    const m = this.shell.message;
    const close = document.createElement('button');
    close.textContent = t('msg.dismiss');
    close.onclick = () => this.clearMessage();
    const span = document.createElement('span');
    span.className = 'text';
    span.textContent = visibleControls(text);
    m.replaceChildren(span, ...extra, close);
    m.className = `message ${kind}`;
    m.hidden = false;
  }

  private clearMessage(): void {
    this.shell.message.hidden = true;
  }

  showTab(tab: Tab): void {
    this.tab = tab;
    for (const x of TABS) {
      this.shell.panels[x].hidden = x !== tab;
      this.shell.tabs[x].setAttribute('aria-selected', String(x === tab));
    }
    save({ tab });
    this.views.byTab[tab]?.update(true);
  }

  private moved(jump: boolean): void {
    const e = this.engine;
    this.rolePlay?.update();
    this.views.workshop.update(e.time, !jump);
    this.views.timeBar.update();
    const now = performance.now();
    if (jump || !this.clock.playing || now - this.lastPanels > PANEL_EVERY_MS) {
      this.lastPanels = now;
      this.views.kpi.update();
      this.views.order.update(jump);
      this.views.byTab[this.tab]?.update(jump);
    }
    if (!this.clock.playing && e.day !== this.lastSaved) {
      this.lastSaved = e.day;
      this.settings = { ...this.settings, day: e.day };
      save({ settings: this.settings, speed: this.clock.speed });
    }
  }

  private relabel(): void {
    document.documentElement.lang = language();
    applyLabels(this.shell.root);
    for (const v of this.views.all) v.relabel();
    this.rolePlay?.relabel();
    this.views.workshop.relayout();
  }

  /** Shows a hovered order's summary near the pointer (null hides it). */
  hover(order: number | null, x: number, y: number): void {
    this.views.order.hovered = order;
    this.views.order.update(false);
    const tip = this.shell.tooltip;
    const o = order === null ? undefined : this.engine.sim.state.orders[order];
    if (!o) {
      tip.hidden = true;
      return;
    }
    tip.textContent = `${String(o.id).padStart(4, '0')} · ${isolate(o.client)} · ${o.quantity} × ${isolate(o.product)} · ${t('order.promised')} ${o.promisedDay}${o.urgent ? ' · ' + t('legend.urgent') : ''}`;
    tip.style.left = `${x + 14}px`;
    tip.style.top = `${y + 10}px`;
    tip.hidden = false;
  }
}
