/**
 * The messages panel of a participant: the short messages between their seat and the other
 * played seats of their team (text shown as text, never as HTML), and a form to send one.
 */
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { messageLine } from '../roleplay/messageLine';

/** A message as the server sends it. */
export interface SeatMessageOut {
  from: string;
  to: string;
  name: string;
  text: string;
  /** The team's simulated time when it was said (hours). */
  hour: number;
  seq: number;
}

/** The panel; `send` returns the server's refusal or null. */
export class MessagesPanel {
  readonly root = el('section', { 'data-testid': 'messages', 'aria-label': ts('m.title') });
  private readonly list = el('ul', { class: 'ss-messages' });
  private readonly to = el('select', { 'data-testid': 'message-to' });
  private readonly text = el('input', { type: 'text', maxlength: '300', 'data-testid': 'message-text' });
  private readonly alert = el('p', { class: 'ss-alert', role: 'alert' });
  private readonly seen = new Set<number>();

  constructor(send: (to: string, text: string) => Promise<string | null>) {
    const form = el('form', { class: 'ss-row' }, el('label', {}, ts('m.to') + ' ', this.to), el('label', {}, ts('m.text') + ' ', this.text), el('button', { type: 'submit', 'data-testid': 'message-send' }, ts('m.send')));
    form.onsubmit = (e) => {
      e.preventDefault();
      const text = this.text.value.trim();
      if (!text) return;
      void send(this.to.value, text).then((refused) => {
        this.alert.textContent = refused ?? '';
        if (!refused) this.text.value = '';
      });
    };
    this.root.append(el('h2', {}, ts('m.title')), this.list, form, this.alert);
  }

  /** The seats one can write to (the played seats but one's own). */
  setSeats(seats: string[], mine: string | null): void {
    const others = seats.filter((s) => s !== mine);
    if ([...this.to.options].map((o) => o.value).join() === others.join()) return;
    this.to.replaceChildren(...others.map((s) => el('option', { value: s }, s)));
  }

  /** Adds a message (once, by its rank in the journal). */
  add(m: SeatMessageOut): void {
    if (this.seen.has(m.seq)) return;
    this.seen.add(m.seq);
    this.list.append(el('li', { 'data-testid': 'message' }, messageLine(m.hour, m)));
  }
}
