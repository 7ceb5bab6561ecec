/**
 * A binary min-heap of simulation events, ordered by (time, priority, seq).
 * `seq` is assigned on insertion by the queue itself and is unique, so two events
 * never compare equal and the pop order never depends on the heap's internals.
 */

/** The ordering fields every queued event carries. Time in hours since the run's start. */
export interface Queued {
  time: number;
  /** Lower runs first among events at the same time. */
  priority: number;
  /** Insertion counter, filled in by {@link EventQueue.push}; the final tie-break. */
  seq: number;
}

/** True when `a` must run before `b`. Total order: time, then priority, then seq. */
export function runsBefore(a: Queued, b: Queued): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/** Priority queue of events. Plain data: `items` and `nextSeq` serialise as JSON. */
export class EventQueue<E extends Queued> {
  items: E[] = [];
  nextSeq = 0;

  get size(): number {
    return this.items.length;
  }

  /** Inserts `event`, stamping its `seq`. O(log n). */
  push(event: E): E {
    event.seq = this.nextSeq++;
    this.insert(event);
    return event;
  }

  /** Re-inserts an event that was popped but not handled, keeping its original `seq`. */
  pushBack(event: E): void {
    this.insert(event);
  }

  private insert(event: E): void {
    const items = this.items;
    let i = items.length;
    items.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!runsBefore(event, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = event;
  }

  /** The next event without removing it, or undefined when empty. */
  peek(): E | undefined {
    return this.items[0];
  }

  /** Removes and returns the next event. O(log n). */
  pop(): E | undefined {
    const items = this.items;
    const n = items.length;
    if (n === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (n > 1) this.siftDown(0, last);
    return top;
  }

  private siftDown(start: number, moving: E): void {
    const items = this.items;
    const n = items.length;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && runsBefore(items[r], items[l]) ? r : l;
      if (!runsBefore(items[c], moving)) break;
      items[i] = items[c];
      i = c;
    }
    items[i] = moving;
  }

}
