/**
 * Starting and cancelling the debrief's worker from the page: one job at a time; a new start
 * or a cancel terminates the running one (its late messages are dropped). Browser only.
 */
import type { DebriefMessage, DebriefRequest } from '../model/debriefJob';

/** One debrief computation in a web worker. */
export class DebriefWorker {
  private worker: Worker | null = null;

  /** Whether a job runs. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Starts `req` (cancelling a running job); `on` receives its messages until done, error or cancel. */
  start(req: DebriefRequest, on: (m: DebriefMessage) => void): void {
    this.cancel();
    const w = new Worker(new URL('./debrief.worker.ts', import.meta.url), { type: 'module' });
    this.worker = w;
    w.onmessage = (e: MessageEvent<DebriefMessage>) => {
      if (this.worker !== w) return;
      if (e.data.type === 'done' || e.data.type === 'error') this.stop();
      on(e.data);
    };
    w.onerror = (e) => {
      if (this.worker !== w) return;
      this.stop();
      on({ type: 'error', message: e.message || 'the debrief worker failed' });
    };
    w.postMessage(req);
  }

  /** Stops the running job, if any. */
  cancel(): void {
    this.stop();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
