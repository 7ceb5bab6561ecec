/**
 * Replay of a session, under the time bar: each decision taken at a played seat is a mark (a
 * button named after it) placed at its moment on the time line, with Previous / Next
 * decision; choosing one moves the run to just before it and says which it is. "Branch here"
 * starts a new session from that decision (the ones before replayed as they were, that one
 * asked again; the branch keeps its origin), then played or automatic. It reads the engine
 * and acts through the app's commands and the session store only.
 */
import { branchSession } from '../../../session/replay';
import type { SessionDecision } from '../../../session/session';
import type { AppContext } from '../../app/context';
import { el } from '../../app/shell';
import { td } from '../../i18n/debrief';
import { tr } from '../../i18n/roleplay';
import { simTime } from '../roleplay/decisionDialog';
import { writeSession } from '../roleplay/sessionStore';

/** How far before a decision's instant the run is shown (hours). */
const BEFORE = 1e-6;

/** The decisions people took (those answered automatically after a branch are not marked). */
export function markedDecisions(all: readonly SessionDecision[]): { d: SessionDecision; index: number }[] {
  return all.map((d, index) => ({ d, index })).filter(({ d }) => d.via !== 'auto');
}

/** A decision in words: "Decision 2 of 5: Promise a date · commercial · day 3, 08:00". */
export function decisionLabel(d: SessionDecision, rank: number, count: number): string {
  return `${td('replay.mark')} ${rank + 1} ${td('replay.of')} ${count}: ${tr(`kind.${d.kind}`)} · ${d.agent} · ${simTime(d.time)}`;
}

