/**
 * A participant's page, on their own phone or laptop: joins with the session's code and a
 * name (the server gives a personal token, kept in this browser to reconnect with) or with a
 * personal link; then plays their seat in the role-play's decision dialog, with only what
 * the server sends them (their seat's decision and its view), and writes to the other seats.
 * An answer not acknowledged (network lost) is sent again on reconnection: the server takes
 * the same decision once.
 */
import '../roleplay/roleplay.css';
import './sessions.css';
import { io, type Socket } from 'socket.io-client';
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { storage } from '../../storage';
import { DecisionDialog, type DialogAnswer } from '../roleplay/decisionDialog';
import { debriefTables, type Debrief } from './debriefView';
import { MessagesPanel, type EarlierMessages, type SeatMessageOut } from './messages';

interface ParticipantState {
  session: { id: string; name: string; status: 'lobby' | 'running' | 'paused' | 'ended'; scenario: string };
  participant: { id: string; name: string; team: number | null; seat: string | null };
  seats: string[];
  mode: 'person' | 'facilitator' | 'auto' | null;
  pending: (DecisionRequest & { seat: string; team: number; secondsLeft?: number }) | null;
  messages: SeatMessageOut[];
  /** How many of their messages come before `messages`. */
  earlierMessages: number;
  /** Only once the session has ended: the teams' debrief. */
  debrief: Debrief | null;
}

const KEY = 'negoplan.v1.join.';

/** The page of one participant. */
export class ParticipantPage {
  private socket: Socket | null = null;
  private readonly status = el('p', { class: 'ss-status', 'data-testid': 'participant-status', 'aria-live': 'polite' });
  private readonly seat = el('p', { 'data-testid': 'participant-seat' });
  private readonly alert = el('p', { class: 'ss-alert', role: 'alert', 'data-testid': 'participant-alert' });
  private readonly body = el('div', {});
  private readonly dialog: DecisionDialog;
  private readonly messages: MessagesPanel;
  private state: ParticipantState | null = null;
  /** An answer sent and not acknowledged yet: sent again after a reconnection. */
  private unacked: Record<string, unknown> | null = null;

  constructor(
    private readonly root: HTMLElement,
    link: { page: 'join'; code: string } | { page: 'invite'; token: string },
  ) {
    // on a participant's own device the dialog sits in the page, above their messages (not modal)
    const decisionHost = el('div', { class: 'ss-decision' });
    this.dialog = new DecisionDialog(decisionHost, (a) => this.answered(a));
    this.messages = new MessagesPanel(
      (to, text) => this.send('message', { to, text }),
      (before) => this.earlier(before),
    );
    root.replaceChildren(el('main', { class: 'ss-page', 'data-testid': 'participant-page' }, el('h1', {}, ts('j.title')), this.status, this.seat, this.alert, decisionHost, this.body));
    const saved = link.page === 'join' ? storage()?.getItem(KEY + link.code) : null;
    if (link.page === 'invite') this.connect({ token: link.token });
    else if (saved) this.connect({ token: saved }, link.code);
    else this.joinForm(link.code);
  }

  private joinForm(code: string): void {
    const codeInput = el('input', { type: 'text', name: 'code', value: code, maxlength: '20', autocomplete: 'off', 'data-testid': 'join-code' });
    const name = el('input', { type: 'text', name: 'name', maxlength: '60', required: '', 'data-testid': 'join-name' });
    const form = el('form', { class: 'ss-form' }, el('label', {}, ts('j.code') + ' ', codeInput), el('label', {}, ts('j.name') + ' ', name), el('button', { type: 'submit', class: 'primary', 'data-testid': 'join-submit' }, ts('j.join')));
    form.onsubmit = (e) => {
      e.preventDefault();
      const c = codeInput.value.trim().toUpperCase();
      if (c && name.value.trim()) this.connect({ code: c, name: name.value.trim() }, c);
    };
    this.body.replaceChildren(form);
    name.focus();
  }

  private connect(auth: Record<string, string>, code?: string): void {
    const socket = io({ auth, transports: ['websocket'], reconnectionDelay: 500, reconnectionDelayMax: 3000 });
    this.socket = socket;
    socket.on('welcome', (w: { token: string }) => {
      socket.auth = { token: w.token };
      if (code) storage()?.setItem(KEY + code, w.token);
    });
    socket.on('refused', (r: { error: string }) => {
      this.alert.textContent = `${ts('j.refused')}: ${r.error}`;
      if (code) storage()?.removeItem(KEY + code);
      socket.disconnect();
      if (code) this.joinForm(code);
    });
    socket.on('connect', () => {
      this.alert.textContent = '';
      if (this.unacked) void this.sendAnswer(this.unacked);
    });
    socket.on('disconnect', () => (this.alert.textContent = ts('j.offline')));
    socket.on('state', (s: ParticipantState) => this.render(s));
    socket.on('decision', (d: ParticipantState['pending']) => this.show(d));
    socket.on('decided', () => this.dialog.hide());
    socket.on('message', (m: SeatMessageOut) => this.messages.add(m));
  }

