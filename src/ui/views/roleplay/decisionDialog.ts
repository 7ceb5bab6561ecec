/**
 * The dialog of a played decision: named after the decision ("Promise a date — order 0123"),
 * it shows the role's view and nothing else (in words, with its consequences, and the view's
 * data), the question, the deadline in simulated time when the view has one, the answers the
 * protocol allows, "Use the suggestion" when suggestions are on, and a note. Enter answers;
 * Esc does not dismiss it. At one screen with several seats a card first says whose turn it
 * is, and the content shows only when that person asks for it. With a time limit (real
 * seconds, counted in the view, not the simulation) the suggestion is taken at the limit. The
 * answer goes to `submit`, which returns the desk's refusal (shown, the decision stays) or null.
 * On a phone, in the app, it is a bottom sheet under the replay bar; "Full screen" (a toggle,
 * shown there only) lets it take the screen, until pressed again.
 * A component over a request and its view: it knows nothing of the app.
 */
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';
import { answerForm } from './answerForm';
import { viewSummary } from './viewSummary';

/** How an answer was given, with the person's note and the real seconds taken. */
export interface DialogAnswer {
  answer: unknown;
  via: 'person' | 'suggestion' | 'timeout';
  note?: string;
  seconds: number;
}

/** How a decision is shown: the turn card first (several seats at one screen), the suggestion, a time limit. */
export interface DialogOptions {
  hotSeat: boolean;
  suggestions: boolean;
  /** Real seconds to answer; 0 for no limit. */
  timeLimitSeconds: number;
  /** The countdown only: nothing is answered at 0 (someone else, e.g. the server, answers then). */
  timerOnly?: boolean;
  /** Called when the content shows (after the turn card, if any), with the seat whose turn it is. */
  onReveal?: (agent: string) => void;
}

/** `time` (hours since day 0) as "day D, HH:MM". */
export function simTime(time: number): string {
  const day = Math.floor(time / 24);
  const h = time - day * 24;
  const hh = Math.floor(h);
  const mm = Math.round((h - hh) * 60);
  return `${tr('d.day')} ${day}, ${String(hh).padStart(2, '0')}:${String(Math.min(mm, 59)).padStart(2, '0')}`;
}

/** The deadline (hours) a view carries, if any: its own or its request's. */
export function viewDeadline(view: unknown): number | null {
  const v = view as { deadline?: unknown; request?: { deadline?: unknown } } | null;
  const d = v?.deadline ?? v?.request?.deadline;
  return typeof d === 'number' && Number.isFinite(d) ? d : null;
}

/** The decision's name: its kind's label, and its order when it has one. */
export function decisionTitle(p: DecisionRequest): string {
  return p.order === null ? tr(`kind.${p.kind}`) : `${tr(`kind.${p.kind}`)} — ${tr('d.order')} ${String(p.order).padStart(4, '0')}`;
}

/** Who decides, in words: the role, and the agent's id when it is not the role's own ("Client · CM1"). */
const whoText = (p: DecisionRequest) => (p.agent === p.role ? tr(`role.${p.role}`) : `${tr(`role.${p.role}`)} · ${p.agent}`);

/** The view's data as shown: a consulting commercial's lanceur day stays out until asked. */
function shownData(p: DecisionRequest, asked: boolean): string {
  const v = p.view as Record<string, unknown> | null;
  if (p.kind === 'commercial.promise' && v && v.posture === 'consulting' && !asked) {
    const { lanceurDeliveryDay: _said, ...rest } = v;
    return JSON.stringify(rest, null, 1);
  }
  return JSON.stringify(p.view, null, 1);
}

/**
 * One dialog element, shown for one pending decision at a time. Not modal (no `aria-modal`):
 * the page behind stays in use while a decision waits (the app's time and replay bars, the
 * console's lists, a participant's messages), so assistive technologies must not hide it.
 */
