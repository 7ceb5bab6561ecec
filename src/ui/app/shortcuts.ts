/**
 * Keyboard shortcuts: Space play/pause, N next event, D next day, W next week, ← → one day
 * back / forward (with Shift a week), Home / End start / end, + − speed, L language, 1–9 tabs.
 * They never take a key from the control that has the focus: nothing while typing in a field
 * or a list; on a button, a link, a tab, a slider or any other control, Space, Enter, the arrows,
 * Home and End do what that control does (Space presses a focused button). Single-key
 * shortcuts can be turned off (WCAG 2.1.4), from the guide.
 */
import type { Clock } from './clock';
import { TABS, type Tab } from './shell';
import type { LabelKey } from '../i18n/strings';

/** What the shortcuts act on. */
export interface ShortcutTargets {
  clock: Clock;
  showTab(tab: Tab): void;
  toggleLanguage(): void;
  /** Whether single-key shortcuts are on (read at every key). */
  enabled(): boolean;
}

/** The shortcut table (keys and the label of what they do), for the guide and the docs. */
export const SHORTCUTS: readonly [string, LabelKey][] = [
  ['Space', 'key.space'],
  ['N', 'key.n'],
  ['D', 'key.d'],
  ['W', 'key.w'],
  ['← / →', 'key.arrows'],
  ['Home / End', 'key.homeEnd'],
  ['+ / −', 'key.speed'],
  ['L', 'key.l'],
  ['1 … 9', 'key.tabs'],
];

/** Keys a focused control uses itself. */
const CONTROL_KEYS = new Set([' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether `target` takes text (every key belongs to it). */
function typing(target: Element | null): boolean {
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || (target as HTMLElement).isContentEditable;
}

/** Whether `target` is a control other than the page itself (its own keys are its own). */
function control(target: Element | null): boolean {
  if (!target || target === document.body || target === document.documentElement) return false;
  return target.matches('button, a[href], summary, [role=tab], [role=button], [role=slider], [role=listbox], [role=option]');
}

/** What a key does, or null when the key is not ours in this context. Pure but for the targets. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: Element | null, t: ShortcutTargets): (() => void) | null {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(target)) return null;
  if (CONTROL_KEYS.has(e.key) && control(target)) return null;
  if (!t.enabled()) return null;
  if (target?.closest('dialog, [role=dialog]')) return null;
  const c = t.clock;
  const k = e.key;
  if (k === ' ') return () => c.toggle();
  if (k === 'n' || k === 'N') return () => c.stepEvent();
  if (k === 'd' || k === 'D') return () => c.stepDays(1);
  if (k === 'w' || k === 'W') return () => c.stepDays(7);
  if (k === 'ArrowRight') return () => c.stepDays(e.shiftKey ? 7 : 1);
  if (k === 'ArrowLeft') return () => c.stepDays(e.shiftKey ? -7 : -1);
  if (k === 'Home') return () => c.seekDay(0);
  if (k === 'End') return () => c.seekDay(c.engine.sim.days - 1);
  if (k === '+' || k === '=') return () => c.setSpeed(Math.min(120, c.speed * 1.5));
  if (k === '-') return () => c.setSpeed(Math.max(1, c.speed / 1.5));
  if (k === 'l' || k === 'L') return () => t.toggleLanguage();
  if (/^[1-9]$/.test(k) && Number(k) <= TABS.length) return () => t.showTab(TABS[Number(k) - 1]);
  return null;
}

/** Installs the shortcuts on `window`; returns the remover. */
export function installShortcuts(t: ShortcutTargets): () => void {
  const onKey = (e: KeyboardEvent) => {
    const act = shortcutFor(e, e.target as Element | null, t);
    if (!act) return;
    act();
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/**
 * The WAI-ARIA tabs pattern on `tabs` (in order): ← → move to the previous / next tab (wrapping),
 * Home / End to the first / last, each selecting the tab it reaches (automatic activation);
 * only the selected tab is in the Tab order. Returns the remover.
 */
export function installTablist(list: HTMLElement, tabs: readonly HTMLElement[], select: (i: number) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const n = tabs.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    select(to);
    tabs[to].focus();
  };
  list.addEventListener('keydown', onKey);
  return () => list.removeEventListener('keydown', onKey);
}
