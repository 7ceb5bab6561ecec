/**
 * A view's field computed on its first read: for a field a role may look at but the automatic
 * strategy does not, so that the thousands of automatic decisions a run takes do not pay for
 * it. The field is an enumerable own property (JSON, structuredClone and spreading read it like
 * any other); the first read computes it from the model as it is then, and keeps the value. A
 * view is read while its decision is being taken (the model has not moved), and the desk
 * copies a view to plain data before it waits for a person (DecisionDesk.decide).
 */

/** Defines `key` on `view` as computed by `compute` on first read (then kept); returns the view. */
export function lazyField<T extends object, K extends keyof T>(view: Omit<T, K>, key: K, compute: () => T[K]): T {
  Object.defineProperty(view, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(view, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
  return view as T;
}
