/**
 * A binary min-heap of simulation events, ordered by (time, priority, seq).
 * `seq` is assigned on insertion by the queue itself and is unique, so two events
 * never compare equal and the pop order never depends on the heap's internals.
 * The ordering fields live in three number arrays beside the heap, not on the events: the
 * sifts compare plain numbers instead of reading events of a dozen different shapes, and an
 * event is queued as its handler made it (writing two fields onto objects of a dozen shapes
 * cost more than the rest of queueing). They join the events only when the queue is saved.
 */

/** What every event carries: its time, in hours since the run's start. */
export interface Timed {
  time: number;
}

/** An event with its ordering fields, as the queue is saved and restored. */
export type Queued<E extends Timed = Timed> = E & {
  /** Lower runs first among events at the same time. */
  priority: number;
  /** Insertion counter, given by {@link EventQueue.push}; the final tie-break. */
  seq: number;
};

/** True when `a` must run before `b`. Total order: time, then priority, then seq. */
export function runsBefore(a: Queued, b: Queued): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/** Priority queue of events. Plain data: `items` and `nextSeq` serialise as JSON. */
export class EventQueue<E extends Timed> {
  private heap: E[] = [];
  private times: number[] = [];
  private prios: number[] = [];
  private seqs: number[] = [];
  /** The event last popped and its ordering fields, for {@link EventQueue.unpop} (null: none to put back). */
  private popped: E | null = null;
  private poppedPriority = 0;
  private poppedSeq = 0;
  nextSeq = 0;

  /** The queued events with their ordering fields, in heap order: fresh objects, to save. */
  get items(): Queued<E>[] {
    return this.heap.map((e, i) => ({ ...e, priority: this.prios[i], seq: this.seqs[i] }));
  }

  /** Takes over saved events (any order), keeping their priority and seq. */
  set items(events: Queued<E>[]) {
    this.heap = events.slice();
    this.times = events.map((e) => e.time);
    this.prios = events.map((e) => e.priority);
    this.seqs = events.map((e) => e.seq);
    for (let i = (events.length >> 1) - 1; i >= 0; i--) this.siftDown(i, this.heap[i], this.times[i], this.prios[i], this.seqs[i]);
    this.popped = null;
  }

  /** The queued events as they were queued, in heap order (no ordering fields): to read. */
  get events(): readonly E[] {
    return this.heap;
  }

  get size(): number {
    return this.heap.length;
  }

  /** Queues `event` at `priority`; it gets the next seq. */
  push(event: E, priority: number): void {
    this.insert(event, event.time, priority, this.nextSeq++);
  }

  /** Puts the event last popped back, with its priority and seq (its handler stopped before it changed anything). */
  unpop(): void {
    const e = this.popped;
    if (!e) throw new Error('broken invariant: no event popped to put back');
    this.popped = null;
    this.insert(e, e.time, this.poppedPriority, this.poppedSeq);
  }

  private insert(event: E, t: number, p: number, s: number): void {
    const { heap, times, prios, seqs } = this;
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
    this.popped = top;
    this.poppedPriority = prios[0];
    this.poppedSeq = seqs[0];
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