  private render(s: ParticipantState): void {
    this.state = s;
    document.body.dataset.participant = s.participant.seat ?? '';
    this.status.textContent = ts(`j.status.${s.session.status}`);
    const p = s.participant;
    this.seat.textContent = p.seat === null ? ts('j.waitSeat') : `${p.name ? p.name + ' · ' : ''}${ts('j.seat')} ${p.seat} · ${ts('j.team')} ${(p.team ?? 0) + 1}${s.mode && s.mode !== 'person' ? ' · ' + ts(`j.mode.${s.mode}`) : ''}`;
    const parts: HTMLElement[] = [];
    if (!p.name) parts.push(this.nameForm());
    if (p.seat !== null) {
      this.messages.setSeats(s.seats, p.seat);
      this.messages.showLatest(s.messages, s.earlierMessages);
      parts.push(this.messages.root);
    }
    if (s.debrief) parts.unshift(el('section', { 'data-testid': 'debrief', 'aria-label': ts('d.title') }, el('h2', {}, ts('d.title')), ...debriefTables(s.debrief)));
    this.body.replaceChildren(...parts);
    this.messages.keepLatestInView();
    this.show(s.session.status === 'ended' ? null : s.pending);
  }

  private nameForm(): HTMLElement {
    const name = el('input', { type: 'text', maxlength: '60', required: '', 'data-testid': 'join-name' });
    const form = el('form', { class: 'ss-form' }, el('label', {}, ts('j.name') + ' ', name), el('button', { type: 'submit', 'data-testid': 'name-submit' }, ts('j.join')));
    form.onsubmit = (e) => {
      e.preventDefault();
      if (name.value.trim()) void this.send('name', { name: name.value.trim() });
    };
    return form;
  }

  private show(d: ParticipantState['pending']): void {
    if (!d) return this.dialog.hide();
    if (this.dialog.shown?.id === d.id) return;
    // one person at their own device: no turn card; the time limit is the server's (it takes the suggestion at 0): a countdown only
    this.dialog.show(d, { hotSeat: false, suggestions: 'suggestion' in d, timeLimitSeconds: d.secondsLeft ?? 0, timerOnly: true });
    this.dialog.root.dataset.decision = String(d.id);
  }

  private answered(a: DialogAnswer): string | null {
    const d = this.dialog.shown;
    if (!d) return null;
    void this.sendAnswer({ decision: d.id, answer: a.answer, via: a.via === 'person' ? 'person' : 'suggestion', seconds: a.seconds, ...(a.note ? { note: a.note } : {}) });
    return null;
  }

  private async sendAnswer(payload: Record<string, unknown>): Promise<void> {
    this.unacked = payload;
    const refused = await this.send('answer', payload);
    if (refused === 'offline') return; // sent again on reconnection
    this.unacked = null;
    if (refused) {
      this.alert.textContent = `${ts('err.request')}: ${refused}`;
      return;
    }
    this.alert.textContent = ts('j.sent');
    if (this.dialog.shown?.id === payload.decision) this.dialog.hide();
  }

  /** The participant's messages before rank `before`, from the server; null when it cannot be asked or refuses. */
  private async earlier(before: number): Promise<EarlierMessages | null> {
    const r = await this.acked<EarlierMessages>('earlier', { before });
    return r?.ok ? { messages: r.messages, earlier: r.earlier } : null;
  }

  /** Emits `event` and waits for its acknowledgement: null when taken, the refusal, or `offline`. */
  private async send(event: string, payload: unknown): Promise<string | null> {
    const r = await this.acked(event, payload);
    if (!r) return 'offline';
    return r.ok ? null : (r.error ?? 'refused');
  }

  /** Emits `event` and waits (8 s at most) for the server's acknowledgement; null when offline or none came. */
  private async acked<T = unknown>(event: string, payload: unknown): Promise<({ ok: boolean; error?: string } & T) | null> {
    const socket = this.socket;
    if (!socket?.connected) return null;
    try {
      return (await socket.timeout(8000).emitWithAck(event, payload)) as { ok: boolean; error?: string } & T;
    } catch {
      return null;
    }
  }
}
