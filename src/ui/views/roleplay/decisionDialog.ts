/**
 * The dialog of a played decision: named after the decision ("Promise a date — order 0123"),
 * it shows the role's view and nothing else, the question, the deadline in simulated time when
 * the view has one, the answers the protocol allows, "Use the suggestion" and a note. Enter
 * answers; Esc does not dismiss it. The answer goes to `submit`, which returns the desk's
 * refusal (shown in the dialog, the decision stays) or null.
 */
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';
import { answerForm } from './answerForm';

/** How an answer was given, with the person's note and the real seconds taken. */
export interface DialogAnswer {
  answer: unknown;
  via: 'person' | 'suggestion';
  note?: string;
  seconds: number;
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

/** One dialog element, shown for one pending decision at a time. */
export class DecisionDialog {
  readonly root = el('div', { role: 'dialog', 'aria-modal': 'true', class: 'rp-dialog', 'data-testid': 'decision-dialog', hidden: '' });
  /** The decision shown, or null when hidden. */
  shown: DecisionRequest | null = null;
  private started = 0;

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

  /** Shows `p` (its view, question, deadline and answers) and focuses the first control. */
  show(p: DecisionRequest, seat: string): void {
    this.shown = p;
    this.started = performance.now();
    const title = el('h2', { id: 'rp-title' }, decisionTitle(p));
    this.root.setAttribute('aria-labelledby', 'rp-title');
    const form = answerForm(p);
    const note = el('input', { type: 'text', name: 'note', maxlength: '500', id: 'rp-note' });
    const error = el('p', { class: 'rp-error', role: 'alert', 'data-testid': 'decision-error' });
    const deadline = viewDeadline(p.view);
    const viewBox = el('pre', { class: 'rp-view', 'data-testid': 'decision-view', tabindex: '0' }, JSON.stringify(p.view, null, 1));
    const suggest = el('button', { type: 'button', 'data-testid': 'use-suggestion' }, tr('d.suggest'));
    const submitButton = el('button', { type: 'submit', class: 'primary', 'data-testid': 'decision-answer' }, tr('d.answer'));
    const f = el(
      'form',
      {},
      el('p', { class: 'rp-who' }, `${p.agent} · ${simTime(p.time)}`),
      el('p', { class: 'rp-question' }, tr(`d.question.${p.kind}`)),
      ...(deadline === null ? [] : [el('p', { 'data-testid': 'decision-deadline' }, `${tr('d.deadline')} ${simTime(deadline)}`)]),
      el('details', { open: '' }, el('summary', {}, tr('d.view')), viewBox),
      ...form.controls,
      el('label', { for: 'rp-note', class: 'rp-field' }, tr('d.note') + ' ', note),
      error,
      el('div', { class: 'rp-buttons' }, submitButton, suggest),
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
    this.root.dataset.seat = seat;
    this.root.replaceChildren(title, f);
    this.root.hidden = false;
    (f.querySelector<HTMLElement>('input') ?? submitButton).focus();
  }

  /** Hides the dialog. */
  hide(): void {
    this.shown = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
