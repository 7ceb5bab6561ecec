/**
 * The debrief's tables, drawn from plain data: the decision log (who, when, what they saw in
 * one line and in full, the answer, the suggestion, the note, the time taken, how it was
 * answered, what it changed) and the key figures of the played run beside the automatic one.
 * DOM only; every value is set as text.
 */
import type { SessionDecision, SessionMessage } from '../../../session/session';
import { tm } from '../../i18n/seatMessages';
import { el } from '../../app/shell';
import { language, tl } from '../../i18n/i18n';
import { td, type DebriefKey } from '../../i18n/debrief';
import { tr } from '../../i18n/roleplay';
import { IMPACT_KPIS, viewSummary, type FigureRow } from '../../model/debrief';
import { formatValue } from '../../model/kpiRows';
import { verdict } from '../../model/kpiWords';
import { num, percent } from '../../i18n/numbers';
import { simTime } from '../roleplay/decisionDialog';
import { messageLine } from '../roleplay/messageLine';

/** What the log knows of each decision's effect: not computed yet, same as suggested, or the figures. */
export type Effect = { state: 'pending' } | { state: 'same' } | { state: 'computed'; values: Record<string, number>; fellBack: number; sameRun: boolean };

const th = (key: DebriefKey, cls = '') => el('th', { scope: 'col', ...(cls ? { class: cls } : {}) }, td(key));

/**
 * A signed difference in `unit` ("+1.2 %", "−0.0007", "0"), "–" without data: small
 * differences keep two significant digits (up to four decimals) so they do not read as 0.
 */
export function signed(v: number, unit: Parameters<typeof formatValue>[1]): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const size = Math.abs(unit === 'share' ? v * 100 : v);
  const decimals = Math.max(unit === 'share' ? 1 : 0, Math.min(4, 1 - Math.floor(Math.log10(size))));
  const text = unit === 'share' ? percent(v, language(), decimals) : num(v, language(), decimals);
  return (v > 0 ? '+' : '') + text;
}

function json(v: unknown): string {
  return JSON.stringify(v) ?? '';
}

function effectCell(e: Effect): HTMLElement {
  const cell = el('td', { class: 'db-effect', 'data-testid': 'db-effect' });
  if (e.state === 'pending') cell.append('…');
  else if (e.state === 'same') cell.append(td('db.same'));
  else {
    cell.dataset.computed = 'true';
    const list = el('ul', {});
    for (const [kpi, unit] of IMPACT_KPIS) {
      const v = e.values[kpi];
      const word = verdict(kpi, 0, v);
      list.append(el('li', { 'data-kpi': kpi, class: word === 'better' ? 'pos' : word === 'worse' ? 'neg' : '' }, `${tl(kpi)}: ${signed(v, unit)}`));
    }
    cell.append(list);
    const still = IMPACT_KPIS.every(([k]) => !(e.values[k] !== 0 && Number.isFinite(e.values[k])));
    if (still) cell.append(el('p', { class: 'legend-note' }, td(e.sameRun ? 'db.sameRun' : 'db.stillFigures')));
    if (e.fellBack) cell.append(el('p', { class: 'legend-note' }, `${td('db.fellBack')} ${e.fellBack}`));
  }
  return cell;
}

/** The decision log of `decisions` (ranks as in the replay bar), with their views and effects so far. */
export function logTable(decisions: readonly SessionDecision[], views: ReadonlyMap<number, unknown>, effects: ReadonlyMap<number, Effect>): HTMLTableElement {
  const head = el('tr', {}, th('db.n'), th('db.who'), th('db.when'), th('db.view'), th('db.answer'), th('db.suggestion'), th('db.note'), th('db.seconds', 'num'), th('db.via'), th('db.effect'));
  const rows = decisions.map((d, rank) => {
    const view = views.get(d.id);
    const viewCell = el('td', { class: 'db-view' });
    if (view === undefined) viewCell.append(td('db.viewPending'));
    else viewCell.append(el('details', {}, el('summary', {}, viewSummary(view) || tr(`kind.${d.kind}`)), el('pre', { tabindex: '0' }, JSON.stringify(view, null, 1))));
    return el(
      'tr',
      { 'data-decision': String(d.id), 'data-testid': 'db-row' },
      el('td', {}, String(rank + 1)),
      el('td', {}, el('strong', {}, d.agent), el('br'), tr(`kind.${d.kind}`)),
      el('td', {}, simTime(d.time)),
      viewCell,
      el('td', { class: 'db-json' }, json(d.answer)),
      el('td', { class: 'db-json' }, json(d.suggestion)),
      el('td', {}, d.note ?? ''),
      el('td', { class: 'num' }, d.seconds === undefined ? '' : `${num(d.seconds, language(), 1)} ${td('db.s')}`),
      el('td', {}, td(`via.${d.via}` as DebriefKey)),
      effectCell(effects.get(d.id) ?? { state: 'pending' }),
    );
  });
  return el('table', { class: 'db-log', 'data-testid': 'db-log' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

/** Played (a) beside automatic (b): each key figure, its difference a − b, whether the played run is better or worse in words. */
export function figuresTable(rows: readonly FigureRow[]): HTMLTableElement {
  const head = el('tr', {}, th('db.kpi'), th('db.played', 'num'), th('db.automatic', 'num'), th('db.diff', 'num'));
  const body = rows.map((r) => {
    const v = verdict(r.kpi, r.b, r.a);
    const word = v === null ? '' : ` (${td(v === 'better' ? 'db.playedBetter' : 'db.playedWorse')})`;
    return el(
      'tr',
      { 'data-kpi': r.kpi },
      el('th', { scope: 'row', title: r.kpi }, tl(r.kpi)),
      el('td', { class: 'num' }, formatValue(r.a, r.unit, language())),
      el('td', { class: 'num' }, formatValue(r.b, r.unit, language())),
      el('td', { class: `num ${v === 'better' ? 'pos' : v === 'worse' ? 'neg' : ''}` }, signed(r.diff, r.unit) + word),
    );
  });
  return el('table', { class: 'db-figures', 'data-testid': 'db-figures' }, el('thead', {}, head), el('tbody', {}, ...body));
}

/** The messages between seats of a session, in the order sent: when, from (name) → to, the text. */
export function messagesList(messages: readonly SessionMessage[]): HTMLElement[] {
  const list = el('ul', { class: 'db-messages', 'data-testid': 'db-messages' });
  for (const m of messages) list.append(el('li', {}, messageLine(m.day * 24 + m.hour, m)));
  return [el('h3', {}, tm('sm.title')), list];
}
