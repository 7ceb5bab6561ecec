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
import { scenarioName } from '../i18n/scenarioText';
import { Clock, LONG_JUMP_HOURS } from './clock';
import { JumpBar } from '../views/panels/jumpBar';
import type { View, ViewsHost } from './context';
import { readSaved, save, setAside } from './persist';
import { buildShell, el, TABS, type Shell, type Tab } from './shell';
import { installShortcuts, installTablist } from './shortcuts';
import { Guide } from '../views/panels/guide';
import { createViews, type Views } from './views';
import { bdi, isolate, visibleControls } from '../i18n/bidi';
import { RolePlay } from '../views/roleplay/rolePlay';
import { FULL, seesOrdersOf, type Screen } from '../model/screen';
import { DebriefControls } from '../views/debrief/debriefControls';

const KEYS_KEY = 'negoplan.v1.keys';

/** Whether single-key shortcuts are on (they are unless turned off in the guide). */
function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(KEYS_KEY) !== 'off';
  } catch {
    return !keysOffForSession;
  }
}

function setShortcutsOn(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEYS_KEY);
    else localStorage.setItem(KEYS_KEY, 'off');
  } catch {
    /* storage disabled: the choice lasts until the page closes */
    keysOffForSession = !on;
  }
}
let keysOffForSession = false;

const DEFAULT: RunSettings = { scenario: BASELINE, seed: NaN, levers: {}, interventions: [] };
const PANEL_EVERY_MS = 250;

/** The running application. */
export class App implements ViewsHost {
  readonly shell: Shell;
  clock!: Clock;
  settings: RunSettings = DEFAULT;
  screen: Screen = FULL;
  private views!: Views;
  private tab: Tab = 'workshop';
  private lastPanels = 0;
  private lastSaved = -1;
  private rolePlay?: RolePlay;
  private debrief?: DebriefControls;
  private lastSpeed = 0;
  private guide!: Guide;
  private jumpBar!: JumpBar;
  /** Where a run being opened must still go (hours), when that is a long jump. */
  private pending: number | null = null;
  /** The long jump of the run being opened (boot waits for it; the page draws meanwhile). */
  private arriving: Promise<boolean> = Promise.resolve(true);

  constructor(root: HTMLElement) {
    this.shell = buildShell(root);
  }

  get engine(): RunEngine {
    return this.clock.engine;
  }

  get speed(): number {
    return this.clock.speed;
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
    this.clock = new Clock(first!, (jump) => this.moved(jump), (p) => this.jumpBar.show(p));
    this.jumpBar = new JumpBar(this.shell.jump, () => this.clock.cancelJump());
    if (saved.speed) this.clock.speed = saved.speed;
    this.views = await createViews(this.shell, this);
    this.rolePlay = new RolePlay(this.shell.root.querySelector('header')!, this.shell.root, this);
    this.debrief = new DebriefControls(this.shell.timebar, this.shell.root, this);
    const notes: string[] = [];
    let opened = false;
    if (hash.length > 1) {
      let why: string | null;
      let asked: RunSettings | null = null;
      try {
        asked = decode(hash);
        why = this.open(asked);
      } catch (e) {
        why = (e as Error).message;
      }
      opened = why === null;
      if (why !== null) notes.push(`${t('msg.badLinkAtStart')}\n${why}`);
      else if (asked?.speed !== undefined) this.clock.setSpeed(asked.speed);
    }
    const badLink = hash.length > 1 && !opened;
    let rejected = unreadable;
    if (!opened && saved.settings) {
      const why = this.open(saved.settings);
      opened = why === null;
      if (why !== null) rejected = setAside(text!, `settings: ${why}`);
      else if (badLink) notes.push(`${t('msg.shownSaved')} ${this.runName()}`);
    }
    if (!opened) {
      this.open(DEFAULT);
      if (badLink) notes.push(`${t('msg.shownBaseline')} ${this.runName()}`);
    }
    this.wire();
    this.showTab(saved.tab ?? 'workshop');
    this.relabel();
    this.guide.openIfFirstVisit();
    await this.arriving;
    if (rejected) notes.push(`${t('msg.badSaved')}\n${rejected.problem}\n${t('msg.savedKept')}`);
    if (notes.length) this.notify(notes.join('\n'), 'error', rejected ? [this.downloadLink(rejected.text)] : []);
  }

