/**
 * The clock: plays the run at a speed in simulated days per wall-clock second, on
 * requestAnimationFrame, and carries the step and seek commands to the engine. Wall time
 * decides only how far to move, never what happens: the engine's results depend on the
 * displayed time alone.
 */
import type { RunEngine } from '../model/engine';

/** A forward jump longer than this (hours of simulated time) runs in slices, with progress and Cancel. */
export const LONG_JUMP_HOURS = 90 * 24;
/** Wall-clock milliseconds of simulation per slice before the page gets to draw again. */
const SLICE_MS = 40;
/** Wall-clock milliseconds a far jump may take at once before it shows progress and yields. */
const SYNC_MS = 150;

/** What a long jump reports: the fraction done (0–1) and the day reached; null when it ended. */
export type JumpProgress = { done: number; day: number; targetDay: number } | null;

/** The play loop around one engine at a time. */
export class Clock {
  playing = false;
  speed = 7;
  private last = 0;
  private frame = 0;
  private jumpToken = 0;
  /** Whether a long jump is running. */
  jumping = false;

  constructor(
    public engine: RunEngine,
    /** Called after every move; `jump` is true when time moved other than by playing. */
    private readonly moved: (jump: boolean) => void,
    /** Told how a long jump goes (and null when it ends, done or cancelled). */
    private readonly progress: (p: JumpProgress) => void = () => undefined,
  ) {}

  /** Stops a long jump where it got to (the run stays valid there). */
  cancelJump(): void {
    if (!this.jumping) return;
    this.jumpToken++;
    this.jumping = false;
    this.progress(null);
    this.moved(true);
  }

  /**
   * Moves to `t` hours: at once when it is near (or back: a snapshot is at most 28 days
   * behind), else in slices of {@link SLICE_MS} between which the page draws and the progress
   * is reported; resolves true when it got there, false when cancelled or overtaken.
   */
  async jumpTo(t: number): Promise<boolean> {
    this.cancelJump();
    const e = this.engine;
    const target = Math.max(0, Math.min(t, e.endTime - 1e-9));
    if (target - e.time <= LONG_JUMP_HOURS) {
      e.seekTime(target);
      this.moved(true);
      return true;
    }
    // a far jump that a fast machine finishes within one short budget needs no bar either
    const budget = performance.now();
    while (e.time < target && !e.pending && performance.now() - budget < SYNC_MS) e.seekTime(Math.min(target, e.time + 24 * 7));
    if (e.time >= target || e.pending) {
      this.moved(true);
      return true;
    }
    const token = ++this.jumpToken;
    this.jumping = true;
    const start = e.time;
    const targetDay = Math.floor(target / 24);
    while (e.time < target && !e.pending) {
      const t0 = performance.now();
      while (e.time < target && !e.pending && performance.now() - t0 < SLICE_MS) e.seekTime(Math.min(target, e.time + 24 * 7));
      this.progress({ done: (e.time - start) / (target - start), day: e.day, targetDay });
      await new Promise((r) => setTimeout(r, 0));
      if (token !== this.jumpToken || e !== this.engine) return false;
    }
    this.jumping = false;
    this.progress(null);
    this.moved(true);
    return true;
  }

  /** Starts or stops playing. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    this.cancelJump();
    if (this.playing) return;
    if (this.engine.finished) return;
    this.playing = true;
    this.last = performance.now();
    this.frame = requestAnimationFrame((t) => this.loop(t));
    this.moved(false);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.moved(false);
  }

  setSpeed(daysPerSecond: number): void {
    this.speed = Math.max(0.1, daysPerSecond);
    this.moved(false);
  }

  private loop(now: number): void {
    if (!this.playing) return;
    const dt = Math.min(0.25, (now - this.last) / 1000);
    this.last = now;
    this.engine.seekTime(this.engine.time + dt * this.speed * 24);
    if (this.engine.finished) this.playing = false;
    this.moved(false);
    if (this.playing) this.frame = requestAnimationFrame((t) => this.loop(t));
  }

  /** Handles the next event. */
  stepEvent(): void {
    this.cancelJump();
    this.pause();
    this.engine.stepEvent();
    this.moved(false);
  }

  /** Moves `n` days forward (to the end of that day) or back when `n` < 0. */
  stepDays(n: number): void {
    this.cancelJump();
    this.pause();
    this.engine.seekDay(Math.max(0, this.engine.day + n));
    this.moved(n < 0);
  }

  /** Jumps to the end of day `d` (in slices when far). */
  seekDay(d: number): void {
    this.pause();
    void this.jumpTo((d + 1) * 24 - 1e-9);
  }

  /** Jumps to time `t` hours (in slices when far). */
  seekTime(t: number): void {
    this.pause();
    void this.jumpTo(t);
  }
}
