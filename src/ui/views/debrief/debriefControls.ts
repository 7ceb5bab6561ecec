/**
 * Replay, branching and the debrief in the app: the replay bar under the time bar and the
 * debrief dialog, kept in step with the run on screen. After a run opens it restores what the
 * session file carries beyond the answers (a branch's origin, a branch let go on
 * automatically); as the run moves it keeps the automatic answers in the saved session and
 * offers the debrief once when a played run reaches its end.
 */
import type { AppContext } from '../../app/context';
import { readSession, writeSession } from '../roleplay/sessionStore';
import { DebriefView } from './debriefView';
import { ReplayBar } from './replayBar';

/** The replay bar and the debrief dialog of the app. */
export class DebriefControls {
  readonly bar: ReplayBar;
  readonly view: DebriefView;
  private offered = false;
  private savedCount = 0;

  constructor(timebar: HTMLElement, host: HTMLElement, private readonly app: AppContext) {
    this.view = new DebriefView(host, app);
    this.bar = new ReplayBar(timebar, app, () => this.view.open());
  }

  /** A new run was opened (after role-play resumed its session, if any). */
  reset(): void {
    const e = this.app.engine;
    this.offered = e.finished;
    this.bar.reset();
    const saved = readSession();
    const resumed = saved && !('problem' in saved) && e.decisions.length > 0 && saved.decisions.length === e.decisions.length && saved.decisions.every((d, i) => d.digest === e.decisions[i]!.digest);
    if (resumed) {
      if (saved.origin) e.origin = saved.origin;
      const firstAuto = e.decisions.findIndex((d) => d.via === 'auto');
      if (firstAuto >= 0) e.autoAfter = firstAuto > 0 ? e.decisions[firstAuto - 1]!.id : -1;
    }
    this.savedCount = e.decisions.length;
  }

  /** After the run moved. */
  update(playing: boolean): void {
    const e = this.app.engine;
    if (!playing && e.autoAfter !== null && e.decisions.length !== this.savedCount) {
      this.savedCount = e.decisions.length;
      writeSession(e.recorder().toSession()); // a reload resumes the automatic branch with its answers
    }
    this.bar.update();
    if (!this.offered && e.finished && e.decisions.length > 0 && !this.view.isOpen) {
      this.offered = true;
      this.view.open();
    }
  }

  /** After a language change. */
  relabel(): void {
    this.bar.relabel();
    this.view.relabel();
  }
}
