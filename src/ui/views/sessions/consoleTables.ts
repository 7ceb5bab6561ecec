/**
 * The console's tables, drawn from the server's state: participants (connected or away, and
 * a seat to give them), seats (who answers each, a personal link), key figures by team. Names
 * and texts are set as text, never as HTML.
 */
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { tr } from '../../i18n/roleplay';
import type { GivenDisruption } from './disruptionForm';

/** The facilitator's state as the server sends it (see src/server/view.ts). */
export interface ConsoleState {
  id: string;
  code: string;
  joinUrl: string;
  status: string;
  scenario: string;
  seed: number;
  human: string[];
  teams: number;
  pace: string | number;
  participants: { id: string; name: string; team: number | null; seat: string | null; connected: boolean }[];
  seats: { team: number; seat: string; mode: 'person' | 'facilitator' | 'auto'; players: string[] }[];
  figures: { team: number; day: number; decisions: number; pending: { kind: string; seat: string } | null; ordersDelivered: number; onTimeRate: number; leadTimeDays: number; trustMean: number; finished: boolean }[];
  facilitatorPending: ({ team: number; seat: string; id: number } & Record<string, unknown>)[];
  messages: { team: number; from: string; to: string; name: string; text: string; hour: number }[];
  /** The scenario's station ids, and the disruptions given to every team. */
  stations: string[];
  disruptions: GivenDisruption[];
}

const row = (...cells: (string | Node)[]) => el('tr', {}, ...cells.map((c) => el('td', {}, c)));
const head = (...cells: string[]) => el('tr', {}, ...cells.map((c) => el('th', {}, c)));

/** Participants, each with a seat selector (team · seat). */
export function participantsTable(s: ConsoleState, assign: (pid: string, team: number, seat: string) => void): HTMLElement {
  const t = el('table', { 'data-testid': 'c-participants' }, head(ts('c.name'), '', ts('c.assign')));
  for (const p of s.participants) {
    const select = el('select', { 'aria-label': `${ts('c.assign')} ${p.name}`, 'data-testid': `c-assign-${p.id}` }, el('option', { value: '' }, '—'));
    for (let team = 0; team < s.teams; team++) for (const seat of s.human) select.append(el('option', { value: `${team}:${seat}` }, `${ts('c.f.team')} ${team + 1} · ${seat}`));
    select.value = p.team === null ? '' : `${p.team}:${p.seat}`;
    select.onchange = () => {
      const [team, seat] = select.value.split(':');
      if (seat) assign(p.id, Number(team), seat);
    };
    t.append(row(p.name || '…', p.connected ? ts('c.connected') : ts('c.away'), select));
  }
  return t;
}

/** Seats: who plays them, who answers them now (a selector), a personal link. */
export function seatTable(s: ConsoleState, setMode: (team: number, seat: string, mode: string) => void, invite: (team: number, seat: string) => void): HTMLElement {
  const names = new Map(s.participants.map((p) => [p.id, `${p.name || '…'}${p.connected ? '' : ` (${ts('c.away')})`}`]));
  const t = el('table', { 'data-testid': 'c-seats' }, head(ts('c.f.team'), ts('c.assign'), ts('c.participants'), ts('c.status'), ''));
  for (const x of s.seats) {
    const mode = el('select', { 'aria-label': `${ts('c.f.team')} ${x.team + 1} ${x.seat}`, 'data-testid': `c-mode-${x.team}-${x.seat}` });
    for (const m of ['person', 'facilitator', 'auto'] as const) mode.append(el('option', { value: m }, ts(`c.mode.${m}`)));
    mode.value = x.mode;
    mode.onchange = () => setMode(x.team, x.seat, mode.value);
    const link = el('button', { type: 'button', 'data-testid': `c-invite-${x.team}-${x.seat}` }, ts('c.invite'));
    link.onclick = () => invite(x.team, x.seat);
    t.append(row(String(x.team + 1), x.seat, x.players.map((p) => names.get(p) ?? p).join(', '), mode, link));
  }
  return t;
}

/** Every team's key figures. */
export function figuresTable(s: ConsoleState): HTMLElement {
  const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)} %` : '—');
  const num = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '—');
  const t = el('table', { 'data-testid': 'c-figures' }, head(ts('c.f.team'), ts('c.f.day'), ts('c.f.decisions'), ts('c.f.pending'), ts('c.f.delivered'), ts('c.f.onTime'), ts('c.f.lead'), ts('c.f.trust')));
  for (const f of s.figures) t.append(row(String(f.team + 1), f.finished ? `${f.day} ✓` : String(f.day), String(f.decisions), f.pending ? `${f.pending.seat} (${tr(`kind.${f.pending.kind}`)})` : '—', String(f.ordersDelivered), pct(f.onTimeRate), num(f.leadTimeDays), num(f.trustMean)));
  return t;
}
