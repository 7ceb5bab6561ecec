/**
 * Order statistics without a full sort: quickselect (Hoare's partition around a median of
 * three), in place, O(n) on average. The KPIs need a median and a 90th percentile of up to
 * some 90,000 lead times: selecting both costs a tenth of sorting them. Which of two equal
 * values (0 and -0) lands at a rank may differ from a sort's; the interpolated quantile cannot
 * (a ± 0 interpolation gives +0 either way). Values must not be NaN.
 */

/** Moves the value of rank `k` (0-based) of `a[from..]` to `a[k]`, smaller ones before it, larger after; returns it. */
function select(a: Float64Array, k: number, from: number): number {
  let lo = from;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three to a[mid], then partition around it.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (pivot < a[j]) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * The q-quantiles of `values` for `qs` in ascending order, by linear interpolation between
 * order statistics (as a sort would give them). Reorders `values`.
 */
export function quantilesInPlace(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => 0);
  let from = 0;
  return qs.map((q) => {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = select(values, lo, from);
    let b = a;
    if (hi > lo) {
      // The next rank up: the least value after a[lo], all of which are ≥ it.
      b = values[lo + 1];
      for (let i = lo + 2; i < n; i++) if (values[i] < b) b = values[i];
    }
    from = lo;
    return a + (b - a) * (pos - lo);
  });
}
