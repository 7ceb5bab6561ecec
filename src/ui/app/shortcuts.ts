/**
 * Keyboard shortcuts: Space play/pause, N next event, D next day, W next week, ← → one day
 * back / forward (with Shift a week), Home / End start / end, + − speed, L language, 1–8 tabs.
 * Ignored while typing in a field.
 */
import type { Clock } from './clock';
import { TABS, type Tab } from './shell';

/** What the shortcuts act on. */
export interface ShortcutTargets {
  clock: Clock;
  showTab(tab: Tab): void;
  toggleLanguage(): void;
}

/** The shortcut table, for the docs and the help line. */
export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'play / pause'],
  ['N', 'next event'],
  ['D', 'next day'],
  ['W', 'next week'],
  ['← / →', 'one day back / forward (Shift: a week)'],
  ['Home / End', 'first / last day'],
  ['+ / −', 'faster / slower'],
  ['L', 'English / French'],
  ['1 … 8', 'tabs'],
];

/** Installs the shortcuts on `window`; returns the remover. */
export function installShortcuts(t: ShortcutTargets): () => void {
  const onKey = (e: KeyboardEvent) => {
    const tag = (e.target as HTMLElement | null)?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    const c = t.clock;
    const k = e.key;
    if (k === ' ') c.toggle();
    else if (k === 'n' || k === 'N') c.stepEvent();
    else if (k === 'd' || k === 'D') c.stepDays(1);
    else if (k === 'w' || k === 'W') c.stepDays(7);
    else if (k === 'ArrowRight') c.stepDays(e.shiftKey ? 7 : 1);
    else if (k === 'ArrowLeft') c.stepDays(e.shiftKey ? -7 : -1);
    else if (k === 'Home') c.seekDay(0);
    else if (k === 'End') c.seekDay(c.engine.sim.days - 1);
    else if (k === '+' || k === '=') c.setSpeed(Math.min(120, c.speed * 1.5));
    else if (k === '-') c.setSpeed(Math.max(1, c.speed / 1.5));
    else if (k === 'l' || k === 'L') t.toggleLanguage();
    else if (/^[1-8]$/.test(k)) t.showTab(TABS[Number(k) - 1]);
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
