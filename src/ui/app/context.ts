/**
 * What views may ask of the app, and what the app asks of views. Views read the run through
 * `engine` and act only through these commands (move in time, select an order, start a new
 * run from settings); none of them touches the simulation's state.
 */
import type { RunEngine } from '../model/engine';
import type { RunSettings } from '../model/settings';
import type { Screen } from '../model/screen';
import type { Clock } from './clock';

/** The app, as views see it. */
export interface AppContext {
  readonly engine: RunEngine;
  readonly settings: RunSettings;
  /** What the people at the screen may see (model/screen.ts); the full screen when nobody plays. */
  readonly screen: Screen;
  /** The playing speed, in simulated days per second. */
  readonly speed: number;
  /** Moves the displayed time to `t` hours (pauses playing). */
  seekTime(t: number): void;
  /** Pins an order in the side panel (null to clear). */
  selectOrder(order: number | null): void;
  /** Starts a run from `settings`; returns false (and shows why) when they are refused. */
  start(settings: RunSettings, message?: string): boolean;
  /** Shows a message in the banner. */
  notify(text: string, kind: 'error' | 'info'): void;
}

/** The app as the code that builds the views sees it: the views' context, the clock the time bar drives, the hover tooltip. */
export interface ViewsHost extends AppContext {
  readonly clock: Clock;
  /** Shows a hovered order's summary near the pointer at (x, y) (null hides it). */
  hover(order: number | null, x: number, y: number): void;
}

/** A DOM view's lifecycle. `update` is called after the run moved, `relabel` after a language change. */
export interface View {
  update(force: boolean): void;
  relabel(): void;
  /** Called when a new run starts (new engine). */
  reset?(): void;
  resize?(): void;
}