export class DecisionDialog {
  readonly root = el('div', { role: 'dialog', class: 'rp-dialog', 'data-testid': 'decision-dialog', hidden: '' });
  /** The decision shown, or null when hidden. */
  shown: DecisionRequest | null = null;
  /** Whether the decision's content shows (false while the turn card does). */
  revealed = false;
  private options: DialogOptions = { hotSeat: false, suggestions: true, timeLimitSeconds: 0 };
  private started = 0;
  /** Whether the phone's sheet takes the full screen (kept from one decision to the next). */
  private full = false;
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    host: HTMLElement,
    private readonly submit: (a: DialogAnswer) => string | null,
  ) {
    host.append(this.root);
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
      }
      e.stopPropagation(); // the app's shortcuts do not act behind the dialog
    });
  }

  /** Shows `p`: the turn card first when `options.hotSeat` (and not yet revealed), else its content. */
  show(p: DecisionRequest, options: DialogOptions): void {
    const again = this.shown?.id === p.id && this.revealed;
    this.stopTimers();
    this.shown = p;
    this.options = options;
    this.root.hidden = false;
    if (options.hotSeat && !again) this.card(p);
    else this.content(p);
  }

  /** The turn card: whose turn it is, before anything of the decision shows. */
  private card(p: DecisionRequest): void {
    this.revealed = false;
    const title = el('h2', { id: 'rp-title' }, `${tr('turn.title')} ${p.agent}`);
    this.root.setAttribute('aria-labelledby', 'rp-title');
    const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'turn-show' }, tr('turn.show'));
    go.onclick = () => this.content(p);
    this.root.replaceChildren(title, el('div', { class: 'rp-card', 'data-testid': 'turn-card' }, el('p', { class: 'rp-who' }, whoText(p)), el('p', {}, tr('turn.hand')), go));
    go.focus();
  }

  private content(p: DecisionRequest): void {
    this.revealed = true;
    this.options.onReveal?.(p.agent);
    this.started = performance.now();
    const { suggestions, timeLimitSeconds } = this.options;
    const title = el('h2', { id: 'rp-title' }, decisionTitle(p));
    this.root.setAttribute('aria-labelledby', 'rp-title');
    const form = answerForm(p, suggestions);
    const note = el('input', { type: 'text', name: 'note', maxlength: '500', id: 'rp-note' });
    const error = el('p', { class: 'rp-error', role: 'alert', 'data-testid': 'decision-error' });
    const deadline = viewDeadline(p.view);
    const viewBox = el('pre', { class: 'rp-view', 'data-testid': 'decision-view', tabindex: '0' }, shownData(p, false));
    const summary = viewSummary(p, () => (viewBox.textContent = shownData(p, true)));
    const suggest = el('button', { type: 'button', 'data-testid': 'use-suggestion' }, tr('d.suggest'));
    const submitButton = el('button', { type: 'submit', class: 'primary', 'data-testid': 'decision-answer' }, tr('d.answer'));
    const clock = el('p', { class: 'rp-timer', 'data-testid': 'decision-timer', 'aria-live': 'off' });
    const f = el(
      'form',
      {},
      el('p', { class: 'rp-who' }, `${whoText(p)} · ${simTime(p.time)}`),
      ...(timeLimitSeconds > 0 ? [clock] : []),
      el('p', { class: 'rp-question' }, tr(`d.question.${p.kind}`)),
      ...(deadline === null ? [] : [el('p', { 'data-testid': 'decision-deadline' }, `${tr('d.deadline')} ${simTime(deadline)}`)]),
      summary,
      el('details', {}, el('summary', {}, tr('d.data')), viewBox),
      ...form.controls,
      el('label', { for: 'rp-note', class: 'rp-field' }, tr('d.note') + ' ', note),
      error,
      el('div', { class: 'rp-buttons' }, submitButton, ...(suggestions ? [suggest] : [])),
    );
    const give = (answer: unknown, via: DialogAnswer['via']) => {
      const why = note.value.trim();
      const seconds = Math.round((performance.now() - this.started) / 100) / 10;
      const refused = this.submit({ answer, via, seconds, ...(why ? { note: why } : {}) });
      error.textContent = refused ?? '';
    };
    f.onsubmit = (e) => {
      e.preventDefault();
      give(form.read(), 'person');
    };
    suggest.onclick = () => give(p.suggestion, 'suggestion');
    if (timeLimitSeconds > 0) {
      const tick = () => {
        const left = Math.max(0, Math.ceil(timeLimitSeconds - (performance.now() - this.started) / 1000));
        clock.textContent = `${tr('d.timeLeft')} ${left} s`;
      };
      tick();
      this.timers.push(setInterval(tick, 500));
      if (!this.options.timerOnly) this.timers.push(setTimeout(() => give(p.suggestion, 'timeout'), timeLimitSeconds * 1000));
    }
    this.root.dataset.seat = p.agent;
    this.root.replaceChildren(this.fullToggle(), title, f);
    (f.querySelector<HTMLElement>('input:not([type=radio]), select, input') ?? submitButton).focus();
  }

  /** The phone sheet's "Full screen" toggle (hidden by the style sheet elsewhere). */
  private fullToggle(): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'rp-full-toggle', 'aria-pressed': String(this.full), 'data-testid': 'sheet-full' }, tr('sheet.full'));
    this.root.classList.toggle('rp-full', this.full);
    b.onclick = () => {
      this.full = !this.full;
      b.setAttribute('aria-pressed', String(this.full));
      this.root.classList.toggle('rp-full', this.full);
    };
    return b;
  }

  private stopTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  /** Hides the dialog. */
  hide(): void {
    this.stopTimers();
    this.shown = null;
    this.revealed = false;
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
