/**
 * Reading and writing a value at a path in a scenario (`lanceur.quantityMargin`,
 * `clients[2].urgentShare`, or by id: `clients.C3.urgentShare`). Used by `--set`, sweeps, the
 * links' levers and interventions and the trainer's levers. Paths see own keys only (never an
 * inherited member such as `toString`), and `__proto__`, `constructor` and `prototype` are
 * refused as keys of an object, so no path can reach or change a prototype. In a list, a
 * segment is an index or an item's id (an id such as `constructor` is an ordinary id there: it
 * resolves to an index, never to a key). Paths that do not exist are refused with the nearest
 * valid ones. Callers set on a copy and validate the whole before they keep it.
 */
import { ScenarioError } from './errors';

type Key = string | number;

/** Keys that name a prototype or its link, refused in every path. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A path that names a forbidden key (a {@link ScenarioError}, so every caller reports it as one). */
export class ForbiddenPathError extends ScenarioError {}

function isObject(node: unknown): node is Record<Key, unknown> {
  return typeof node === 'object' && node !== null;
}

/** The value of `node`'s own member `key`, or undefined (never an inherited one). */
function own(node: unknown, key: Key): unknown {
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/**
 * Splits `a.b[2].c` into keys; in a list, `clients.C3` resolves to the index of the client with
 * id C3. Throws a {@link ScenarioError} (from `source`) for an empty path, a forbidden key or an
 * unknown id.
 */
export function parsePath(path: string, root: unknown, source = '--set'): Key[] {
  const refuse = (message: string): never => {
    throw new ScenarioError([{ path, message }], source);
  };
  const raw = path.match(/[^.[\]]+/g) ?? [];
  if (raw.length === 0) refuse('the path is empty; expected a parameter path such as lanceur.quantityMargin');
  const keys: Key[] = [];
  let node: unknown = root;
  for (const part of raw) {
    let key: Key = part;
    if (Array.isArray(node)) {
      if (/^\d+$/.test(part)) key = Number(part);
      else {
        const i = node.findIndex((x) => own(x, 'id') === part);
        if (i < 0) refuse(`no item with id "${part}"`);
        key = i;
      }
    } else if (FORBIDDEN_KEYS.has(part)) {
      throw new ForbiddenPathError([{ path, message: `"${part}" is not a parameter: a path may not name __proto__, constructor or prototype` }], source);
    }
    keys.push(key);
    node = own(node, key);
  }
  return keys;
}

/** Every leaf path of a value (for suggestions), in `a.b[0].c` form. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The valid paths of `root` closest to `path` (at most `n`). */
export function nearestPaths(path: string, root: unknown, n = 3): string[] {
  return leafPaths(root)
    .map((p) => ({ p, d: distance(path.toLowerCase(), p.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.p < b.p ? -1 : 1))
    .slice(0, n)
    .map((x) => x.p);
}

/** The value at `path` (own members only), or throws a {@link ScenarioError} naming the nearest valid paths. */
export function getPath(root: unknown, path: string, source = '--set'): unknown {
  let node: unknown = root;
  for (const k of parsePath(path, root, source)) {
    if (!isObject(node) || !Object.hasOwn(node, k)) {
      throw new ScenarioError([{ path, message: `no such parameter; nearest: ${nearestPaths(path, root).join(', ')}` }], source);
    }
    node = node[k];
  }
  return node;
}

/**
 * Sets `value` at an existing `path` of `root` (mutates `root`: give it a copy, and validate
 * the copy as a whole before keeping it). Throws like {@link getPath} and then changes nothing.
 */
export function setPath(root: unknown, path: string, value: unknown, source = '--set'): void {
  getPath(root, path, source);
  const keys = parsePath(path, root, source);
  let node = root as Record<Key, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<Key, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** A command-line value: JSON when it parses (numbers, booleans, objects), else the string. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
