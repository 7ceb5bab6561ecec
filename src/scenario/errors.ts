/**
 * Errors a user can fix: each names where (a path in the scenario, like `clients[2].kind`),
 * what was expected, and what was found. The CLI and the UI print `message` alone, never a
 * stack trace.
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
    super(problems.map((p) => `${source}: ${p.path ? p.path + ': ' : ''}${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** `["clients", 2, "kind"]` → `clients[2].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Turns one zod issue into a problem with a sentence a scenario author understands. */
export function problemFromIssue(issue: z.core.$ZodIssue): ScenarioProblem {
  const path = formatPath(issue.path);
  const got = 'input' in issue ? `, got ${shown(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_value':
      return { path, message: `expected ${issue.values.length === 1 ? shown(issue.values[0]) : 'one of ' + issue.values.join(', ')}${got}` };
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'a whole number' : issue.expected;
      return { path, message: issue.input === undefined ? `expected ${expected}, but it is missing` : `expected ${expected}${got}` };
    }
    case 'unrecognized_keys':
      // At the root the object has no path: the (first) unknown key is where the problem lies.
      return { path: issue.path.length ? path : formatPath([issue.keys[0]]), message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'too_small':
      return { path, message: issue.origin === 'array' ? `expected at least ${issue.minimum} item(s)${got}` : `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}${got}` };
    case 'too_big':
      return { path, message: issue.origin === 'array' ? `expected at most ${issue.maximum} item(s)${got}` : `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}${got}` };
    case 'invalid_union': {
      const d = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (d.discriminator && d.options) {
        const value = d.input && typeof d.input === 'object' ? (d.input as Record<string, unknown>)[d.discriminator] : undefined;
        return { path, message: `expected one of ${d.options.join(', ')}, got ${shown(value)}` };
      }
      return { path, message: `matches none of the allowed forms${got}` };
    }
    default:
      return { path, message: `${issue.message}${got}` };
  }
}