  /** The shown run in words: scenario name (isolated) and seed. */
  private runName(): string {
    return `${scenarioName(this.engine.sim.scenario, language())} · seed ${this.settings.seed}`; // the banner shows direction controls as code points
  }

  /**
   * Opens a link pasted while the app runs (a hash change): the new run, saying so, or the
   * reason it is refused, while the current run goes on.
   */
  openLink(hash: string, decode: (h: string) => RunSettings): void {
    let s: RunSettings;
    try {
      s = decode(hash);
    } catch (e) {
      this.notify(`${t('msg.badLink')}\n${(e as Error).message}`, 'error');
      return;
    }
    const why = this.open(s);
    if (why !== null) this.notify(`${t('msg.badLink')}\n${why}`, 'error');
    else {
      if (s.speed !== undefined) this.clock.setSpeed(s.speed);
      this.notify(`${t('msg.linkOpened')} ${this.runName()}`, 'info');
    }
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
    installTablist(tabs.workshop.parentElement!, TABS.map((x) => tabs[x]), (i) => this.showTab(TABS[i]));
    this.shell.drawerToggle.onclick = () => this.drawer(!this.shell.root.classList.contains('drawer-open'));
    this.shell.drawerClose.onclick = () => {
      this.drawer(false);
      this.shell.drawerToggle.focus();
    };
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.shell.root.classList.contains('drawer-open')) {
        this.drawer(false);
        this.shell.drawerToggle.focus();
      }
    });
    this.guide = new Guide(this.shell.root, { get: shortcutsOn, set: setShortcutsOn });
    this.shell.help.onclick = () => this.guide.open();
    langSelect.oninput = () => setLanguage(langSelect.value as Language);
    onLanguage((lang) => {
      this.shell.language.value = lang;
      save({ language: lang });
      this.relabel();
    });
    installShortcuts({ clock: this.clock, showTab: (tab) => this.showTab(tab), toggleLanguage: () => setLanguage(language() === 'en' ? 'fr' : 'en'), enabled: shortcutsOn });
    window.addEventListener('resize', () => this.views.charts.resize?.());
  }

  private prepare(s: RunSettings): RunEngine | null {
    const settings = Number.isNaN(s.seed) ? { ...s, seed: baseScenario(s).seed } : s;
    if (!Number.isInteger(settings.seed) || settings.seed < 0) throw new Error(`seed: expected an integer ≥ 0, got ${settings.seed}`);
    const engine = new RunEngine(buildRunSpec(settings));
    const day = Math.min(settings.day ?? openingDay(engine.spec.scenario), engine.sim.days - 1);
    const moment = { day, time: settings.day === day ? settings.time : undefined };
    const target = moment.time ?? (day + 1) * 24 - 1e-9;
    // a far moment is reached in slices once the run is on screen (see open), not here
    if (target <= LONG_JUMP_HOURS) engine.seekMoment(moment);
    this.pending = target <= LONG_JUMP_HOURS ? null : target;
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
    const pending = this.pending;
    this.clock.cancelJump();
    this.clock.pause();
    this.clock.engine = engine!;
    this.showTitle();
    this.views.workshop.setRun(engine!.sim);
    for (const v of this.views.all) v.reset?.();
    this.views.order.pinned = null;
    save({ settings: this.settings });
    this.clearMessage();
    this.rolePlay?.reset();
    this.debrief?.reset();
    this.moved(true);
    if (pending !== null) this.arriving = this.clock.jumpTo(pending);
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

  /** Shows only what `screen` may see: its tabs and the key figures; the views read it too. */
  setScreen(screen: Screen): void {
    this.screen = screen;
    for (const x of TABS) this.shell.tabs[x].hidden = !screen.panels.has(x);
    this.shell.kpi.hidden = !screen.panels.has('kpi');
    this.views.workshop.clientState = screen.clientState === null;
    if (!screen.panels.has(this.tab)) this.showTab(TABS.find((x) => screen.panels.has(x)) ?? 'glossary');
    for (const v of this.views.all) v.update(true);
    this.views.workshop.update(this.engine.time, false);
  }

  showTab(tab: Tab): void {
    if (!this.screen.panels.has(tab)) return;
    this.tab = tab;
    for (const x of TABS) {
      this.shell.panels[x].hidden = x !== tab;
      this.shell.tabs[x].setAttribute('aria-selected', String(x === tab));
      this.shell.tabs[x].tabIndex = x === tab ? 0 : -1;
    }
    save({ tab });
    this.views.byTab[tab]?.update(true);
  }

  private moved(jump: boolean): void {
    const e = this.engine;
    this.rolePlay?.update();
    this.debrief?.update(this.clock.playing);
    this.views.workshop.update(e.time, !jump);
    this.views.timeBar.update();
    const now = performance.now();
    if (jump || !this.clock.playing || now - this.lastPanels > PANEL_EVERY_MS) {
      this.lastPanels = now;
      this.views.kpi.update();
      this.views.order.update(jump);
      if (this.tab === 'workshop') this.views.workshopTable.update();
      this.views.byTab[this.tab]?.update(jump);
    }
    if (!this.clock.playing && (e.time !== this.lastSaved || this.clock.speed !== this.lastSpeed)) {
      this.lastSaved = e.time;
      this.lastSpeed = this.clock.speed;
      const { time: _, speed: __, ...rest } = this.settings;
      this.settings = { ...rest, ...e.moment };
      save({ settings: this.settings, speed: this.clock.speed });
    }
  }

  /** Opens or closes the side panel's drawer (narrow screens; on wide ones the panel is always shown). */
  private drawer(open: boolean): void {
    this.shell.root.classList.toggle('drawer-open', open);
    this.shell.drawerToggle.setAttribute('aria-expanded', String(open));
    if (open) {
      this.views.kpi.update();
      this.shell.aside.focus();
    }
  }

  /** The scenario's name (in the current language) and the seed in the header. */
  private showTitle(): void {
    this.shell.scenarioName.replaceChildren(bdi(scenarioName(this.engine.sim.scenario, language()), { 'data-testid': 'scenario-title' }), ` · seed ${this.settings.seed}`);
  }

  private relabel(): void {
    document.documentElement.lang = language();
    this.showTitle();
    applyLabels(this.shell.root);
    for (const v of this.views.all) v.relabel();
    this.rolePlay?.relabel();
    this.debrief?.relabel();
    this.guide.relabel();
    this.views.workshop.relayout();
  }

  /** Shows a hovered order's summary near the pointer (null hides it). */
  hover(order: number | null, x: number, y: number): void {
    this.views.order.hovered = order;
    this.views.order.update(false);
    const tip = this.shell.tooltip;
    const o = order === null ? undefined : this.engine.sim.state.orders[order];
    if (!o || !seesOrdersOf(this.screen, o.replenishment ? null : o.client)) {
      tip.hidden = true;
      return;
    }
    tip.textContent = `${String(o.id).padStart(4, '0')} · ${isolate(o.client)} · ${o.quantity} × ${isolate(o.product)} · ${t('order.promised')} ${o.promisedDay}${o.urgent ? ' · ' + t('legend.urgent') : ''}`;
    tip.style.left = `${x + 14}px`;
    tip.style.top = `${y + 10}px`;
    tip.hidden = false;
  }
}
