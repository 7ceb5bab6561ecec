/**
 * Role-play in the app: the trainer's controls (seats, suggestions, time limit, reveal all,
 * the session file), the decision dialog when the run holds at a played decision (the turn
 * card first when several seats share the screen), the screen of the seats (what the panels
 * may show, model/screen.ts), the agents' state and "What you see" in the side panel, and the
 * session (kept in localStorage as it goes with the trainer's settings, resumed on reload,
 * exported and opened). It acts only through the engine's `answer` and the app's commands;
 * the answer's check is the desk's.
 */
import './roleplay.css';
import { InvalidAnswer } from '../../../core/decisions';
import type { Session, TrainerSettings } from '../../../session/session';
import { replaySession } from '../../../session/replay';
import type { Clock } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { el, type Shell } from '../../app/shell';
import { tr } from '../../i18n/roleplay';
import { seatNames } from '../../model/seats';
import { screenOf, seatScreen, type Screen } from '../../model/screen';
import { DecisionDialog, type DialogAnswer } from './decisionDialog';
import { downloadSession, parseSession, readSession, writeSession } from './sessionStore';
import { TrainerBox } from './trainerBox';
import { agentsTable, seatViews } from './seatPanel';

/** The app as role-play sees it. */
export interface RolePlayHost extends AppContext {
  readonly clock: Clock;
  readonly shell: Shell;
  setScreen(screen: Screen): void;
}

/** Whether `s` is a session of the run `host` has open (same scenario, seed, seats, levers over time). */
function sameRun(s: Session, host: RolePlayHost): boolean {
  const spec = host.engine.spec;
  return s.seed === spec.seed && JSON.stringify(s.seats) === JSON.stringify(spec.seats ?? {}) && JSON.stringify(s.interventions) === JSON.stringify(spec.interventions) && JSON.stringify(s.disruptions ?? []) === JSON.stringify(spec.disruptions ?? []) && JSON.stringify(s.scenario) === JSON.stringify(spec.scenario);
}

const PANEL_EVERY_MS = 250;

/** The role-play controls of the app. */
export class RolePlay {
  readonly dialog: DecisionDialog;
  private readonly box: TrainerBox;
  private readonly side = el('div', { class: 'rp-side', 'data-testid': 'roleplay-side' });
  private trainer: TrainerSettings = {};
  private wasPlaying = false;
  /** The seat whose decision shows (after the turn card), or null between turns. */
  private turn: string | null = null;
  private lastSide = -Infinity;
  private sideKey = '';

  constructor(
    header: HTMLElement,
    host: HTMLElement,
    private readonly app: RolePlayHost,
  ) {
    this.dialog = new DecisionDialog(host, (a) => this.answered(a));
    this.box = new TrainerBox(header, {
      play: (play) => {
        writeSession(null);
        const { day: _day, ...rest } = this.app.settings;
        this.app.start({ ...rest, ...(play.length ? { play } : { play: undefined }) });
      },
      settings: (s) => {
        this.trainer = s;
        this.refresh();
        const shown = this.dialog.shown;
        if (shown) this.dialog.show(shown, this.dialogOptions());
        if (this.app.engine.spec.seats && Object.keys(this.app.engine.spec.seats).length) writeSession(this.session());
      },
      exportSession: () => downloadSession(this.session()),
      openFile: (file) => void file.text().then((text) => this.openText(text, file.name)),
    });
    app.shell.aside.insertBefore(this.side, app.shell.kpi);
  }

  /** The seats played at this screen (roles or agent ids). */
  private get play(): string[] {
    return this.app.settings.play ?? [];
  }

  /** Whether several people share the screen: several seats, or the role "client" over several clients. */
  private get hotSeat(): boolean {
    const play = this.play;
    return play.length > 1 || (play.includes('client') && this.app.engine.spec.scenario.clients.length > 1);
  }

  /** The trainer's settings in force (suggestions default on when one person plays alone). */
  settingsInForce(): { suggestions: boolean; timeLimitSeconds: number; revealAll: boolean } {
    return { suggestions: this.trainer.suggestions ?? !this.hotSeat, timeLimitSeconds: this.trainer.timeLimitSeconds ?? 0, revealAll: this.trainer.revealAll ?? false };
  }

  /** The session as it stands, with the trainer's settings. */
  session(): Session {
    const s = this.app.engine.recorder().toSession();
    return Object.keys(this.trainer).length ? { ...s, trainer: { ...this.trainer } } : s;
  }

