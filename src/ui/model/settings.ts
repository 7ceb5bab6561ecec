/**
 * A run's settings: which scenario, which seed, which levers changed from the start, which
 * interventions (branches) during the run, and the day shown. They are what a share link
 * and the saved state carry; {@link encodeSettings} and {@link decodeSettings} are pure and
 * inverse of each other. Decoding checks them against {@link runSettingsSchema}, like the saved
 * record does; the scenario paths are checked when the run is built (see runSpec.ts).
 */
import { z } from 'zod';
import { problemFromIssue } from '../../scenario/errors';
import type { Intervention, JournalDisruption } from '../../simulation/simulation';
import { journalDisruptionSchema } from '../../simulation/givenDisruptions';
import { parsePlay } from './seats';

/** Everything needed to reopen a run exactly. */
export interface RunSettings {
  /** Name of a bundled scenario file (without `.json`), or `file:<name>` for one loaded from disk. */
  scenario: string;
  seed: number;
  /** Scenario path → value, applied before day 0. */
  levers: Record<string, unknown>;
  /** Lever changes at given days (branches). */
  interventions: Intervention[];
  /** Disruptions a trainer gave during the run (a session of the sessions server); absent: none. */
  disruptions?: JournalDisruption[];
  /**
   * The day shown (at its end) when the run was saved or shared. Absent: the run opens at the
   * end of its warm-up (see `openingDay`), so a fresh scenario shows a full workshop.
   */
  day?: number;
  /**
   * The exact moment shown, in hours since day 0, when it was not the end of `day` (after
   * "next event"); a link or reload reopens there, not at the end of the day.
   */
  time?: number;
  /** The playing speed (simulated days per second) a link asks for. */
  speed?: number;
  /** The scenario text, only for a file loaded from disk. */
  file?: string;
  /** Roles or agent ids played by people (see seats.ts); absent: all automatic. */
  play?: string[];
}

/** The largest seed a link or the seed field accepts (seedrandom takes any, 2³¹ − 1 keeps links short and sane). */
export const MAX_SEED = 2147483647;

/** A setting that cannot be read, with what was wrong. */
export class SettingsError extends Error {}

/**
 * What a run's settings must be, wherever they come from (a link, the saved record): every
 * field typed and bounded, nothing else. The levers' and interventions' paths and values are
 * checked against the scenario when the run is built (runSpec.ts).
 */
export const runSettingsSchema = z.strictObject({
  scenario: z.string().min(1).max(300),
  seed: z.number().int().min(0).max(MAX_SEED),
  levers: z.record(z.string(), z.unknown()),
  interventions: z.array(z.strictObject({ day: z.number().int().min(0).max(1e6), path: z.string().min(1).max(300), value: z.custom<unknown>((v) => v !== undefined, 'expected a value, but it is missing') })),
  disruptions: z.array(journalDisruptionSchema).max(1000).optional(),
  day: z.number().int().min(0).max(1e6).optional(),
  time: z.number().min(0).max(24e6).optional(),
  speed: z.number().min(1).max(120).optional(),
  file: z.string().optional(),
  play: z.array(z.string().min(1).max(200)).max(50).optional(),
});

/**
 * `raw` checked as run settings: the settings, or a {@link SettingsError} naming the first
 * problem as `where: expected …`. `where` is the field's path, its first part renamed by
 * `names` (a link calls `levers` `l`), under `parent` (the saved record's `settings`). An own `__proto__` key among the levers is refused
 * here, since a record drops it silently.
 */
export function parseRunSettings(raw: unknown, names: Record<string, string> = {}, parent = ''): RunSettings {
  const where = (path: string) => [parent, path.replace(/^[^.[]+/, (first) => names[first] ?? first)].filter(Boolean).join('.') || 'the settings';
  const levers = raw && typeof raw === 'object' ? (raw as { levers?: unknown }).levers : undefined;
  if (levers && typeof levers === 'object' && Object.hasOwn(levers, '__proto__')) {
    throw new SettingsError(`${where('levers')}: "__proto__" is not a parameter path`);
  }
  const result = runSettingsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data as RunSettings;
  const p = problemFromIssue(result.error.issues[0]);
  throw new SettingsError(`${where(p.path)}: ${p.message.replace(/^expected record/, 'expected an object of path → value')}`);
}

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

/** The settings as a URL hash (without `#`): `s=…&seed=…[&l=…][&i=…][&z=…][&d=…][&t=…][&v=…][&f=…]`. */
export function encodeSettings(s: RunSettings): string {
  const p = new URLSearchParams();
  p.set('s', s.scenario);
  p.set('seed', String(s.seed));
  if (Object.keys(s.levers).length) p.set('l', JSON.stringify(s.levers));
  if (s.interventions.length) p.set('i', JSON.stringify(s.interventions));
  if (s.disruptions?.length) p.set('z', JSON.stringify(s.disruptions));
  if (s.day !== undefined) p.set('d', String(s.day));
  if (s.time !== undefined) p.set('t', String(s.time));
  if (s.speed !== undefined) p.set('v', String(s.speed));
  if (s.file !== undefined) p.set('f', b64encode(s.file));
  if (s.play?.length) p.set('play', s.play.join(','));
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

/** A link's number, or its text when it is none (so the error shows what was given). */
const number = (text: string | null): unknown => (text === null || Number.isNaN(Number(text)) || text.trim() === '' ? text : Number(text));

/** A link's seed: digits only (no sign, exponent or fraction), else its text so the error shows it. */
const seedOf = (text: string | null): unknown => (text !== null && /^\d{1,16}$/.test(text) ? Number(text) : text ?? undefined);

/** The link's name of each field (`s`, `seed`, `l`, `i`, `z`, `d`, `t`, `v`, `f`). */
const LINK_NAMES: Record<string, string> = { scenario: 's', levers: 'l', interventions: 'i', disruptions: 'z', day: 'd', time: 't', speed: 'v', file: 'f' };

/** Reads settings from a hash (with or without `#`); throws a {@link SettingsError} naming the bad part. */
export function decodeSettings(hash: string): RunSettings {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  if (!p.get('s')) throw new SettingsError('s: the scenario name is missing');
  if (!p.get('seed')?.trim()) throw new SettingsError(`seed: the seed is missing; expected an integer from 0 to ${MAX_SEED}`);
  let file: string | undefined;
  const f = p.get('f');
  if (f !== null) {
    try {
      file = b64decode(f);
    } catch {
      throw new SettingsError('f: the embedded scenario cannot be decoded');
    }
  }
  const raw = {
    scenario: p.get('s'),
    seed: seedOf(p.get('seed')),
    levers: parseJsonParam(p, 'l', {}),
    interventions: parseJsonParam(p, 'i', []),
    ...(p.has('z') ? { disruptions: parseJsonParam(p, 'z', []) } : {}),
    ...(p.has('d') ? { day: number(p.get('d')) } : {}),
    ...(p.has('t') ? { time: number(p.get('t')) } : {}),
    ...(p.has('v') ? { speed: number(p.get('v')) } : {}),
    ...(file !== undefined ? { file } : {}),
    ...(p.has('play') ? { play: parsePlay(p.get('play')) } : {}),
  };
  return parseRunSettings(raw, LINK_NAMES);
}
