/**
 * The fate of over-production in a family without an imposed stock (case A's surplus from the
 * launch margin): the good parts beyond the order are kept on the shelf for
 * `fabrication.surplusShelfDays` in case the client orders again, then scrapped, so the stock
 * of surplus stays bounded however long the run. Parts of a family with a stock policy go to
 * that stock instead (see stock.ts) and are not shelved here.
 */
import type { Model } from './model';
import { own, setOwn } from '../core/keyed';

/** Puts `parts` of surplus of `product` on the shelf until their shelf time runs out. */
export function shelveSurplus(m: Model, product: string, parts: number): void {
  m.state.surplusShelf.push({ product, parts, until: m.now + m.scenario.fabrication.surplusShelfDays * 24 });
}

/** Scraps the shelved surplus whose time has come (oldest first); counted in `counters.surplusScrapped`. */
export function expireSurplus(m: Model): void {
  const shelf = m.state.surplusShelf;
  let n = 0;
  while (n < shelf.length && shelf[n].until <= m.now) {
    const { product, parts } = shelf[n++];
    setOwn(m.state.stock, product, (own(m.state.stock, product) ?? 0) - parts);
    m.state.counters.surplusScrapped += parts;
  }
  if (n > 0) shelf.splice(0, n);
}