/** The replay bar. */
export class ReplayBar {
  readonly root = el('div', { class: 'replay-bar', role: 'group', 'data-testid': 'replay-bar' });
  private readonly prev = el('button', { type: 'button', 'data-testid': 'decision-prev' });
  private readonly next = el('button', { type: 'button', 'data-testid': 'decision-next' });
  private readonly marks = el('ol', { class: 'decision-marks', 'data-testid': 'decision-marks' });
  private readonly status = el('span', { class: 'replay-status', role: 'status', 'data-testid': 'replay-status' });
  private readonly branch = el('button', { type: 'button', 'data-testid': 'branch-here' });
  private readonly then = el('select', { 'data-testid': 'branch-then' });
  private readonly thenLabel = el('span', {});
  private readonly debriefButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'open-debrief' });
  /** The chosen decision (its rank in the engine's decisions), while the run stands just before it. */
  private selected: number | null = null;
  private drawn = '';

  constructor(
    timebar: HTMLElement,
    private readonly app: AppContext,
    openDebrief: () => void,
  ) {
    timebar.after(this.root);
    this.prev.onclick = () => this.step(-1);
    this.next.onclick = () => this.step(1);
    this.branch.onclick = () => this.branchHere();
    this.debriefButton.onclick = openDebrief;
    this.root.append(this.prev, this.next, this.marks, this.branch, el('label', {}, this.thenLabel, ' ', this.then), this.debriefButton, this.status);
    this.relabel();
  }

  private get decisions(): { d: SessionDecision; index: number }[] {
    return markedDecisions(this.app.engine.decisions);
  }

  /** Moves to the previous (-1) or next (+1) marked decision from the chosen one, else from the displayed time. */
  step(dir: -1 | 1): void {
    const list = this.decisions;
    if (!list.length) return;
    const now = this.app.engine.time;
    let k: number;
    const at = this.selected === null ? -1 : list.findIndex((x) => x.index === this.selected);
    if (at >= 0) k = at + dir;
    else if (dir > 0) k = list.findIndex((x) => x.d.time > now + BEFORE);
    else k = list.reduce((last, x, i) => (x.d.time < now - BEFORE ? i : last), -1);
    if (k < 0 || k >= list.length) return;
    this.choose(list[k].index);
  }

  /** Moves the run to just before the decision of rank `index` and marks it chosen. */
  choose(index: number): void {
    const d = this.app.engine.decisions[index];
    if (!d) return;
    // chosen once the seek has begun: the clock reports the move from where the run stood first
    this.app.seekTime(Math.max(0, d.time - BEFORE));
    this.selected = index;
    this.update();
  }

  private branchHere(): void {
    const index = this.selected;
    if (index === null) return;
    const e = this.app.engine;
    const d = e.decisions[index]!;
    const auto = this.then.value === 'auto';
    try {
      const branch = branchSession(e.recorder().toSession(), index).toSession();
      writeSession(branch);
      const { day: _day, time: _time, ...rest } = this.app.settings;
      this.selected = null;
      if (!this.app.start(rest, `${td('replay.branched')} ${index + 1}`)) return;
      this.app.engine.origin = branch.origin;
      this.app.engine.autoAfter = auto ? d.id : null;
    } catch (err) {
      this.app.notify(`${td('replay.branchFailed')}: ${(err as Error).message}`, 'error');
    }
  }

  /** A new run was opened: nothing chosen. */
  reset(): void {
    this.selected = null;
    this.drawn = '';
  }

  /** After the run moved: the marks, the chosen decision, the buttons' state. */
  update(): void {
    const e = this.app.engine;
    const list = this.decisions;
    this.root.hidden = !list.length && !Object.keys(e.spec.seats ?? {}).length;
    if (this.selected !== null) {
      // the choice holds while the run goes there (a far jump runs in slices) and stands there
      const d = e.decisions[this.selected];
      if (!d || e.time > d.time - BEFORE + 1e-3) this.selected = null;
    }
    const key = `${e.endTime}|${this.marks.clientWidth}|${list.map((x) => x.d.id).join(',')}|${this.selected}`;
    if (key !== this.drawn) {
      this.drawn = key;
      // marks close in time are spread so each stays a button of its own
      const width = this.marks.clientWidth || 600;
      const gap = Math.min((100 * 28) / width, 100 / Math.max(1, list.length)); // 28 px: a 24 px target and a little space
      let left = -gap;
      this.marks.replaceChildren(
        ...list.map(({ d, index }, rank) => {
          left = Math.min(100, Math.max(left + gap, (100 * d.time) / Math.max(1, e.endTime)));
          const b = el('button', { type: 'button', class: 'decision-mark', 'data-decision': String(d.id), 'aria-label': decisionLabel(d, rank, list.length), title: decisionLabel(d, rank, list.length) }, String(rank + 1));
          b.style.left = `${left}%`;
          if (index === this.selected) b.setAttribute('aria-current', 'true');
          b.onclick = () => this.choose(index);
          return el('li', {}, b);
        }),
      );
    }
    const at = this.selected === null ? -1 : list.findIndex((x) => x.index === this.selected);
    this.status.textContent = !list.length ? td('replay.none') : at >= 0 ? `${td('replay.at')} ${at + 1} ${td('replay.of')} ${list.length} · ${tr(`kind.${list[at].d.kind}`)} · ${list[at].d.agent} · ${simTime(list[at].d.time)}` : '';
    this.prev.disabled = !list.some((x) => x.d.time < e.time - BEFORE) && at <= 0;
    this.next.disabled = at >= 0 ? at >= list.length - 1 : !list.some((x) => x.d.time > e.time + BEFORE);
    this.branch.disabled = at < 0;
  }

  /** After a language change. */
  relabel(): void {
    this.root.setAttribute('aria-label', td('replay.label'));
    this.marks.setAttribute('aria-label', td('replay.marks'));
    this.prev.textContent = `◀ ${td('replay.prev')}`;
    this.next.textContent = `${td('replay.next')} ▶`;
    this.branch.textContent = td('replay.branch');
    this.thenLabel.textContent = td('replay.then');
    const v = this.then.value || 'played';
    this.then.replaceChildren(el('option', { value: 'played' }, td('replay.thenPlayed')), el('option', { value: 'auto' }, td('replay.thenAuto')));
    this.then.value = v;
    this.debriefButton.textContent = td('replay.debrief');
    this.drawn = '';
    this.update();
  }
}
