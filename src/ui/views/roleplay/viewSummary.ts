/**
 * The role's view of a decision in words, and its consequences where the view knows them: the
 * commercial's cycle and week against the target (and, consulting, "Ask the lanceur" shows the
 * day the lanceur's plan delivers); the lanceur's hours to the cut-off, capacity and norm; a
 * client's trust and the days its line's buffer covers against a counter's date or a
 * complement's lead; fabrication's shortfall against the off-spec parts and the stock. Only
 * fields of the view are read. DOM only.
 */
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { language } from '../../i18n/i18n';
import { num as fmt, percent } from '../../i18n/numbers';
import { ordersCount, tr } from '../../i18n/roleplay';
import { facts, type Obj } from './formParts';

const pad = (id: unknown) => String(id).padStart(4, '0');
const n = (x: unknown, d = 0) => (typeof x === 'number' && Number.isFinite(x) ? fmt(x, language(), d) : '–');
const yes = (b: unknown) => tr(b ? 'd.yes' : 'd.no');

/** Terms in words ("quantity 120 · day 240 · urgent"). */
export function termsText(t: Obj | null | undefined): string {
  if (!t) return tr('d.askNothing');
  const parts: string[] = [];
  if (t.quantity !== undefined) parts.push(`${tr('d.quantity')} ${n(t.quantity)}`);
  if (t.product !== undefined) parts.push(`${tr('d.product')} ${String(t.product)}`);
  if (t.day !== undefined) parts.push(`${tr('d.promiseDay')} ${n(t.day)}`);
  if (t.priority !== undefined) parts.push(tr(t.priority === 'urgent' ? 'd.urgent' : 'd.normal'));
  if (t.quality !== undefined) parts.push(String(t.quality));
  return parts.join(' · ') || '–';
}

function orderLine(o: Obj): string {
  return `${pad(o.id)} · ${n(o.quantity)} × ${String(o.product)}${o.urgent ? ' · ' + tr('d.urgent') : ''}`;
}

/** A client's own standing: trust and line. */
function self(c: Obj): [string, string][] {
  const rows: [string, string][] = [[tr('agents.trust'), percent(Number(c.trust), language())]];
  const line = c.line as Obj | null;
  if (line) rows.push([tr('seat.line'), `${n(line.buffer)} ${tr('seat.parts')} · ${tr('seat.cover')} ${n(line.coverageDays, 1)} ${tr('seat.days')}${line.stopped ? ' · ' + tr('seat.stopped') : ''}`]);
  return rows;
}

