/**
 * The sweep's progress on stderr: on a terminal, a bar redrawn in place (runs done, rate,
 * time left); otherwise, a plain line at every tenth of the runs, so logs of cluster jobs
 * stay short. Rate and time left count only the runs of this session (resumed runs are
 * done but were not timed).
 */

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Progress of `total` runs of which `done` are already finished. */
export class SweepProgress {
  private readonly started = performance.now();
  private readonly resumed: number;
  private lastDraw = 0;
  private nextTenth: number;

  constructor(
    private readonly total: number,
    private done: number,
    private readonly out: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): boolean },
    private readonly quiet = false,
  ) {
    this.resumed = done;
    this.nextTenth = Math.floor((done * 10) / Math.max(1, total)) + 1;
  }

  /** The status text: runs done of total, rate, time left. */
  status(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = (this.done - this.resumed) / Math.max(seconds, 1e-9);
    const left = rate > 0 ? (this.total - this.done) / rate : Infinity;
    return `${this.done}/${this.total} runs · ${rate.toFixed(1)} runs/s · ${duration(left)} left`;
  }

  /** One more run finished. */
  tick(): void {
    this.done++;
    if (this.quiet) return;
    if (this.out.isTTY) {
      const now = performance.now();
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      const width = 24;
      const filled = Math.round((width * this.done) / Math.max(1, this.total));
      this.out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.status()}`);
    } else if (this.done * 10 >= this.nextTenth * this.total) {
      this.nextTenth = Math.floor((this.done * 10) / this.total) + 1;
      this.out.write(`sweep: ${this.status()}\n`);
    }
  }

  /** Writes a message on its own line, above the bar. */
  note(message: string): void {
    if (this.out.isTTY && !this.quiet) this.out.write('\r\x1b[2K');
    this.out.write(message + '\n');
  }

  /** Ends the bar's line. */
  finish(summary: string): void {
    if (this.out.isTTY && !this.quiet) this.out.write('\r\x1b[2K');
    if (!this.quiet) this.out.write(`sweep: ${summary} (${duration((performance.now() - this.started) / 1000)})\n`);
  }
}
