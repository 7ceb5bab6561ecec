/**
 * The facilitator's console: a new session (see createForm.ts), or the console of one the
 * browser holds the token of: join code, link and QR code, personal links per seat, who is
 * connected, seating, start / pause / end, the pace, who answers each seat (a person, the
 * facilitator, automatic), a lever and a disruption for all teams, every team's key figures live, the decisions
 * of the seats taken over (every one listed, one at a time in the role-play's dialog, in the
 * page), the messages and the debrief.
 */
import '../roleplay/roleplay.css';
import './sessions.css';
import { io } from 'socket.io-client';
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { DecisionDialog } from '../roleplay/decisionDialog';
import { api, consoleToken } from './api';
import { createForm } from './createForm';
import { DebriefView } from './debriefView';
import { qrImage } from './qr';
import { seatTable, figuresTable, participantsTable, type ConsoleState } from './consoleTables';
import { disruptionForm, givenList } from './disruptionForm';
import { waitingKey, waitingList, type WaitingDecision } from './takenOver';
import { messageLine } from '../roleplay/messageLine';

/** The console page on `root` for session `id` (null: the form for a new one). */
export function consolePage(root: HTMLElement, id: string | null): void {
  const page = el('main', { class: 'ss-page', 'data-testid': 'console-page' }, el('h1', {}, ts('c.title')));
  root.replaceChildren(page);
  if (!id) {
    page.append(el('h2', {}, ts('c.new')), createForm((made) => (location.hash = `console=${made}`)));
    return;
  }
  const token = consoleToken(id);
  if (!token) {
    page.append(el('p', { class: 'ss-alert', role: 'alert' }, ts('c.noToken')));
    return;
  }
  new Console(page, id, token);
}

class Console {
  private readonly alert = el('p', { class: 'ss-alert', role: 'alert', 'data-testid': 'c-alert' });
  private readonly status = el('p', { class: 'ss-status', 'data-testid': 'c-status' });
  private readonly join = el('div', { class: 'ss-row', 'data-testid': 'c-join' });
  private readonly invites = el('div', { 'data-testid': 'c-invites' });
  private readonly participants = el('div', {});
  private readonly seats = el('div', {});
  private readonly figures = el('div', {});
  private readonly disruption = el('div', {});
  private readonly given = el('div', {});
  private readonly waiting = el('div', {});
  /** The waiting decision the facilitator chose to answer (`team:id`), else the first. */
  private chosen: string | null = null;
  private readonly messages = el('ul', { class: 'ss-messages', 'data-testid': 'c-messages' });
  private readonly dialog: DecisionDialog;
  private readonly debrief: DebriefView;
  private readonly last = new Map<string, string>();
  private state: ConsoleState | null = null;

  constructor(
    page: HTMLElement,
    private readonly id: string,
    private readonly token: string,
  ) {
    // the dialog sits in the page under the list of waiting decisions (not modal: the console stays usable)
    const decisionHost = el('div', { class: 'ss-decision' });
    this.dialog = new DecisionDialog(decisionHost, (a) => {
      const d = this.dialog.shown as (DecisionRequest & { team: number }) | null;
      if (d) this.call('answer', { team: d.team, decision: d.id, answer: a.answer, ...(a.note ? { note: a.note } : {}) }).then(() => this.dialog.hide());
      return null;
    });
    this.debrief = new DebriefView(id, token, (m) => (this.alert.textContent = m));
    const button = (label: string, testid: string, act: () => void) => {
      const b = el('button', { type: 'button', 'data-testid': testid }, label);
      b.onclick = act;
      return b;
    };
    const pace = el('input', { type: 'number', min: '0', value: '0', 'aria-label': ts('c.pace'), 'data-testid': 'c-pace-value' });
    const path = el('input', { type: 'text', 'aria-label': ts('c.lever.path'), placeholder: 'lanceur.quantityMargin', 'data-testid': 'c-lever-path' });
    const value = el('input', { type: 'text', 'aria-label': ts('c.lever.value'), 'data-testid': 'c-lever-value' });
    const controls = el(
      'div',
      { class: 'ss-row' },
      button(ts('c.start'), 'c-start', () => void this.call('start')),
      button(ts('c.pause'), 'c-pause', () => void this.call('pause')),
      button(ts('c.end'), 'c-end', () => void this.call('end', this.debrief.rank ? { rank: this.debrief.rank } : {}).then(() => this.debrief.load(this.debrief.rank))),
      el('label', {}, ts('c.pace') + ' ', pace),
      button('✓', 'c-pace', () => void this.call('pace', { pace: Number(pace.value) > 0 ? Number(pace.value) : 'turns' })),
      button(ts('c.export'), 'c-export', () => void this.export()),
    );
    const lever = el('div', { class: 'ss-row' }, el('strong', {}, ts('c.lever')), path, value, button(ts('c.lever.apply'), 'c-lever', () => void this.call('levers', { path: path.value, value: parseValue(value.value) })));
    page.append(this.status, this.alert, this.join, controls, this.waiting, decisionHost, el('h2', {}, ts('c.participants')), this.participants, el('h2', {}, ts('c.seats')), this.seats, this.invites, lever, this.disruption, this.given, el('h2', {}, ts('c.figures')), this.figures, el('h2', {}, ts('m.title')), this.messages, this.debrief.root);
    const socket = io({ auth: { facilitator: token, session: id }, transports: ['websocket'] });
    socket.on('state', (s: ConsoleState) => this.render(s));
    void this.debrief.load(); // fills the figures to rank on
    socket.on('refused', (r: { error: string }) => (this.alert.textContent = r.error));
    socket.on('message', (m: ConsoleState['messages'][number]) => this.messages.append(el('li', {}, `${ts('c.f.team')} ${m.team + 1} · ${messageLine(m.hour, m)}`)));
  }

