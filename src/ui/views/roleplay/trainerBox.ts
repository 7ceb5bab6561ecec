/**
 * The trainer's controls, a menu folded in the header (it opens over the page): who is played
 * ("Play as"), suggestions on or off, a time limit per decision in real seconds, "reveal all",
 * and the session file (export, open). Folded again when people start to play, so a played
 * role's screen does not show the seats' list of clients. DOM only: it reports changes, the
 * role-play acts on them.
 */
import type { TrainerSettings } from '../../../session/session';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';

/** What the trainer's controls report. */
export interface TrainerActions {
  play(seats: string[]): void;
  settings(s: TrainerSettings): void;
  exportSession(): void;
  openFile(file: File): void;
}

/** The trainer's box and its controls. */
export class TrainerBox {
  readonly root = el('details', { class: 'rp-controls', 'data-testid': 'roleplay' });
  private readonly summary = el('summary', { 'data-testid': 'trainer' });
  private readonly seats = el('select', { multiple: '', 'data-testid': 'play-as', size: '3' });
  private readonly seatsLabel = el('span', {});
  private readonly suggestions = el('input', { type: 'checkbox', 'data-testid': 'suggestions' });
  private readonly suggestionsLabel = el('span', {});
  private readonly limit = el('input', { type: 'number', min: '0', max: '3600', step: '1', 'data-testid': 'time-limit', class: 'rp-limit' });
  private readonly limitLabel = el('span', {});
  private readonly reveal = el('input', { type: 'checkbox', 'data-testid': 'reveal-all' });
  private readonly revealLabel = el('span', {});
  private readonly exportButton = el('button', { type: 'button', 'data-testid': 'export-session' });
  private readonly openInput = el('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'open-session' });
  private readonly openLabel = el('span', {});

  constructor(header: HTMLElement, actions: TrainerActions) {
    const box = el(
      'div',
      { class: 'rp-trainer' },
      el('label', { class: 'rp-seats' }, this.seatsLabel, this.seats),
      el('label', {}, this.suggestions, this.suggestionsLabel),
      el('label', {}, this.limitLabel, this.limit),
      el('label', {}, this.reveal, this.revealLabel),
      this.exportButton,
      el('label', { class: 'rp-open' }, this.openLabel, this.openInput),
    );
    this.root.append(this.summary, box);
    header.append(this.root);
    this.seats.onchange = () => actions.play([...this.seats.selectedOptions].map((o) => o.value));
    const changed = () => {
      const seconds = Math.max(0, Math.round(Number(this.limit.value) || 0));
      actions.settings({ suggestions: this.suggestions.checked, revealAll: this.reveal.checked, ...(seconds ? { timeLimitSeconds: seconds } : {}) });
    };
    this.suggestions.onchange = changed;
    this.reveal.onchange = changed;
    this.limit.onchange = changed;
    this.exportButton.onclick = () => actions.exportSession();
    this.openInput.onchange = () => {
      const file = this.openInput.files?.[0];
      if (file) actions.openFile(file);
      this.openInput.value = '';
    };
    this.relabel();
  }

  /** Shows the seats of the run (`chosen` selected) and the settings in force; folds the menu when people play. */
  set(names: readonly string[], chosen: ReadonlySet<string>, s: { suggestions: boolean; timeLimitSeconds: number; revealAll: boolean }): void {
    this.seats.replaceChildren(
      ...names.map((n) => {
        const o = el('option', { value: n }, n);
        o.selected = chosen.has(n);
        return o;
      }),
    );
    this.suggestions.checked = s.suggestions;
    this.limit.value = s.timeLimitSeconds ? String(s.timeLimitSeconds) : '';
    this.reveal.checked = s.revealAll;
    if (chosen.size) this.root.open = false;
  }

  /** After a language change. */
  relabel(): void {
    this.summary.textContent = tr('trainer.title');
    this.seats.setAttribute('aria-label', tr('play.label'));
    this.seatsLabel.textContent = tr('play.label');
    this.suggestionsLabel.textContent = tr('trainer.suggestions');
    this.limitLabel.textContent = tr('trainer.timeLimit');
    this.limit.setAttribute('aria-label', tr('trainer.timeLimit'));
    this.revealLabel.textContent = tr('trainer.revealAll');
    this.exportButton.textContent = tr('session.export');
    this.openLabel.textContent = tr('session.open');
    this.openInput.setAttribute('aria-label', tr('session.open'));
  }
}
