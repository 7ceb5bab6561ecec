/**
 * The long-jump bar: while the clock runs a far jump in slices, the day reached out of the
 * target, a progress bar and a Cancel button (which leaves the run where it got to). Hidden
 * otherwise. Only shows what the clock reports.
 */
import type { JumpProgress } from '../../app/clock';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { num, percent } from '../../i18n/numbers';

/** The jump bar view. */
export class JumpBar {
  private readonly text = el('span', { 'data-testid': 'jump-text', role: 'status' });
  private readonly bar = el('progress', { max: '1', value: '0', 'data-testid': 'jump-progress' });
  private readonly cancel = el('button', { 'data-testid': 'jump-cancel' });

  constructor(
    private readonly host: HTMLElement,
    onCancel: () => void,
  ) {
    this.cancel.onclick = () => {
      onCancel();
      this.text.textContent = '';
    };
    host.append(this.text, this.bar, this.cancel);
  }

  /** Shows `p` (null hides the bar). */
  show(p: JumpProgress): void {
    this.host.hidden = p === null;
    if (!p) return;
    this.cancel.textContent = t('jump.cancel');
    const label = `${t('jump.progress')} ${t('time.day.label').toLowerCase()} ${num(p.day, language())} / ${num(p.targetDay, language())} (${percent(p.done, language())})`;
    this.bar.value = p.done;
    this.bar.setAttribute('aria-label', label);
    this.text.textContent = label;
  }
}
