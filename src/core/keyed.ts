/**
 * Own-key access to plain records keyed by ids from a scenario (stock by product, lines by
 * client, series by client). An id such as `constructor`, `toString` or `__proto__` is an
 * ordinary key here: reads never see Object.prototype, and writes define an own property
 * (never the `__proto__` setter). The records stay plain JSON, so they survive
 * structuredClone and JSON round trips (which keep own `__proto__` keys). Pure.
 */

/** The value of `rec`'s own key `key`, or undefined. */
export function own<V>(rec: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** Sets `rec`'s own key `key` to `value`. */
export function setOwn<V>(rec: Record<string, V>, key: string, value: V): void {
  if (Object.hasOwn(rec, key)) rec[key] = value;
  else Object.defineProperty(rec, key, { value, writable: true, enumerable: true, configurable: true });
}
