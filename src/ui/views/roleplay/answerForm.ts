/**
 * The answer controls of each decision kind, as the protocol allows them (see docs/roles.md):
 * built from the pending request (starting from its suggestion) and read back as an answer.
 * DOM only; the answer is checked by the desk, not here.
 */
import type { DecisionRequest } from '../../../core/decisions';
import { el } from '../../app/shell';
import { tr } from '../../i18n/roleplay';

/** The controls of one decision and how to read the answer they hold. */
export interface AnswerForm {
  controls: HTMLElement[];
  read(): Record<string, unknown>;
}

type Obj = Record<string, unknown>;
let uid = 0;

function labelled(text: string, input: HTMLElement): HTMLElement {
  const id = `rp-${++uid}`;
  input.id = id;
  return el('label', { for: id, class: 'rp-field' }, text + ' ', input);
}

function numberInput(name: string, value: unknown): HTMLInputElement {
  return el('input', { type: 'number', name, step: '1', value: value === undefined || value === null ? '' : String(value) });
}

/** Radio buttons for `choices` (value → label), the one `checked` ticked. */
function radios(name: string, choices: [string, string][], checked: string): { box: HTMLElement; value: () => string } {
  const box = el('fieldset', { class: 'rp-choices' });
  for (const [value, label] of choices) {
    const r = el('input', { type: 'radio', name, value });
    r.checked = value === checked;
    box.append(el('label', {}, r, ' ' + label));
  }
  return { box, value: () => (box.querySelector<HTMLInputElement>('input:checked')?.value ?? checked) };
}

const num = (i: HTMLInputElement): number => (i.value.trim() === '' ? NaN : Number(i.value));

function yesNo(key: 'accept' | 'offer', yes: string, no: string, suggestion: Obj): AnswerForm {
  const r = radios(key, [['yes', tr(yes)], ['no', tr(no)]], suggestion[key] ? 'yes' : 'no');
  return { controls: [r.box], read: () => ({ [key]: r.value() === 'yes' }) };
}

/** Quantity and day inputs for terms, read back as terms (empty inputs left out). */
function termsInputs(start: Obj | null | undefined): { controls: HTMLElement[]; read: () => Obj } {
  const q = numberInput('quantity', start?.quantity);
  const d = numberInput('day', start?.day);
  return {
    controls: [labelled(tr('d.quantity'), q), labelled(tr('d.promiseDay'), d)],
    read: () => {
      const terms: Obj = { ...(start ?? {}) };
      if (q.value.trim() !== '') terms.quantity = num(q);
      else delete terms.quantity;
      if (d.value.trim() !== '') terms.day = num(d);
      else delete terms.day;
      return terms;
    },
  };
}

/** The answer form of `p`'s kind, started from its suggestion. */
export function answerForm(p: DecisionRequest): AnswerForm {
  const s = (p.suggestion ?? {}) as Obj;
  const view = (p.view ?? {}) as Obj;
  switch (p.kind) {
    case 'commercial.promise': {
      const day = numberInput('day', s.day);
      return { controls: [labelled(tr('d.promiseDay'), day)], read: () => ({ day: num(day) }) };
    }
    case 'lanceur.answerChange': {
      const verdict = radios('verdict', [['accept', tr('d.accept')], ['reject', tr('d.refuse')], ['counter', tr('d.counter')]], String(s.verdict ?? 'accept'));
      const asked = (view.request as Obj | undefined)?.terms as Obj | undefined;
      const terms = termsInputs((s.terms as Obj | undefined) ?? asked);
      return {
        controls: [verdict.box, ...terms.controls],
        read: () => (verdict.value() === 'counter' ? { verdict: 'counter', terms: terms.read() } : { verdict: verdict.value() }),
      };
    }
    case 'client.requestChange': {
      const ask = radios('ask', [['no', tr('d.askNothing')], ['yes', tr('kind.client.requestChange')]], s.terms ? 'yes' : 'no');
      const terms = termsInputs(s.terms as Obj | null);
      return { controls: [ask.box, ...terms.controls], read: () => ({ terms: ask.value() === 'yes' ? terms.read() : null }) };
    }
    case 'client.answerCounter':
    case 'client.acceptDerogation':
      return yesNo('accept', 'd.accept', 'd.refuse', s);
    case 'fabrication.offerDerogation':
      return yesNo('offer', 'd.offer', 'd.noOffer', s);
    case 'lanceur.plan': {
      const launches = (s.launches as Obj[] | undefined) ?? [];
      const list = el('ul', { class: 'rp-launches' });
      const boxes = launches.map((l) => {
        const c = el('input', { type: 'checkbox', name: 'hold', value: String(l.order) });
        list.append(el('li', {}, labelled(`${tr('d.hold')} ${tr('d.order')} ${String(l.order).padStart(4, '0')} · ${l.quantity}${l.reserve ? ' · reserve' : ''}`, c)));
        return c;
      });
      return {
        controls: [el('p', {}, tr('d.launches')), list],
        read: () => ({ ...s, launches: launches.filter((_, i) => !boxes[i]!.checked) }),
      };
    }
    default:
      return { controls: [], read: () => ({ ...s }) };
  }
}
