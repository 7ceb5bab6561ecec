/**
 * Role-play in the app: the "Play as" control (seats), the decision dialog when the run holds
 * at a played decision, and the session (kept in localStorage as it goes, resumed on reload,
 * exported and opened as a file). It acts only through the engine's `answer` and the app's
 * commands; the answer's check is the desk's.
 */
import './roleplay.css';
import { InvalidAnswer } from '../../../core/decisions';
import type { Session } from '../../../session/session';
import { replaySession } from '../../../session/replay';
import type { Clock } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';
import { seatNames } from '../../model/seats';
import { DecisionDialog, type DialogAnswer } from './decisionDialog';
import { downloadSession, parseSession, readSession, writeSession } from './sessionStore';

/** The app as role-play sees it. */
export interface RolePlayHost extends AppContext {
  readonly clock: Clock;
}

/** Whether `s` is a session of the run `host` has open (same scenario, seed, seats, levers over time). */
function sameRun(s: Session, host: RolePlayHost): boolean {
  const spec = host.engine.spec;
  return s.seed === spec.seed && JSON.stringify(s.seats) === JSON.stringify(spec.seats ?? {}) && JSON.stringify(s.interventions) === JSON.stringify(spec.interventions) && JSON.stringify(s.scenario) === JSON.stringify(spec.scenario);
}

/** The role-play controls of the app. */
export class RolePlay {
  readonly dialog: DecisionDialog;
  private readonly seats = el('select', { multiple: '', 'aria-label': tr('play.label'), 'data-testid': 'play-as', size: '3' });
  private readonly seatsLabel = el('span', {}, tr('play.label'));
  private readonly exportButton = el('button', { type: 'button', 'data-testid': 'export-session' }, tr('session.export'));
  private readonly openInput = el('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'open-session', 'aria-label': tr('session.open') });
  private readonly openLabel = el('span', {}, tr('session.open'));
  private wasPlaying = false;

  constructor(
    header: HTMLElement,
    host: HTMLElement,
    private readonly app: RolePlayHost,
  ) {
    this.dialog = new DecisionDialog(host, (a) => this.answered(a));
    const box = el('div', { class: 'rp-controls', 'data-testid': 'roleplay' }, el('label', { class: 'rp-seats' }, this.seatsLabel, this.seats), this.exportButton, el('label', { class: 'rp-open' }, this.openLabel, this.openInput));
    header.append(box);
    this.seats.onchange = () => {
      const play = [...this.seats.selectedOptions].map((o) => o.value);
      writeSession(null);
      const { day: _day, ...rest } = this.app.settings;
      this.app.start({ ...rest, ...(play.length ? { play } : { play: undefined }) });
    };
    this.exportButton.onclick = () => downloadSession(this.session());
    this.openInput.onchange = () => {
      const file = this.openInput.files?.[0];
      if (file) void file.text().then((text) => this.openText(text, file.name));
      this.openInput.value = '';
    };
  }

  /** The session as it stands. */
  session(): Session {
    return this.app.engine.recorder().toSession();
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
    return this.app.start({ scenario: `file:${name}`, file: JSON.stringify(s.scenario), seed: s.seed, levers: {}, interventions: s.interventions, ...(play.length ? { play } : {}) });
  }

  /** A new run was opened: fills the seats control and resumes the saved session if it is this run's. */
  reset(): void {
    this.dialog.hide();
    const scenario = this.app.engine.spec.scenario;
    const chosen = new Set(this.app.settings.play ?? []);
    this.seats.replaceChildren(...seatNames(scenario).map((n) => {
      const o = el('option', { value: n }, n);
      o.selected = chosen.has(n);
      return o;
    }));
    const saved = readSession();
    if (saved && 'problem' in saved) {
      this.app.notify(`${tr('session.badSaved')}\n${saved.problem}`, 'error');
      return;
    }
    if (!saved || !chosen.size || !sameRun(saved, this.app)) return;
    const replay = replaySession(saved);
    if (!replay.identical) this.app.notify(`${tr('session.diverged')}: ${replay.divergence?.reason}`, 'error');
    const e = this.app.engine;
    e.resume(saved.decisions.slice(0, replay.decisions));
    e.seekTime(saved.hour);
  }

  /** After the run moved: shows the dialog of a pending played decision (holding the clock). */
  update(): void {
    const p = this.app.engine.pending;
    if (!p) {
      if (this.dialog.shown) this.dialog.hide();
      return;
    }
    if (this.dialog.shown?.id !== p.id) {
      this.dialog.show(p, p.agent);
      this.wasPlaying = false;
      writeSession(this.session()); // a reload comes back to this decision
    }
    // play pressed at a decision: the run goes on once it is answered
    if (this.app.clock.playing) {
      this.wasPlaying = true;
      this.app.clock.pause();
    }
  }

  private answered(a: DialogAnswer): string | null {
    try {
      this.app.engine.answer(a.answer, { via: a.via, seconds: a.seconds, ...(a.note ? { note: a.note } : {}) });
    } catch (e) {
      if (e instanceof InvalidAnswer) return e.message;
      throw e;
    }
    writeSession(this.session());
    this.dialog.hide();
    if (this.wasPlaying) this.app.clock.play();
    else this.app.clock.seekTime(this.app.engine.time);
    return null;
  }

  /** After a language change: labels and the open dialog in the new language. */
  relabel(): void {
    this.seats.setAttribute('aria-label', tr('play.label'));
    this.seatsLabel.textContent = tr('play.label');
    this.exportButton.textContent = tr('session.export');
    this.openLabel.textContent = tr('session.open');
    this.openInput.setAttribute('aria-label', tr('session.open'));
    const p = this.dialog.shown;
    if (p) this.dialog.show(p, p.agent);
  }
}
