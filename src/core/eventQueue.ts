/**
 * A binary min-heap of simulation events, ordered by (time, priority, seq).
 * `seq` is assigned on insertion by the queue itself and is unique, so two events
 * never compare equal and the pop order never depends on the heap's internals.
 * The ordering fields are mirrored in three number arrays beside the heap, so the sifts
 * compare plain numbers instead of reading events of a dozen different shapes.
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

/** Priority queue of events. Plain data: `items` (the heap) and `nextSeq` serialise as JSON. */
export class EventQueue<E extends Queued> {
  private heap: E[] = [];
  private times: number[] = [];
  private prios: number[] = [];
  private seqs: number[] = [];
  nextSeq = 0;

  /** The queued events, in heap order (the array itself: read it, do not change it). */
  get items(): E[] {
    return this.heap;
  }

  /** Replaces the queue's events (a restored run's), in any order. */
  set items(events: E[]) {
    this.heap = events;
    this.times = events.map((e) => e.time);
    this.prios = events.map((e) => e.priority);
    this.seqs = events.map((e) => e.seq);
    for (let i = (events.length >> 1) - 1; i >= 0; i--) this.siftDown(i, events[i], events[i].time, events[i].priority, events[i].seq);
  }

  get size(): number {
    return this.heap.length;
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
    const { heap, times, prios, seqs } = this;
    const t = event.time;
    const p = event.priority;
    const s = event.seq;
    let i = heap.length;
    heap.push(event);
    times.push(t);
    prios.push(p);
    seqs.push(s);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < t || (pt === t && (prios[parent] < p || (prios[parent] === p && seqs[parent] < s)))) break;
      heap[i] = heap[parent];
      times[i] = pt;
      prios[i] = prios[parent];
      seqs[i] = seqs[parent];
      i = parent;
    }
    heap[i] = event;
    times[i] = t;
    prios[i] = p;
    seqs[i] = s;
  }

  /** The next event without removing it, or undefined when empty. */
  peek(): E | undefined {
    return this.heap[0];
  }

  /** The time of the next event (hours), or Infinity when empty. */
  peekTime(): number {
    return this.heap.length ? this.times[0] : Infinity;
  }

  /** Removes and returns the next event. O(log n). */
  pop(): E | undefined {
    const { heap, times, prios, seqs } = this;
    const n = heap.length;
    if (n === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    const t = times.pop()!;
    const p = prios.pop()!;
    const s = seqs.pop()!;
    if (n > 1) this.siftDown(0, last, t, p, s);
    return top;
  }

  /** Moves `moving` (with its ordering fields) down from `start` to its place. */
  private siftDown(start: number, moving: E, t: number, p: number, s: number): void {
    const { heap, times, prios, seqs } = this;
    const n = heap.length;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n) {
        const rt = times[r];
        const lt = times[l];
        if (rt < lt || (rt === lt && (prios[r] < prios[l] || (prios[r] === prios[l] && seqs[r] < seqs[l])))) c = r;
      }
      const ct = times[c];
      if (!(ct < t || (ct === t && (prios[c] < p || (prios[c] === p && seqs[c] < s))))) break;
      heap[i] = heap[c];
      times[i] = ct;
      prios[i] = prios[c];
      seqs[i] = seqs[c];
      i = c;
    }
    heap[i] = moving;
    times[i] = t;
    prios[i] = p;
    seqs[i] = s;
  }
}
