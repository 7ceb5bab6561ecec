/**
 * Reading and writing a value at a path in a scenario (`lanceur.quantityMargin`,
 * `clients[2].urgentShare`, or by id: `clients.C3.urgentShare`). Used by `--set`, sweeps and
 * the trainer's levers. Paths that do not exist are refused with the nearest valid ones.
 */
import { ScenarioError } from './errors';

type Key = string | number;

/** Splits `a.b[2].c` into keys; `clients.C3` resolves to the index of the client with id C3. */
export function parsePath(path: string, root: unknown): Key[] {
  const raw = path.match(/[^.[\]]+/g) ?? [];
  const keys: Key[] = [];
  let node: unknown = root;
  for (const part of raw) {
    let key: Key = part;
    if (Array.isArray(node)) {
      if (/^\d+$/.test(part)) key = Number(part);
      else {
        const i = node.findIndex((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === part);
        if (i < 0) throw new ScenarioError([{ path, message: `no item with id "${part}"` }], '--set');
        key = i;
      }
    }
    keys.push(key);
    node = node && typeof node === 'object' ? (node as Record<Key, unknown>)[key] : undefined;
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

/** The value at `path`, or throws a {@link ScenarioError} naming the nearest valid paths. */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const k of parsePath(path, root)) {
    if (!node || typeof node !== 'object' || !(k in (node as object))) {
      throw new ScenarioError([{ path, message: `no such parameter; nearest: ${nearestPaths(path, root).join(', ')}` }], '--set');
    }
    node = (node as Record<Key, unknown>)[k];
  }
  return node;
}

/** Sets `value` at an existing `path` of `root` (mutates `root`). */
export function setPath(root: unknown, path: string, value: unknown): void {
  getPath(root, path);
  const keys = parsePath(path, root);
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
