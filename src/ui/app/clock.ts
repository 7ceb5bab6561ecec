/**
 * The clock: plays the run at a speed in simulated days per wall-clock second, on
 * requestAnimationFrame, and carries the step and seek commands to the engine. Wall time
 * decides only how far to move, never what happens: the engine's results depend on the
 * displayed time alone.
 */
import type { RunEngine } from '../model/engine';

/** The play loop around one engine at a time. */
export class Clock {
  playing = false;
  speed = 7;
  private last = 0;
  private frame = 0;

  constructor(
    public engine: RunEngine,
    /** Called after every move; `jump` is true when time moved other than by playing. */
    private readonly moved: (jump: boolean) => void,
  ) {}

  /** Starts or stops playing. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
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
    this.pause();
    this.engine.stepEvent();
    this.moved(false);
  }

  /** Moves `n` days forward (to the end of that day) or back when `n` < 0. */
  stepDays(n: number): void {
    this.pause();
    this.engine.seekDay(Math.max(0, this.engine.day + n));
    this.moved(n < 0);
  }

  /** Jumps to the end of day `d`. */
  seekDay(d: number): void {
    this.pause();
    this.engine.seekDay(d);
    this.moved(true);
  }

  /** Jumps to time `t` hours. */
  seekTime(t: number): void {
    this.pause();
    this.engine.seekTime(t);
    this.moved(true);
  }
}
