/**
 * The messages panel of a participant: the short messages between their seat and the other
 * played seats of their team, oldest first (text shown as text, never as HTML), a button for
 * the earlier ones the server did not send at once, and a form to send one.
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

/** A page of earlier messages, oldest first, and how many of theirs come before it. */
export interface EarlierMessages {
  messages: SeatMessageOut[];
  earlier: number;
}

/**
 * The panel; `send` returns the server's refusal or null, `fetchEarlier` the messages before
 * rank `before` (null when the server cannot be asked).
 */
export class MessagesPanel {
  readonly root = el('section', { 'data-testid': 'messages', 'aria-label': ts('m.title') });
  private readonly list = el('ul', { class: 'ss-messages' });
  private readonly to = el('select', { 'data-testid': 'message-to' });
  private readonly text = el('input', { type: 'text', maxlength: '300', 'data-testid': 'message-text' });
  private readonly alert = el('p', { class: 'ss-alert', role: 'alert' });
  private readonly more = el('button', { type: 'button', class: 'ss-earlier', 'data-testid': 'messages-earlier', hidden: '' });
  /** The ranks shown, in increasing order (the list's items in the same order). */
  private readonly ranks: number[] = [];
  /** Whether the list is scrolled to its latest message (a new one then stays in view). */
  private following = true;

  constructor(send: (to: string, text: string) => Promise<string | null>, fetchEarlier: (before: number) => Promise<EarlierMessages | null>) {
    this.list.onscroll = () => (this.following = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4);
    this.more.onclick = () => {
      this.more.disabled = true;
      void fetchEarlier(this.ranks[0] ?? Number.MAX_SAFE_INTEGER).then((page) => {
        this.more.disabled = false;
        if (!page) return;
        for (const m of page.messages) this.add(m);
        this.setEarlier(page.earlier);
        // the earlier ones asked for, in view
        this.list.scrollTop = 0;
      });
    };
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
    this.root.append(el('h2', {}, ts('m.title')), this.more, this.list, form, this.alert);
  }

  /**
   * The messages the server sent at once (its last ones) and how many of the participant's
   * come before them. The count is kept only when it is about the earliest message shown (after
   * earlier pages were fetched, the server's latest count is about later messages).
   */
  showLatest(messages: SeatMessageOut[], earlier: number): void {
    const known = this.ranks[0];
    for (const m of messages) this.add(m);
    if (known === undefined || (messages.length > 0 && messages[0].seq <= known)) this.setEarlier(earlier);
  }

  /** Shows how many of the participant's messages come before the earliest shown (the button hidden at 0). */
  private setEarlier(n: number): void {
    this.more.hidden = n === 0;
    this.more.textContent = `${ts('m.earlier')} (${n})`;
  }

  /** The seats one can write to (the played seats but one's own). */
  setSeats(seats: string[], mine: string | null): void {
    const others = seats.filter((s) => s !== mine);
    if ([...this.to.options].map((o) => o.value).join() === others.join()) return;
    this.to.replaceChildren(...others.map((s) => el('option', { value: s }, s)));
  }

  /** Adds a message in its place by its rank in the journal (once). */
  add(m: SeatMessageOut): void {
    let i = this.ranks.length;
    while (i > 0 && this.ranks[i - 1] > m.seq) i--;
    if (this.ranks[i - 1] === m.seq) return;
    const item = el('li', { 'data-testid': 'message' }, messageLine(m.hour, m));
    this.list.insertBefore(item, this.list.children[i] ?? null);
    this.ranks.splice(i, 0, m.seq);
    if (i === this.ranks.length - 1) this.keepLatestInView();
  }

  /** Scrolls the list to its latest message, unless the reader has scrolled up (call once the panel is in the page). */
  keepLatestInView(): void {
    if (this.following) this.list.scrollTop = this.list.scrollHeight;
  }
}
