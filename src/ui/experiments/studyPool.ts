/**
 * Runs a study's tasks on a pool of web workers (one fewer than the machine's logical cores,
 * at least one, never more than there are tasks), hands each result back as a sweep record as
 * it arrives, and stops at once on {@link StudyPool.cancel}: the workers are terminated, the
 * runs under way are dropped, the finished ones kept by the caller. Browser only.
 */
import type { RunRecord } from '../../experiments/records';
import type { StudyResult, StudyTask } from './protocol';

/** How a study ended: every run done, or cancelled (some runs not done). */
export type StudyEnd = 'done' | 'cancelled';

/** The pool size for `tasks` tasks on a machine of `cores` logical cores: cores − 1, at least 1, at most `tasks`. */
export function poolSize(cores: number | undefined, tasks: number): number {
  return Math.max(1, Math.min(tasks, (cores ?? 2) - 1));
}

/** Starts a study worker (vite bundles the worker file and its imports). */
export function studyWorker(): Worker {
  return new Worker(new URL('./study.worker.ts', import.meta.url), { type: 'module' });
}

/** A pool running one study; make a new one for the next. */
export class StudyPool {
  private workers: Worker[] = [];
  private finish: ((end: StudyEnd) => void) | null = null;

  constructor(private readonly makeWorker: () => Worker = studyWorker) {}

  /**
   * Runs `tasks` in order on `size` workers; `onRecord` gets each finished run (with its
   * values of the design's factors). Resolves when all are done or on cancel; rejects when a
   * worker cannot start (its error event).
   */
  run(tasks: readonly StudyTask[], values: readonly unknown[][], size: number, onRecord: (r: RunRecord) => void): Promise<StudyEnd> {
    return new Promise<StudyEnd>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const byRun = new Map(tasks.map((t) => [t.spec.run, t.spec]));
      this.finish = (end) => {
        this.stop();
        resolve(end);
      };
      if (tasks.length === 0) return this.finish('done');
      const feed = (w: Worker) => {
        if (next < tasks.length) w.postMessage(tasks[next++]);
      };
      for (let i = 0; i < size; i++) {
        const w = this.makeWorker();
        this.workers.push(w);
        w.onmessage = (e: MessageEvent<StudyResult>) => {
          const spec = byRun.get(e.data.run)!;
          onRecord({ ...spec, values: [...values[spec.combination]], kpis: e.data.kpis, error: e.data.error });
          done++;
          if (done === tasks.length) this.finish?.('done');
          else feed(w);
        };
        w.onerror = (e) => {
          e.preventDefault();
          this.stop();
          reject(new Error(`a study worker failed: ${e.message || 'it could not start'}`));
        };
        feed(w);
      }
    });
  }

  /** Stops the study now: the workers are terminated and {@link run} resolves with `cancelled`. */
  cancel(): void {
    this.finish?.('cancelled');
  }

  private stop(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.finish = null;
  }
}
