/**
 * The side panel's role-play part: the agents' state (each machine's state and trust, the rows
 * the screen may see) and, while people play, "What you see": the live view of each seat on
 * screen, built by the same view builders the decisions use (a client's own orders, line and
 * trust; the lanceur's book and load; the commercial's book and week; fabrication's stock).
 * Reads the run, never changes it.
 */
import type { Simulation } from '../../../simulation/simulation';
import { clientSelf } from '../../../agents/views/client';
import { planView } from '../../../agents/views/lanceur';
import { orderBook } from '../../../agents/views/commercial';
import { dailyNorm } from '../../../agents/lanceurPlan';
import { el } from '../../app/shell';
import { language } from '../../i18n/i18n';
import { mark, num, percent } from '../../i18n/numbers';
import { bdi } from '../../i18n/bidi';
import { ordersCount, tr } from '../../i18n/roleplay';
import { agentStates, type AgentState } from '../../model/agentStates';
import type { Screen } from '../../model/screen';
import { ROLES } from '../../model/seats';

const pad = (id: number) => String(id).padStart(4, '0');
const n = (x: number, d = 0) => num(x, language(), d);

function figures(a: AgentState, screen: Screen): string {
  switch (a.role) {
    case 'commercial':
      return `${tr(`posture.${a.posture}`)} · ${tr('agents.weeksOnTarget')} ${a.weeksOnTarget}/${a.weeks}`;
    case 'lanceur':
      return `${a.overdue ? `${tr('agents.overdue')} ${n(a.overdue.uo)} / ${tr('agents.norm')} ${n(a.overdue.normUO)} UO · ` : ''}${tr('agents.daysCatchingUp')} ${a.daysCatchingUp}`;
    case 'client':
      return screen.clientState === null || screen.clientState.has(a.agent) ? `${tr('agents.trust')} ${percent(a.trust, language())} (${tr('agents.threshold')} ${percent(a.threshold, language())})` : '';
  }
}

/** The agents' state table: the rows of the agents `screen` may see. */
export function agentsTable(sim: Simulation, screen: Screen): HTMLElement {
  const rows = agentStates(sim).filter((a) => screen.agents === null || screen.agents.has(a.agent));
  const table = el('table', { 'data-testid': 'agents-state' }, el('caption', {}, tr('agents.title')));
  for (const a of rows) {
    table.append(el('tr', { 'data-agent': a.agent, 'data-state': a.state }, el('th', { scope: 'row' }, bdi(a.agent)), el('td', {}, tr(`state.${a.state}`)), el('td', {}, figures(a, screen))));
  }
  return table;
}

function clientSeat(sim: Simulation, id: string): HTMLElement[] {
  const me = clientSelf(sim, id);
  const out: HTMLElement[] = [el('p', {}, `${tr('agents.trust')} ${percent(me.trust, language())}`)];
  if (me.line) out.push(el('p', {}, `${tr('seat.line')}${mark(':', language())}${n(me.line.buffer)} ${tr('seat.parts')} · ${n(me.line.perDay)}/${tr('d.day')} · ${tr('seat.cover')} ${n(me.line.coverageDays, 1)} ${tr('seat.days')}${me.line.stopped ? ' · ' + tr('seat.stopped') : ''}`));
  const table = el('table', {}, el('tr', {}, ...['d.order', 'd.product', 'd.quantity', 'seat.promised', 'seat.status'].map((k) => el('th', {}, tr(k)))));
  for (const o of me.orders) table.append(el('tr', {}, el('td', {}, pad(o.id)), el('td', {}, bdi(o.product)), el('td', { class: 'num' }, n(o.quantity)), el('td', { class: 'num' }, `${o.promisedDay}${o.promisedDay !== o.firstPromisedDay ? ` (${o.firstPromisedDay})` : ''}`), el('td', {}, `${o.status}${o.urgent ? ' · ' + tr('d.urgent') : ''}`)));
  out.push(table);
  return out;
}

function roleSeat(sim: Simulation, role: string): HTMLElement[] {
  switch (role) {
    case 'lanceur': {
      const v = planView(sim, sim.day);
      const uo = v.book.reduce((a, l) => a + l.uo, 0);
      return [el('p', {}, `${tr('seat.book')}${mark(':', language())}${ordersCount(v.book.length)} · ${n(uo)} UO · ${tr('board.capacity')} ${n(v.capacityUOPerDay)} · ${tr('board.norm')} ${n(dailyNorm(sim.scenario.lanceur, v.capacityUOPerDay))} UO/${tr('d.day')} · ${tr('board.wip')} ${n(v.wipExcessUO)} UO`)];
    }
    case 'commercial': {
      const b = orderBook(sim);
      return [el('p', {}, `${tr('seat.book')}${mark(':', language())}${ordersCount(b.orders)} · ${n(b.uo)} UO · ${tr('seat.week')} ${n(sim.state.bookedThisWeekUO)} / ${n(sim.scenario.commercial.orderBookTargetUOPerWeek)} UO`)];
    }
    case 'fabrication': {
      const stock = Object.entries(sim.state.stock).filter(([, q]) => q > 0);
      return [el('p', {}, `${tr('seat.stock')}${mark(':', language())}${stock.length ? stock.map(([p, q]) => `${p} ${n(q)}`).join(' · ') : '–'}`)];
    }
    default:
      return [];
  }
}

/** "What you see" for `seats` (roles or client ids; the role "client" shows no client's data). */
export function seatViews(sim: Simulation, seats: readonly string[]): HTMLElement {
  const box = el('div', { 'data-testid': 'seat-view' }, el('h2', {}, tr('seat.title')));
  for (const s of seats) {
    const body = (ROLES as readonly string[]).includes(s) ? roleSeat(sim, s) : sim.scenario.clients.some((c) => c.id === s) ? clientSeat(sim, s) : [];
    box.append(el('h3', {}, bdi(s)), ...body);
  }
  return box;
}