  /** POSTs `action` to the session; a refusal is shown. */
  private call(action: string, body: unknown = {}): Promise<unknown> {
    return api(`sessions/${this.id}/${action}`, this.token, body).then(
      (r) => {
        this.alert.textContent = '';
        return r;
      },
      (e: Error) => {
        this.alert.textContent = `${ts('err.request')}: ${e.message}`;
        throw e;
      },
    ).catch(() => undefined);
  }

  private async export(): Promise<void> {
    const set = await api(`sessions/${this.id}/export`, this.token);
    const a = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(set, null, 1)], { type: 'application/json' })), download: `sessions-${this.id}.json` });
    a.click();
  }

  /** Re-renders the parts whose data changed (so open controls are not rebuilt for nothing). */
  private render(s: ConsoleState): void {
    this.state = s;
    const pace = s.pace === 'turns' ? ts('c.turns') : `${s.pace} ${ts('c.perSecond')}`;
    this.status.textContent = `${ts('c.status')}: ${ts(`c.st.${s.status as 'lobby'}`)} · ${s.scenario} · ${ts('c.seed')} ${s.seed} · ${s.teams} × [${s.human.join(', ')}] · ${ts('c.pace')}: ${pace}`;
    this.part('join', [s.code, s.joinUrl], () => this.join.replaceChildren(el('span', {}, ts('c.code') + ' '), el('span', { class: 'ss-code', 'data-testid': 'c-code' }, s.code), el('a', { href: s.joinUrl, class: 'ss-link', 'data-testid': 'c-join-url' }, s.joinUrl), qrImage(s.joinUrl, ts('c.link'))));
    this.part('participants', s.participants, () => this.participants.replaceChildren(participantsTable(s, (pid, team, seat) => void this.call(`participants/${pid}`, { team, seat }))));
    this.part('seats', [s.seats, s.participants], () => this.seats.replaceChildren(seatTable(s, (team, seat, mode) => void this.call('seats', { team, seat, mode }), (team, seat) => void this.invite(team, seat))));
    this.part('stations', s.stations, () => this.disruption.replaceChildren(disruptionForm(s.stations, (body) => void this.call('disruptions', body))));
    this.part('disruptions', s.disruptions, () => this.given.replaceChildren(givenList(s.disruptions)));
    this.part('figures', s.figures, () => this.figures.replaceChildren(figuresTable(s)));
    this.part('messages', s.messages.length, () => this.messages.replaceChildren(...s.messages.map((m) => el('li', {}, `${ts('c.f.team')} ${m.team + 1} · ${messageLine(m.hour, m)}`))));
    this.showWaiting(s.facilitatorPending as unknown as WaitingDecision[], s.seats.some((x) => x.mode === 'facilitator'));
    if (s.status === 'ended' && !this.last.has('debrief')) {
      this.last.set('debrief', '1');
      void this.debrief.load();
    }
  }

  /** Lists every decision waiting at a seat taken over (when any is); shows the chosen one (else the first) in the dialog. */
  private showWaiting(waiting: WaitingDecision[], takenOver: boolean): void {
    const mine = waiting.find((d) => waitingKey(d) === this.chosen) ?? waiting[0];
    this.part('waiting', [waiting.map(waitingKey), mine && waitingKey(mine), takenOver], () =>
      this.waiting.replaceChildren(
        ...(takenOver
          ? [
              waitingList(waiting, mine, (d) => {
                this.chosen = waitingKey(d);
                this.showWaiting(waiting, takenOver);
              }),
            ]
          : []),
      ),
    );
    const shown = this.dialog.shown as unknown as WaitingDecision | null;
    if (!mine) this.dialog.hide();
    else if (!shown || waitingKey(shown) !== waitingKey(mine)) this.dialog.show(mine as unknown as DecisionRequest, { hotSeat: false, suggestions: true, timeLimitSeconds: 0 });
  }

  private part(name: string, data: unknown, draw: () => void): void {
    const key = JSON.stringify(data);
    if (this.last.get(name) === key) return;
    this.last.set(name, key);
    draw();
  }

  private async invite(team: number, seat: string): Promise<void> {
    const r = (await this.call('invites', { role: seat, team })) as { url: string } | undefined;
    if (!r) return;
    this.invites.append(el('div', { class: 'ss-row', 'data-testid': 'c-invite' }, el('span', {}, `${ts('c.invite')} · ${ts('c.f.team')} ${team + 1} · ${seat}`), el('a', { href: r.url, class: 'ss-link', 'data-testid': 'c-invite-url' }, r.url), qrImage(r.url, `${ts('c.invite')} ${seat}`)));
  }
}

/** A lever's value as typed: JSON when it parses (numbers, true, null), else the text. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
