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
import { loadSaved, save } from './persist';
import { buildShell, TABS, type Shell, type Tab } from './shell';
import { installShortcuts } from './shortcuts';
import { createViews, type Views } from './views';

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

  constructor(root: HTMLElement) {
    this.shell = buildShell(root);
  }

  get engine(): RunEngine {
    return this.clock.engine;
  }

  /** Builds the views and opens the first run: the link, else the saved run, else the baseline. */
  async boot(hash: string, decode: (h: string) => RunSettings): Promise<void> {
    const saved = loadSaved();
    setLanguage(saved.language ?? (navigator.language?.startsWith('fr') ? 'fr' : 'en'));
    this.shell.language.value = language();
    const first = this.prepare(DEFAULT);
    this.clock = new Clock(first!, (jump) => this.moved(jump));
    if (saved.speed) this.clock.speed = saved.speed;
    this.views = await createViews(this.shell, this);
    let opened = false;
    if (hash.length > 1) {
      try {
        opened = this.start(decode(hash));
      } catch (e) {
        this.notify(`${t('msg.badLink')}\n${(e as Error).message}`, 'error');
      }
    }
    if (!opened && saved.settings) {
      opened = this.start(saved.settings, undefined, true);
      if (!opened) this.notify(t('msg.badSaved'), 'error');
    }
    if (!opened) this.start(DEFAULT);
    this.wire();
    this.showTab(TABS.includes(saved.tab as Tab) ? (saved.tab as Tab) : 'workshop');
    this.relabel();
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

  start(s: RunSettings, message?: string, quiet = false): boolean {
    const before = this.settings;
    let engine: RunEngine | null;
    try {
      engine = this.prepare(s);
    } catch (e) {
      this.settings = before;
      if (!quiet) this.notify(`${t('scenario.refused')}: ${(e as Error).message}`, 'error');
      return false;
    }
    this.clock.pause();
    this.clock.engine = engine!;
    this.shell.scenarioName.textContent = `${engine!.sim.scenario.name} · seed ${this.settings.seed}`;
    this.views.workshop.setRun(engine!.sim);
    for (const v of this.views.all) v.reset?.();
    this.views.order.pinned = null;
    save({ settings: this.settings });
    if (message) this.notify(message, 'info');
    else this.clearMessage();
    this.moved(true);
    return true;
  }

  seekTime(t: number): void {
    this.clock.seekTime(t);
  }

  selectOrder(order: number | null): void {
    this.views.order.pinned = order;
    this.views.workshop.select(order);
    this.views.order.update(true);
  }

  notify(text: string, kind: 'error' | 'info'): void {
    const m = this.shell.message;
    const close = document.createElement('button');
    close.textContent = t('msg.dismiss');
    close.onclick = () => this.clearMessage();
    const span = document.createElement('span');
    span.className = 'text';
    span.textContent = text;
    m.replaceChildren(span, close);
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
    tip.textContent = `${String(o.id).padStart(4, '0')} · ${o.client} · ${o.quantity} × ${o.product} · ${t('order.promised')} ${o.promisedDay}${o.urgent ? ' · ' + t('legend.urgent') : ''}`;
    tip.style.left = `${x + 14}px`;
    tip.style.top = `${y + 10}px`;
    tip.hidden = false;
  }
}
