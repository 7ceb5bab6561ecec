/**
 * A run's settings: which scenario, which seed, which levers changed from the start, which
 * interventions (branches) during the run, and the day shown. They are what a share link
 * and the saved state carry; {@link encodeSettings} and {@link decodeSettings} are pure and
 * inverse of each other. Decoding checks shapes only; the scenario paths are checked when the
 * run is built (see runSpec.ts).
 */
import type { Intervention } from '../../simulation/simulation';

/** Everything needed to reopen a run exactly. */
export interface RunSettings {
  /** Name of a bundled scenario file (without `.json`), or `file:<name>` for one loaded from disk. */
  scenario: string;
  seed: number;
  /** Scenario path → value, applied before day 0. */
  levers: Record<string, unknown>;
  /** Lever changes at given days (branches). */
  interventions: Intervention[];
  /**
   * The day shown (at its end) when the run was saved or shared. Absent: the run opens at the
   * end of its warm-up (see `openingDay`), so a fresh scenario shows a full workshop.
   */
  day?: number;
  /** The scenario text, only for a file loaded from disk. */
  file?: string;
}

/** A setting that cannot be read, with what was wrong. */
export class SettingsError extends Error {}

function b64encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function b64decode(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The settings as a URL hash (without `#`): `s=…&seed=…[&l=…][&i=…][&d=…][&f=…]`. */
export function encodeSettings(s: RunSettings): string {
  const p = new URLSearchParams();
  p.set('s', s.scenario);
  p.set('seed', String(s.seed));
  if (Object.keys(s.levers).length) p.set('l', JSON.stringify(s.levers));
  if (s.interventions.length) p.set('i', JSON.stringify(s.interventions));
  if (s.day !== undefined) p.set('d', String(s.day));
  if (s.file !== undefined) p.set('f', b64encode(s.file));
  return p.toString();
}

function parseJsonParam(p: URLSearchParams, key: string, fallback: unknown): unknown {
  const raw = p.get(key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw);
  } catch {
    throw new SettingsError(`${key}: not valid JSON`);
  }
}

/** Reads settings from a hash (with or without `#`); throws a {@link SettingsError} naming the bad part. */
export function decodeSettings(hash: string): RunSettings {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const scenario = p.get('s');
  if (!scenario) throw new SettingsError('s: the scenario name is missing');
  const seed = Number(p.get('seed') ?? 'x');
  if (!Number.isInteger(seed) || seed < 0) throw new SettingsError(`seed: expected an integer ≥ 0, got "${p.get('seed')}"`);
  const day = p.has('d') ? Number(p.get('d')) : undefined;
  if (day !== undefined && (!Number.isInteger(day) || day < 0)) throw new SettingsError(`d: expected a day ≥ 0, got "${p.get('d')}"`);
  const levers = parseJsonParam(p, 'l', {});
  if (!levers || typeof levers !== 'object' || Array.isArray(levers)) throw new SettingsError('l: expected an object of path → value');
  const interventions = parseJsonParam(p, 'i', []);
  if (!Array.isArray(interventions)) throw new SettingsError('i: expected a list of interventions');
  interventions.forEach((iv, k) => {
    if (!iv || typeof iv !== 'object' || !Number.isInteger(iv.day) || iv.day < 0 || typeof iv.path !== 'string' || !('value' in iv))
      throw new SettingsError(`i[${k}]: expected {day, path, value}`);
  });
  let file: string | undefined;
  const f = p.get('f');
  if (f !== null) {
    try {
      file = b64decode(f);
    } catch {
      throw new SettingsError('f: the embedded scenario cannot be decoded');
    }
  }
  return { scenario, seed, levers: levers as Record<string, unknown>, interventions: interventions as Intervention[], ...(day !== undefined ? { day } : {}), ...(file !== undefined ? { file } : {}) };
}
