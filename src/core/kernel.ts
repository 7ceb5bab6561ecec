/**
 * The discrete-event kernel: a clock and an event queue, and a loop that hands each event
 * to a dispatcher in (time, priority, seq) order. It knows nothing of the domain. When the
 * dispatcher throws {@link DecisionPending}, the event goes back to the queue untouched and
 * the loop stops, to resume once a person has answered.
 */
import { EventQueue, type Timed } from './eventQueue';
import { DecisionPending } from './decisions';

/** Why a run of the loop stopped. */
export type StopReason = 'until' | 'empty' | 'pending' | 'steps';

/** The kernel's clock and queue. `now` is the time of the event being handled (hours). */
export class Kernel<E extends Timed> {
  readonly queue = new EventQueue<E>();
  now = 0;
  handled = 0;

  constructor(private readonly dispatch: (event: E) => void) {}

  /**
   * Queues `event` at `priority` (lower first among events at the same time; its `seq` is
   * given here). A time that is not a finite number, or is before now, is a bug in the
   * caller: it throws a broken invariant, never queues it.
   */
  schedule(event: E, priority: number): void {
    if (!Number.isFinite(event.time) || event.time < this.now) {
      throw new Error(`broken invariant: event ${JSON.stringify(event)} scheduled at ${event.time}, ${Number.isFinite(event.time) ? 'before now' : 'not a finite time'} (now ${this.now})`);
    }
    this.queue.push(event, priority);
  }

  /**
   * Handles events with time ≤ `until`, at most `maxSteps` of them. The clock ends at
   * `until` when the queue runs past it (so the state is "as of" that time).
   */
  run(until: number, maxSteps = Infinity): StopReason {
    const q = this.queue;
    let steps = 0;
    for (;;) {
      if (q.size === 0) return 'empty';
      const time = q.peekTime();
      if (time > until) {
        this.now = Math.max(this.now, until);
        return 'until';
      }
      if (steps >= maxSteps) return 'steps';
      const next = q.pop()!;
      this.now = time;
      try {
        this.dispatch(next);
      } catch (e) {
        if (e instanceof DecisionPending) {
          q.unpop();
          return 'pending';
        }
        throw e;
      }
      this.handled++;
      steps++;
    }
  }
}
