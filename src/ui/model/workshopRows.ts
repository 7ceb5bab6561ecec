/**
 * The workshop as rows of a table, the text alternative of the picture: every place with the
 * orders or lots there and its state (the commercial's book, the lanceur's board, each
 * station with its queue and whether it is down, quality control's totals, the stock per
 * family, the delivery lane, each client with its kind, trust and whether it is lost or its
 * line stopped). Pure: a function of the state at one time; station names in `lang`, other
 * labels are the caller's.
 */
import type { SimState } from '../../agents/state';
import type { ClientKind, Scenario } from '../../scenario/schema';
import { own } from '../../core/keyed';
import { familiesOf } from './levers';
import { tokensAt, type Shipment } from './tokens';
import { stationName } from '../i18n/scenarioText';
import type { Language } from '../i18n/language';

/** One row: what the place is, how many orders or lots (or parts) are there, and its state. */
export type WorkshopRow =
  | { place: 'book' | 'board' | 'shipping'; count: number }
  | { place: 'station'; name: string; queued: number; busy: boolean; down: boolean }
  | { place: 'control'; good: number; offSpec: number; scrap: number }
  | { place: 'stock'; family: string; units: number }
  | { place: 'client'; id: string; kind: ClientKind; trust: number; lost: boolean; stopped: boolean };

/**
 * The rows of the workshop at `time` (hours); `transit` as for {@link tokensAt}; `trust[i]` is
 * client i's trust (from its machine, see agents/trust.ts).
 */
export function workshopRows(state: SimState, scenario: Scenario, time: number, trust: readonly number[], transit: readonly Shipment[] = [], lang: Language = 'en'): WorkshopRow[] {
  const tokens = tokensAt(state, scenario, time, transit);
  const count = (at: string) => tokens.filter((t) => t.place.at === at).length;
  const rows: WorkshopRow[] = [
    { place: 'book', count: count('book') },
    { place: 'board', count: count('board') },
  ];
  scenario.stations.forEach((s, i) => {
    const here = tokens.filter((t) => t.place.at === 'station' && t.place.index === i);
    rows.push({ place: 'station', name: stationName(scenario, i, lang), queued: here.filter((t) => t.place.at === 'station' && !t.place.busy).length, busy: here.some((t) => t.place.at === 'station' && t.place.busy), down: state.stations[i]?.down ?? false });
  });
  let good = 0, offSpec = 0, scrap = 0;
  for (const o of state.orders) {
    good += o.good;
    offSpec += o.offSpec;
    scrap += o.scrap;
  }
  rows.push({ place: 'control', good, offSpec, scrap });
  for (const f of familiesOf(scenario)) {
    let units = 0;
    for (const p of scenario.products) if (p.family === f) units += own(state.stock, p.id) ?? 0;
    rows.push({ place: 'stock', family: f, units: Math.round(units) });
  }
  rows.push({ place: 'shipping', count: count('shipping') });
  state.clients.forEach((c, i) => rows.push({ place: 'client', id: c.id, kind: c.kind, trust: trust[i] ?? 0, lost: c.lost, stopped: own(state.lines, c.id)?.stopped ?? false }));
  return rows;
}
