/**
 * The lanceur's editable board for the daily review: one row per order of the book, with what
 * to do today (launch, launch on the reserve, hold) and its promised day (change it to move
 * the date), started from the automatic plan (or, suggestions off, from the book alone). Below
 * it, live, what the board does: today's load against the norm and capacity, the reserve used,
 * the overdue UO, and the load on the next working days. Read back as the day's plan
 * (model/planBoard.ts). DOM only.
 */
import type { DailyPlan } from '../../../agents/lanceurPlan';
import type { PlanView } from '../../../agents/views/lanceur';
import { el } from '../../app/shell';
import { language } from '../../i18n/i18n';
import { mark, num as fmt } from '../../i18n/numbers';
import { tr } from '../../i18n/roleplay';
import { boardLoad, boardOf, planOfBoard, type BoardRow, type LaunchChoice } from '../../model/planBoard';
import type { AnswerForm } from './formParts';

const pad = (id: number) => String(id).padStart(4, '0');
const n = (x: number) => fmt(x, language());

/** The consequences box of `rows`: today's load, reserve, overdue, the next days' load. */
function consequences(rows: readonly BoardRow[], view: PlanView): HTMLElement[] {
  const load = boardLoad(rows, view);
  const over = load.todayUO > load.normUOPerDay;
  const today = el('p', { 'data-testid': 'board-today', class: over ? 'rp-warn' : '' }, `${tr('board.today')}${mark(':', language())}${n(load.todayUO)} UO · ${tr('board.norm')} ${n(load.normUOPerDay)} · ${tr('board.capacity')} ${n(load.capacityUOPerDay)}${over ? ' · ' + tr('board.overNorm') : ''}`);
  const other = el('p', {}, `${tr('board.reserve')}${mark(':', language())}${n(load.reserveUO)} UO · ${tr('board.overdue')}${mark(':', language())}${n(load.overdueUO)} UO`);
  const top = Math.max(load.capacityUOPerDay, ...load.next.map((d) => d.uo), 1);
  const bars = el('div', { class: 'rp-bars', role: 'img', 'aria-label': tr('board.next') });
  for (const d of load.next) {
    const bar = el('span', { class: d.uo > load.normUOPerDay ? 'rp-bar over' : 'rp-bar', title: `${tr('d.day')} ${d.day}: ${n(d.uo)} UO` });
    bar.style.height = `${Math.round((d.uo / top) * 100)}%`;
    bars.append(el('span', { class: 'rp-barbox' }, bar, el('span', { class: 'rp-barday' }, String(d.day))));
  }
  const norm = el('span', { class: 'rp-norm' });
  norm.style.bottom = `${Math.round((load.normUOPerDay / top) * 100)}%`;
  bars.append(norm);
  return [today, other, el('p', { class: 'rp-note' }, tr('board.next')), bars];
}

/** The board form of a `lanceur.plan` decision on `view`, started from `start` (null: the book alone). */
export function planBoardForm(view: PlanView, start: DailyPlan | null, reserveHeld: number): AnswerForm {
  const rows = boardOf(view, start);
  const result = el('div', { class: 'rp-consequences', 'data-testid': 'board-consequences', 'aria-live': 'polite' });
  const refresh = () => result.replaceChildren(...consequences(rows, view));
  const table = el('table', { class: 'rp-board', 'data-testid': 'plan-board' }, el('caption', {}, tr('board.caption')), el('tr', {}, ...['board.order', 'board.launchDay', 'd.promiseDay', 'UO', 'board.today.choice'].map((k) => el('th', { scope: 'col' }, tr(k)))));
  for (const r of rows) {
    const choice = el('select', { name: `choice-${r.id}`, 'data-order': String(r.id), 'aria-label': `${tr('board.today.choice')} ${pad(r.id)}` });
    for (const c of ['launch', 'reserve', 'hold'] as LaunchChoice[]) {
      const o = el('option', { value: c }, tr(`board.choice.${c}`));
      o.selected = c === r.choice;
      choice.append(o);
    }
    choice.onchange = () => {
      r.choice = choice.value as LaunchChoice;
      refresh();
    };
    const day = el('input', { type: 'number', step: '1', min: String(view.today), name: `day-${r.id}`, 'data-order': String(r.id), value: String(r.day), 'aria-label': `${tr('d.promiseDay')} ${pad(r.id)}` });
    day.oninput = () => {
      const d = Number(day.value);
      if (day.value.trim() !== '' && Number.isInteger(d)) r.day = d;
      refresh();
    };
    const flags = [r.urgent ? tr('d.urgent') : '', r.important ? tr('board.important') : ''].filter(Boolean).join(' · ');
    table.append(
      el(
        'tr',
        { 'data-order': String(r.id), class: r.plannedLaunchDay <= view.today ? 'rp-due' : '' },
        el('td', {}, pad(r.id), ...(flags ? [el('br'), el('span', { class: 'rp-flag' }, flags)] : [])),
        el('td', { class: 'num' }, String(r.plannedLaunchDay)),
        el('td', {}, day, r.day !== r.promisedDay ? el('span', { class: 'rp-was' }, ` ← ${r.promisedDay}`) : ''),
        el('td', { class: 'num' }, n(r.uo)),
        el('td', {}, choice),
      ),
    );
  }
  refresh();
  return {
    controls: [el('div', { class: 'rp-board-box' }, table), result],
    read: () => ({ ...planOfBoard(rows, view, reserveHeld, start) }),
  };
}
