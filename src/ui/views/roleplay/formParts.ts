/**
 * The small controls the decision forms are made of: a labelled input, number inputs, radio
 * choices, a facts list. DOM only; nothing here checks an answer (the desk does).
 */
import { el } from '../../app/shell';

/** The controls of one decision and how to read the answer they hold. */
export interface AnswerForm {
  controls: HTMLElement[];
  read(): Record<string, unknown>;
}

/** A plain object (an answer, a view, terms). */
export type Obj = Record<string, unknown>;

let uid = 0;

/** `input` with a label `text` tied to it by id. */
export function labelled(text: string, input: HTMLElement): HTMLElement {
  const id = `rp-${++uid}`;
  input.id = id;
  return el('label', { for: id, class: 'rp-field' }, text + ' ', input);
}

/** A whole-number input named `name`, holding `value` (empty for none). */
export function numberInput(name: string, value: unknown, attrs: Record<string, string> = {}): HTMLInputElement {
  return el('input', { type: 'number', name, step: '1', value: value === undefined || value === null ? '' : String(value), ...attrs });
}

/** The number an input holds (NaN when empty, so the desk's check names the field). */
export const num = (i: HTMLInputElement): number => (i.value.trim() === '' ? NaN : Number(i.value));

/** Radio buttons for `choices` (value → label), `checked` ticked (none for ''). `onChange` after a pick. */
export function radios(name: string, choices: [string, string][], checked: string, onChange?: () => void): { box: HTMLElement; value: () => string } {
  const box = el('fieldset', { class: 'rp-choices' });
  for (const [value, label] of choices) {
    const r = el('input', { type: 'radio', name, value });
    r.checked = value === checked;
    if (onChange) r.onchange = onChange;
    box.append(el('label', {}, r, ' ' + label));
  }
  return { box, value: () => box.querySelector<HTMLInputElement>('input:checked')?.value ?? '' };
}

/** A definition list of facts (label → value), `testid` to find it. */
export function facts(rows: [string, string][], testid?: string): HTMLElement {
  const dl = el('dl', { class: 'rp-facts', ...(testid ? { 'data-testid': testid } : {}) });
  for (const [k, v] of rows) dl.append(el('dt', {}, k.charAt(0).toUpperCase() + k.slice(1)), el('dd', {}, v));
  return dl;
}
