/**
 * The console's disruption control: one disruption for every team (its kind, the station of a
 * breakdown, its hours, and when: a day and hour, or the next hour when left empty), sent to
 * `POST /api/sessions/:id/disruptions`; and the list of the disruptions given so far, by their start. The
 * server checks the body and names the field it refuses; the console shows that message.
 */
import { el } from '../../app/shell';
import { tcc } from '../../i18n/consoleControls';

/** A disruption as the server journals it (src/simulation/runState.ts, JournalDisruption). */
export interface GivenDisruption {
  day: number;
  hour: number;
  kind: 'transport' | 'weather' | 'breakdown';
  station?: string;
  durationHours: number;
}

const KINDS = ['breakdown', 'transport', 'weather'] as const;

/** The control, for a scenario with `stations`; `give(body)` sends the body. */
export function disruptionForm(stations: string[], give: (body: Record<string, unknown>) => void): HTMLElement {
  const kind = el('select', { 'aria-label': tcc('dz.kind'), 'data-testid': 'c-dz-kind' }, ...KINDS.map((k) => el('option', { value: k }, tcc(`dz.kind.${k}`))));
  const station = el('select', { 'aria-label': tcc('dz.station'), 'data-testid': 'c-dz-station' }, ...stations.map((s) => el('option', { value: s }, s)));
  const hours = el('input', { type: 'number', min: '0.1', step: 'any', value: '24', 'aria-label': tcc('dz.hours'), 'data-testid': 'c-dz-hours', class: 'ss-num' });
  const day = el('input', { type: 'number', min: '0', step: '1', placeholder: tcc('dz.when'), 'aria-label': tcc('dz.day'), 'data-testid': 'c-dz-day', class: 'ss-when' });
  const hour = el('input', { type: 'number', min: '0', max: '23.99', step: 'any', placeholder: '0', 'aria-label': tcc('dz.hour'), 'data-testid': 'c-dz-hour', class: 'ss-num' });
  const stationLabel = el('label', {}, tcc('dz.station') + ' ', station);
  kind.onchange = () => (stationLabel.hidden = kind.value !== 'breakdown');
  const button = el('button', { type: 'button', 'data-testid': 'c-dz-give' }, tcc('dz.give'));
  button.onclick = () => {
    const body: Record<string, unknown> = { kind: kind.value, durationHours: Number(hours.value) };
    if (kind.value === 'breakdown') body.station = station.value;
    if (day.value !== '') body.day = Number(day.value);
    if (day.value !== '' && hour.value !== '') body.hour = Number(hour.value);
    give(body);
  };
  return el(
    'div',
    { class: 'ss-row', 'data-testid': 'c-disruption' },
    el('strong', {}, tcc('dz.title')),
    el('label', {}, tcc('dz.kind') + ' ', kind),
    stationLabel,
    el('label', {}, tcc('dz.hours') + ' ', hours),
    el('label', {}, tcc('dz.day') + ' ', day),
    el('label', {}, tcc('dz.hour') + ' ', hour),
    button,
  );
}

/** The disruptions `given` by their start (day, then hour), those starting together in the order given; a new array, pure. */
export function byStart<D extends Pick<GivenDisruption, 'day' | 'hour'>>(given: readonly D[]): D[] {
  return given
    .map((d, k) => ({ d, k }))
    .sort((a, b) => a.d.day - b.d.day || a.d.hour - b.d.hour || a.k - b.k)
    .map(({ d }) => d);
}

/** The disruptions given so far (every team has the same), as a list by their start (see {@link byStart}). */
export function givenList(given: GivenDisruption[]): HTMLElement {
  const list = el('ul', { class: 'ss-given', 'data-testid': 'c-dz-given', 'aria-label': tcc('dz.given') });
  if (!given.length) list.append(el('li', {}, tcc('dz.none')));
  for (const d of byStart(given)) {
    const at = tcc('dz.at').replace('{day}', String(d.day)).replace('{hour}', String(d.hour)).replace('{hours}', String(d.durationHours));
    list.append(el('li', {}, `${tcc(`dz.kind.${d.kind}`)}${d.station ? ` · ${d.station}` : ''} · ${at}`));
  }
  return list;
}