  /** Opens a session file's text: checked, then its run started and resumed. False when refused. */
  openText(text: string, name = 'session'): boolean {
    const s = parseSession(text);
    if (typeof s === 'string') {
      this.app.notify(`${tr('session.badFile')}: ${s}`, 'error');
      return false;
    }
    const play = Object.keys(s.seats).filter((k) => s.seats[k] === 'human');
    writeSession(s);
    return this.app.start({ scenario: `file:${name}`, file: JSON.stringify(s.scenario), seed: s.seed, levers: {}, interventions: s.interventions, ...(s.disruptions?.length ? { disruptions: s.disruptions } : {}), ...(play.length ? { play } : {}) });
  }

  /** A new run was opened: fills the trainer's controls and resumes the saved session if it is this run's. */
  reset(): void {
    this.dialog.hide();
    this.turn = null;
    const saved = readSession();
    if (saved && 'problem' in saved) this.app.notify(`${tr('session.badSaved')}\n${saved.problem}`, 'error');
    const mine = saved && !('problem' in saved) && this.play.length > 0 && sameRun(saved, this.app) ? saved : null;
    if (mine?.trainer) this.trainer = { ...mine.trainer };
    this.box.set(seatNames(this.app.engine.spec.scenario), new Set(this.play), this.settingsInForce());
    this.refresh();
    if (!mine) return;
    const replay = replaySession(mine);
    if (!replay.identical) this.app.notify(`${tr('session.diverged')}: ${replay.divergence?.reason}`, 'error');
    const e = this.app.engine;
    e.resume(mine.decisions.slice(0, replay.decisions));
    e.messages.splice(0, e.messages.length, ...(mine.messages ?? []));
    e.seekTime(mine.hour);
  }

  /** The screen now: the seat whose turn it is, else every seat at the screen (what all may see). */
  private screen(): Screen {
    const { revealAll } = this.settingsInForce();
    const scenario = this.app.engine.spec.scenario;
    if (this.turn !== null && !revealAll) return seatScreen(this.turn, scenario);
    return screenOf(this.play, scenario, revealAll);
  }

  /** Applies the screen and redraws the side panel. */
  private refresh(): void {
    this.app.setScreen(this.screen());
    this.drawSide(true);
  }

  private drawSide(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastSide < PANEL_EVERY_MS) return;
    const sim = this.app.engine.sim;
    const key = `${sim.eventsHandled}|${this.turn}|${JSON.stringify(this.trainer)}`;
    if (!force && key === this.sideKey) return;
    this.lastSide = now;
    this.sideKey = key;
    const screen = this.app.screen;
    const { revealAll } = this.settingsInForce();
    // between turns at a shared screen, nobody's own view shows
    const seats = this.turn !== null ? [this.turn] : this.hotSeat && !revealAll ? [] : this.play;
    this.side.replaceChildren(...(seats.length ? [seatViews(sim, seats)] : []), agentsTable(sim, screen));
  }

  /** After the run moved: shows the dialog of a pending played decision (holding the clock). */
  update(): void {
    const p = this.app.engine.pending;
    if (!p) {
      if (this.dialog.shown) this.closeTurn();
      this.drawSide(false);
      return;
    }
    if (this.dialog.shown?.id !== p.id) {
      this.turn = null;
      this.app.setScreen(this.screen());
      this.dialog.show(p, this.dialogOptions());
      this.wasPlaying = false;
      writeSession(this.session()); // a reload comes back to this decision
    }
    this.drawSide(false);
    // play pressed at a decision: the run goes on once it is answered
    if (this.app.clock.playing) {
      this.wasPlaying = true;
      this.app.clock.pause();
    }
  }

  private dialogOptions() {
    return {
      hotSeat: this.hotSeat,
      ...this.settingsInForce(),
      onReveal: (agent: string) => {
        this.turn = agent;
        this.refresh();
      },
    };
  }

  private closeTurn(): void {
    this.dialog.hide();
    this.turn = null;
    this.refresh();
  }

  private answered(a: DialogAnswer): string | null {
    try {
      this.app.engine.answer(a.answer, { via: a.via, seconds: a.seconds, ...(a.note ? { note: a.note } : {}) });
    } catch (e) {
      if (e instanceof InvalidAnswer) return e.message;
      throw e;
    }
    writeSession(this.session());
    this.closeTurn();
    if (this.wasPlaying) this.app.clock.play();
    else this.app.clock.seekTime(this.app.engine.time);
    return null;
  }

  /** After a language change: labels and the open dialog in the new language. */
  relabel(): void {
    this.box.relabel();
    const p = this.dialog.shown;
    if (p) this.dialog.show(p, this.dialogOptions());
    this.drawSide(true);
  }
}
