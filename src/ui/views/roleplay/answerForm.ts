/**
 * The answer controls of each decision kind, as the protocol allows them (see docs/roles.md):
 * built from the pending request, started from its suggestion (or, with suggestions off, from
 * a neutral start: nothing chosen, the lanceur's board from the book alone) and read back as an
 * answer. A client asks a change of volume, object (another of its products) or priority; the
 * lanceur accepts, refuses or counters with terms. DOM only; the answer is checked by the desk.
 */
import type { DecisionRequest } from '../../../core/decisions';
import type { DailyPlan } from '../../../agents/lanceurPlan';
import type { PlanView } from '../../../agents/views/lanceur';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';
import { labelled, num, numberInput, radios, type AnswerForm, type Obj } from './formParts';
import { planBoardForm } from './planBoardForm';

export type { AnswerForm };

function yesNo(key: 'accept' | 'offer', yes: string, no: string, start: Obj | null): AnswerForm {
  const r = radios(key, [['yes', tr(yes)], ['no', tr(no)]], start ? (start[key] ? 'yes' : 'no') : '');
  return { controls: [r.box], read: () => ({ [key]: r.value() === '' ? undefined : r.value() === 'yes' }) };
}

/** Terms inputs (quantity, promised day, product among `products`, priority), read back with empty ones left out. */
function termsInputs(start: Obj | null | undefined, products: readonly string[]): { controls: HTMLElement[]; read: () => Obj } {
  const q = numberInput('quantity', start?.quantity, { min: '1' });
  const d = numberInput('day', start?.day);
  const product = el('select', { name: 'product' }, el('option', { value: '' }, tr('d.unchanged')), ...products.map((p) => el('option', { value: p }, p)));
  product.value = typeof start?.product === 'string' && products.includes(start.product) ? start.product : '';
  const priority = el('select', { name: 'priority' }, el('option', { value: '' }, tr('d.unchanged')), el('option', { value: 'urgent' }, tr('d.urgent')), el('option', { value: 'normal' }, tr('d.normal')));
  priority.value = typeof start?.priority === 'string' ? start.priority : '';
  return {
    controls: [labelled(tr('d.quantity'), q), labelled(tr('d.promiseDay'), d), ...(products.length ? [labelled(tr('d.product'), product)] : []), labelled(tr('d.priority'), priority)],
    read: () => {
      const terms: Obj = {};
      if (q.value.trim() !== '') terms.quantity = num(q);
      if (d.value.trim() !== '') terms.day = num(d);
      if (product.value) terms.product = product.value;
      if (priority.value) terms.priority = priority.value;
      return terms;
    },
  };
}

/** A client's change request: nothing, or one change (volume, object, priority). */
function askForm(view: Obj, start: Obj | null): AnswerForm {
  const order = view.order as Obj;
  const others = ((view.client as Obj).products as string[]).filter((p) => p !== order.product);
  const t = (start?.terms ?? null) as Obj | null;
  const first = !start ? '' : !t ? 'nothing' : t.product !== undefined ? 'object' : t.priority !== undefined ? 'priority' : 'volume';
  const q = numberInput('quantity', t?.quantity ?? order.quantity, { min: '1' });
  const product = el('select', { name: 'product' }, ...others.map((p) => el('option', { value: p }, p)));
  if (typeof t?.product === 'string') product.value = t.product;
  const fields = { volume: labelled(tr('d.quantity'), q), object: labelled(tr('d.product'), product) };
  const show = () => {
    fields.volume.hidden = what.value() !== 'volume';
    fields.object.hidden = what.value() !== 'object';
  };
  const choices: [string, string][] = [['nothing', tr('d.askNothing')], ['volume', tr('d.askVolume')], ...(others.length ? [['object', tr('d.askObject')] as [string, string]] : []), ...(order.urgent ? [] : [['priority', tr('d.askPriority')] as [string, string]])];
  const what = radios('ask', choices, first, show);
  show();
  return {
    controls: [what.box, fields.volume, fields.object],
    read: () => {
      switch (what.value()) {
        case 'nothing':
          return { terms: null };
        case 'volume':
          return { terms: { quantity: num(q) } };
        case 'object':
          return { terms: { product: product.value } };
        case 'priority':
          return { terms: { priority: 'urgent' } };
        default:
          return {};
      }
    },
  };
}

/** The answer form of `p`'s kind, started from its suggestion (`fromSuggestion`) or a neutral start. */
export function answerForm(p: DecisionRequest, fromSuggestion = true): AnswerForm {
  const s = (p.suggestion ?? {}) as Obj;
  const start = fromSuggestion ? s : null;
  const view = (p.view ?? {}) as Obj;
  switch (p.kind) {
    case 'commercial.promise': {
      const day = numberInput('day', start?.day, { min: String(view.receivedDay ?? 0) });
      return { controls: [labelled(tr('d.promiseDay'), day)], read: () => ({ day: num(day) }) };
    }
    case 'lanceur.plan':
      return planBoardForm(view as unknown as PlanView, start as DailyPlan | null, (s as unknown as DailyPlan).reserveHeld);
    case 'lanceur.answerChange': {
      const verdict = radios('verdict', [['accept', tr('d.accept')], ['reject', tr('d.refuse')], ['counter', tr('d.counter')]], String(start?.verdict ?? ''), () => (box.hidden = verdict.value() !== 'counter'));
      const asked = (view.request as Obj | undefined)?.terms as Obj | undefined;
      const terms = termsInputs((start?.terms as Obj | undefined) ?? asked, []);
      const box = el('fieldset', { class: 'rp-terms' }, el('legend', {}, tr('d.counterTerms')), ...terms.controls);
      box.hidden = verdict.value() !== 'counter';
      return {
        controls: [verdict.box, box],
        read: () => (verdict.value() === 'counter' ? { verdict: 'counter', terms: terms.read() } : { verdict: verdict.value() || undefined }),
      };
    }
    case 'client.requestChange':
      return askForm(view, start);
    case 'client.answerCounter':
    case 'client.acceptDerogation':
      return yesNo('accept', 'd.accept', 'd.refuse', start);
    case 'fabrication.offerDerogation':
      return yesNo('offer', 'd.offer', 'd.noOffer', start);
    default:
      return { controls: [], read: () => ({ ...s }) };
  }
}
