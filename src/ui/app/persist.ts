/**
 * What survives a reload: the run's settings, the language, the tab and the speed, in
 * localStorage under one key. The record is input like a link: {@link readSaved} checks it
 * against {@link savedSchema} and never throws; a record that is not valid JSON or not valid
 * is moved aside under {@link REJECTED_KEY} (kept for export, never deleted) and reported
 * with its first problem (`where: expected …`).
 */
import { storage } from '../storage';
import { z } from 'zod';
import { problemFromIssue } from '../../scenario/errors';
import { runSettingsSchema, parseRunSettings, type RunSettings } from '../model/settings';
import { MAX_SPEED, MIN_SPEED } from '../views/panels/timeBar';
import { TABS, type Tab } from './shell';

/** The key of the saved record. */
export const KEY = 'negoplan.v1';
/** Where a record that could not be read is kept. */
export const REJECTED_KEY = 'negoplan.v1.rejected';

/** The saved preferences and run. */
export interface Saved {
  settings?: RunSettings;
  language?: 'en' | 'fr';
  tab?: Tab;
  speed?: number;
}

/** What a saved record must be: each field optional, typed and bounded, nothing else. */
export const savedSchema = z.strictObject({
  settings: runSettingsSchema.optional(),
  language: z.enum(['en', 'fr']).optional(),
  tab: z.enum(TABS).optional(),
  speed: z.number().min(MIN_SPEED).max(MAX_SPEED).optional(),
});

/** A record that was refused: why (one line), and its text as it was stored. */
export interface Rejected {
  problem: string;
  text: string;
}

/** The record's first problem as `where: expected …`, or null when it is valid. */
export function savedProblem(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'the record is not valid JSON';
  }
  const settings = raw && typeof raw === 'object' ? (raw as { settings?: unknown }).settings : undefined;
  try {
    if (settings !== undefined) parseRunSettings(settings, {}, 'settings');
  } catch (e) {
    return (e as Error).message;
  }
  const result = savedSchema.safeParse(raw, { reportInput: true });
  if (result.success) return null;
  const p = problemFromIssue(result.error.issues[0]);
  return `${p.path || 'the record'}: ${p.message}`;
}

/**
 * The saved record (empty when there is none) with its text, and the refused one if it could
 * not be read; a refused record is moved to {@link REJECTED_KEY} so the next save cannot
 * overwrite it.
 */
export function readSaved(): { saved: Saved; text?: string; rejected?: Rejected } {
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(KEY) ?? null;
  } catch {
    return { saved: {} };
  }
  if (text === null) return { saved: {} };
  const problem = savedProblem(text);
  if (problem === null) return { saved: JSON.parse(text) as Saved, text };
  return { saved: {}, rejected: setAside(text, problem) };
}

/** Moves the record `text` aside (refused for `problem`) and returns what was kept. */
export function setAside(text: string, problem: string): Rejected {
  try {
    storage()?.setItem(REJECTED_KEY, text);
    storage()?.removeItem(KEY);
  } catch {
    /* storage full: the record stays where it was, and the message still offers it */
  }
  return { problem, text };
}

/** Merges `patch` into the saved record (quota errors are ignored: nothing else to do). */
export function save(patch: Saved): void {
  const store = storage();
  try {
    const text = store?.getItem(KEY) ?? null;
    const current = text !== null && savedProblem(text) === null ? (JSON.parse(text) as Saved) : {};
    store?.setItem(KEY, JSON.stringify({ ...current, ...patch }));
  } catch {
    /* storage full or disabled: the run goes on unsaved */
  }
}
