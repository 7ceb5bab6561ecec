/**
 * The console's list of every decision waiting at a seat the facilitator took over, one row a
 * team and seat (team, seat, the decision's title and number, simulated time): the one shown in the dialog below is
 * marked, the others have a button to show them instead. Texts are set as text.
 */
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { tcc } from '../../i18n/consoleControls';
import { tr } from '../../i18n/roleplay';
import { simTime } from '../roleplay/decisionDialog';

/** A waiting decision as the facilitator's state lists it (src/server/view.ts, DecisionOut). */
export interface WaitingDecision {
  team: number;
  seat: string;
  id: number;
  kind: string;
  time: number;
}

/** The key of a waiting decision, unique in a session: `team:id`. */
export function waitingKey(d: WaitingDecision): string {
  return `${d.team}:${d.id}`;
}

/** The decision's title in the current language (the role-play dialogs' titles) and its number: `Promise a date #3`. */
export function decisionLabel(d: Pick<WaitingDecision, 'kind' | 'id'>): string {
  return `${tr(`kind.${d.kind}`)} #${d.id}`;
}

/** The list of `waiting`, `shown` marked; `choose(d)` shows another one. */
export function waitingList(waiting: readonly WaitingDecision[], shown: WaitingDecision | undefined, choose: (d: WaitingDecision) => void): HTMLElement {
  const box = el('div', { 'data-testid': 'c-waiting' }, el('h2', {}, tcc('to.title')));
  if (!waiting.length) {
    box.append(el('p', {}, tcc('to.none')));
    return box;
  }
  const head = el('tr', {}, ...[ts('c.f.team'), ts('c.assign'), tcc('to.decision'), tcc('to.when'), ''].map((h) => el('th', {}, h)));
  const table = el('table', {}, head);
  for (const d of waiting) {
    const mine = shown !== undefined && waitingKey(d) === waitingKey(shown);
    let action: Node = el('span', {}, tcc('to.shown'));
    if (!mine) {
      const b = el('button', { type: 'button', 'data-testid': `c-waiting-${d.team}-${d.id}` }, tcc('to.open'));
      b.onclick = () => choose(d);
      action = b;
    }
    const row = el('tr', { 'data-testid': 'c-waiting-row', ...(mine ? { 'aria-current': 'true', class: 'ss-current' } : {}) }, ...[String(d.team + 1), d.seat, decisionLabel(d), simTime(d.time)].map((c) => el('td', {}, c)), el('td', {}, action));
    table.append(row);
  }
  box.append(table);
  return box;
}