/** The view of `p` in words, with its consequences; `onAsk` runs when the commercial asks the lanceur. */
export function viewSummary(p: DecisionRequest, onAsk: () => void = () => {}): HTMLElement {
  const v = (p.view ?? {}) as Obj;
  const box = el('div', { class: 'rp-summary', 'data-testid': 'decision-summary' });
  switch (p.kind) {
    case 'commercial.promise': {
      const o = v.order as Obj;
      const book = v.book as Obj;
      box.append(facts([
        [tr('d.order'), `${orderLine(o)} · ${String(o.client)} (${String(o.kind)}) · ${n(o.uo, 1)} UO`],
        [tr('d.received'), `${tr('d.day')} ${n(v.receivedDay)}`],
        [tr('seat.book'), `${ordersCount(Number(book.orders), n(book.orders))} · ${n(book.uo)} UO`],
        [tr('seat.week'), `${n(v.bookedThisWeekUO)} + ${n(o.uo, 1)} / ${n(v.targetUOPerWeek)} UO`],
        [tr('d.posture'), tr(`posture.${String(v.posture)}`)],
      ]));
      if (v.posture === 'consulting' && typeof v.lanceurDeliveryDay === 'number') {
        const said = el('p', { 'data-testid': 'lanceur-says', hidden: '' }, `${tr('d.lanceurSays')} ${tr('d.day')} ${n(v.lanceurDeliveryDay)} (${tr('d.cycle')} ${n(Number(v.lanceurDeliveryDay) - Number(v.receivedDay))} ${tr('seat.days')})`);
        const ask = el('button', { type: 'button', 'data-testid': 'ask-lanceur' }, tr('d.askLanceur'));
        ask.onclick = () => {
          said.hidden = false;
          ask.hidden = true;
          onAsk();
        };
        box.append(ask, said);
      }
      break;
    }
    case 'lanceur.answerChange': {
      const r = v.request as Obj;
      const o = v.order as Obj;
      const terms = r.terms as Obj;
      const rows: [string, string][] = [
        [tr('d.from'), `${String(r.client)}${r.important ? ' · ' + tr('board.important') : ''}`],
        [tr('d.order'), `${orderLine(o)} · ${tr('d.promiseDay')} ${n(o.promisedDay)} · ${tr('board.launchDay')} ${n(o.plannedLaunchDay)}`],
        [tr('d.asks'), termsText(terms)],
        [tr('d.toLaunch'), `${n(v.hoursToLaunch, 1)} h · ${tr('d.cutoff')} ${n(v.cutoffHours)} h`],
        [tr('d.standing'), tr(v.catchingUp ? 'state.catchingUp' : 'state.levelling')],
        [tr('board.capacity'), `${n(v.capacityUOPerDay)} UO/${tr('d.day')} · ${tr('board.norm')} ${n(v.normUOPerDay)}`],
      ];
      if (typeof terms.quantity === 'number') rows.push([tr('d.consequence'), `${Number(terms.quantity) >= Number(o.quantity) ? '+' : ''}${n(Number(terms.quantity) - Number(o.quantity))} ${tr('seat.parts')} (${percent((Number(terms.quantity) - Number(o.quantity)) / Math.max(1, Number(o.quantity)), language())})`]);
      box.append(facts(rows));
      break;
    }
    case 'client.requestChange':
    case 'client.answerCounter':
    case 'client.acceptDerogation': {
      const c = v.client as Obj;
      const o = v.order as Obj;
      const rows: [string, string][] = [[tr('d.order'), `${orderLine(o)} · ${tr('d.promiseDay')} ${n(o.promisedDay)} (${tr('d.first')} ${n(o.firstPromisedDay)}) · ${String(o.status)}`], ...self(c)];
      const line = c.line as Obj | null;
      const cover = line ? Number(v.today) + Number(line.coverageDays) : null;
      if (p.kind === 'client.answerCounter') {
        const counter = v.counter as Obj;
        rows.push([tr('d.counterTerms'), termsText(counter)]);
        if (typeof counter.day === 'number' && cover !== null) rows.push([tr('d.consequence'), `${tr('d.bufferTo')} ${tr('d.day')} ${n(cover, 1)} · ${Number(counter.day) > cover ? tr('d.runsDry') : tr('d.covered')}`]);
      }
      if (p.kind === 'client.acceptDerogation') {
        const offer = v.offer as Obj;
        rows.push([tr('d.offerParts'), `${n(offer.quantity)} ${tr('seat.parts')} · ${tr('d.defectVisible')} ${yes(offer.defectVisible)}`], [tr('d.complement'), `${n(offer.complementLeadDays, 1)} ${tr('seat.days')}`]);
        if (line) rows.push([tr('d.consequence'), Number(line.coverageDays) < Number(offer.complementLeadDays) ? tr('d.refuseRunsDry') : tr('d.refuseCovered')]);
      }
      box.append(facts(rows));
      break;
    }
    case 'fabrication.offerDerogation': {
      const o = v.order as Obj;
      const c = v.control as Obj;
      const stock = v.stock as Obj;
      const rows: [string, string][] = [
        [tr('d.order'), `${pad(o.id)} · ${String(o.client)} · ${n(o.quantity)} × ${String(o.product)} · ${tr('d.promiseDay')} ${n(o.promisedDay)}`],
        [tr('d.control'), `${tr('d.owed')} ${n(c.owed)} · ${tr('d.good')} ${n(c.good)} · ${tr('d.offSpec')} ${n(c.offSpecFree)} · ${tr('d.scrap')} ${n(c.scrap)} · ${tr('d.missing')} ${n(c.missing)}`],
        [tr('seat.stock'), `${n(stock.onHand)}${stock.imposed ? ' · ' + tr('d.imposed') : ''}`],
        [tr('d.complement'), `${n(v.complementLeadDays, 1)} ${tr('seat.days')}`],
        [tr('d.clientCover'), v.clientCoverageDays === null ? '–' : `${n(v.clientCoverageDays, 1)} ${tr('seat.days')}`],
        [tr('d.consequence'), Number(c.offSpecFree) >= Number(c.missing) ? tr('d.offSpecCovers') : tr('d.offSpecShort')],
      ];
      box.append(facts(rows));
      break;
    }
    case 'lanceur.plan':
      box.append(facts([[tr('d.today'), `${tr('d.day')} ${n(v.today)}`], [tr('seat.book'), ordersCount((v.book as unknown[]).length, n((v.book as unknown[]).length))], [tr('board.wip'), `${n(v.wipExcessUO)} UO`]]));
      break;
  }
  return box;
}
