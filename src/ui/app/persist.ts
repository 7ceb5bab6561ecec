/**
 * What survives a reload: the run's settings, the language, the tab and the speed, in
 * localStorage under one key. Reading never throws: a missing or unreadable record is null.
 */
import type { RunSettings } from '../model/settings';

const KEY = 'negoplan.v1';

/** The saved preferences and run. */
export interface Saved {
  settings?: RunSettings;
  language?: 'en' | 'fr';
  tab?: string;
  speed?: number;
}

/** The saved record, or an empty one. */
export function loadSaved(): Saved {
  try {
    const raw = localStorage.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as Saved) : {};
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/** Merges `patch` into the saved record (quota errors are ignored: nothing else to do). */
export function save(patch: Saved): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...loadSaved(), ...patch }));
  } catch {
    /* storage full or disabled: the run goes on unsaved */
  }
}
