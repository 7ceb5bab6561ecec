/**
 * Errors a user can fix: each names where (a path in the scenario, like `clients[2].kind`),
 * what was expected, and what was found. The CLI and the UI print `message` alone, never a
 * stack trace. A value is echoed through {@link showValue} and a path through
 * {@link clipText}, so a 100,000-character id gives a line of a hundred characters, not 200 kB.
 */
import type { z } from 'zod';

/** One problem at one place in a scenario. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/** A scenario that cannot be used, with every problem found. */
export class ScenarioError extends Error {
  constructor(
    readonly problems: ScenarioProblem[],
    readonly source = 'scenario',
  ) {
    super(problems.map((p) => `${source}: ${p.path ? clipText(p.path, PATH_CHARS) + ': ' : ''}${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }

  /** Its first problem alone, with its path under `prefix` (a place inside a larger file). */
  under(prefix: string): ScenarioError {
    const first = this.problems[0];
    return new ScenarioError([{ path: first.path ? `${prefix}.${first.path}` : prefix, message: first.message }], this.source);
  }
}

/** `["clients", 2, "kind"]` → `clients[2].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + clipText(String(key));
  }
  return out;
}

/** The most characters of a value an error message shows. */
export const VALUE_CHARS = 60;

/** The most characters of a path (`clients[2].kind`) an error message shows. */
const PATH_CHARS = 120;

/**
 * `text` as is when at most `max` characters, else its first `max` followed by its length:
 * `abcd…(100000 characters)`. Pure.
 */
export function clipText(text: string, max = VALUE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} characters)`;
}

/** JSON text with the characters it leaves as they are but a terminal or a reader cannot see escaped: C1 controls, bidi and other format characters. */
function json(value: unknown): string | undefined {
  return JSON.stringify(value)?.replace(/[\u007f-\u009f\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value as an error message shows it: JSON (a string in double quotes, control, bidi and
 * other invisible characters escaped), at most {@link VALUE_CHARS} characters of it and then its length when longer
 * (`"XXXX"…(100000 characters)`); `nothing` for undefined. Pure.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') {
    return value.length <= VALUE_CHARS ? json(value)! : `${json(value.slice(0, VALUE_CHARS))}…(${value.length} characters)`;
  }
  let text: string | undefined;
  try {
    text = json(value);
  } catch {
    text = undefined;
  }
  return text === undefined ? String(typeof value) : clipText(text);
}

/** Values listed in a message (`known: a, b, c`): each through {@link showValue}, at most `max`, then how many more. */
export function showList(values: readonly unknown[], max = 10): string {
  const shown = values.slice(0, max).map(showValue).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** What a size limit counts for a value of zod's `origin`: items of a list, characters of a text; null for a number. */
function countedIn(origin: string): string | null {
  return origin === 'array' || origin === 'set' ? 'item(s)' : origin === 'string' ? 'character(s)' : null;
}

/** Turns one zod issue into a problem with a sentence a scenario author understands. */
export function problemFromIssue(issue: z.core.$ZodIssue): ScenarioProblem {
  const path = formatPath(issue.path);
  const got = 'input' in issue ? `, got ${showValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_value':
      return { path, message: `expected ${issue.values.length === 1 ? showValue(issue.values[0]) : 'one of ' + issue.values.map((v) => clipText(String(v))).join(', ')}${got}` };
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'a whole number' : issue.expected;
      return { path, message: issue.input === undefined ? `expected ${expected}, but it is missing` : `expected ${expected}${got}` };
    }
    case 'unrecognized_keys':
      // At the root the object has no path: the (first) unknown key is where the problem lies.
      return { path: issue.path.length ? path : formatPath([issue.keys[0]]), message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${showList(issue.keys)}` };
    case 'too_small': {
      const counted = countedIn(issue.origin);
      return { path, message: counted ? `expected at least ${issue.minimum} ${counted}${got}` : `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}${got}` };
    }
    case 'too_big': {
      const counted = countedIn(issue.origin);
      return { path, message: counted ? `expected at most ${issue.maximum} ${counted}${got}` : `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}${got}` };
    }
    case 'invalid_union': {
      const d = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (d.discriminator && d.options) {
        const value = d.input && typeof d.input === 'object' ? (d.input as Record<string, unknown>)[d.discriminator] : undefined;
        return { path, message: `expected one of ${d.options.join(', ')}, got ${showValue(value)}` };
      }
      return { path, message: `matches none of the allowed forms${got}` };
    }
    default:
      return { path, message: `${issue.message}${got}` };
  }
}
