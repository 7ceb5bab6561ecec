/**
 * The first-visit guide: a modal dialog saying what the screen shows, listing the keyboard
 * shortcuts, with a switch to turn single-key shortcuts off. Opens by itself on the first
 * visit of a browser (remembered under {@link GUIDE_KEY}), and again from the header's "?".
 * Escape or the button closes it and gives the focus back.
 */
import { el } from '../../app/shell';
import { SHORTCUTS } from '../../app/shortcuts';
import { t } from '../../i18n/i18n';

/** Where the browser remembers that the guide was seen. */
export const GUIDE_KEY = 'negoplan.v1.guide';

/** The guide dialog. */
export class Guide {
  readonly dialog = el('dialog', { class: 'guide', 'data-testid': 'guide', 'aria-labelledby': 'guide-title' });
  private readonly keys = el('input', { type: 'checkbox', id: 'guide-keys', 'data-testid': 'guide-keys' });

  constructor(
    host: HTMLElement,
    private readonly shortcuts: { get(): boolean; set(on: boolean): void },
  ) {
    this.keys.onchange = () => this.shortcuts.set(this.keys.checked);
    // 'close' comes a task after the dialog has closed: remember at once on Escape ('cancel') and
    // on the button too, so a reload right after closing does not greet again
    this.dialog.addEventListener('cancel', () => remember());
    this.dialog.addEventListener('close', () => remember());
    host.append(this.dialog);
    this.relabel();
  }

  /** Opens the guide (modal). */
  open(): void {
    this.keys.checked = this.shortcuts.get();
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Opens the guide if this browser has not seen it yet. */
  openIfFirstVisit(): void {
    let seen = true;
    try {
      seen = localStorage.getItem(GUIDE_KEY) !== null;
    } catch {
      /* storage disabled: do not insist */
    }
    if (!seen) this.open();
  }

  relabel(): void {
    const close = el('button', { class: 'primary', 'data-testid': 'guide-close' }, t('guide.close'));
    close.onclick = () => {
      remember();
      this.dialog.close();
    };
    const table = el('table', { class: 'keys' }, el('caption', {}, t('guide.keys')));
    for (const [k, what] of SHORTCUTS) table.append(el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, k)), el('td', {}, t(what))));
    table.append(el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, '← → Home End')), el('td', {}, t('key.tablist'))));
    this.dialog.replaceChildren(
      el('h2', { id: 'guide-title' }, t('guide.title')),
      el('p', {}, t('guide.body')),
      table,
      el('p', {}, this.keys, ' ', el('label', { for: 'guide-keys' }, t('guide.keysOn'))),
      el('div', { class: 'actions' }, close),
    );
    this.keys.checked = this.shortcuts.get();
  }
}

function remember(): void {
  try {
    localStorage.setItem(GUIDE_KEY, 'seen');
  } catch {
    /* storage disabled: it will show again next time */
  }
}
