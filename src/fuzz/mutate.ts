/**
 * Machine-made bad input: one mutation of a parsed scenario (plain JSON), drawn from a seeded
 * stream. Pure: the same base, seed and index give the same mutant; nothing is read or run
 * here. The kinds: a deletion, a wrong type, an extreme or non-finite number, a prototype
 * name as a key or as an id (renamed everywhere it is referenced, so the file stays valid), a
 * broken reference, a broken distribution, an emptied list, a hostile string.
 */
import seedrandom from 'seedrandom';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** A mutant: which base, what was done where, and the mutated document. */
export interface Mutant {
  index: number;
  base: string;
  what: string;
  value: unknown;
}

const EXTREME = [0, -0, -1, -1e-9, 5e-324, 1e-300, 1e-9, 0.5, 1e15, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 32, 2 ** 53, Number.MAX_VALUE, NaN, Infinity, -Infinity];
const WRONG_TYPES: Json[] = [null, true, 'x', '1', {}, [], [1]];
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const BAD_DISTRIBUTIONS: Json[] = [
  { type: 'normal', mean: 1, sd: 100 },
  { type: 'normal', mean: -5, sd: 1 },
  { type: 'lognormal', mean: 1e308, sd: 1e308 },
  { type: 'lognormal', mean: 5e-324, sd: 1 },
  { type: 'empirical', values: [1, 2, 3], weights: [1] },
  { type: 'empirical', values: [1, 2], weights: [0, 0] },
  { type: 'empirical', values: [1, 2], weights: [-1, 2] },
  { type: 'empirical', values: [] },
  { type: 'uniform', min: 5, max: 1 },
  { type: 'triangular', min: 1, mode: 9, max: 3 },
  { type: 'triangular', min: 2, mode: 2, max: 2 },
  { type: 'exponential', mean: 1e-300 },
  { type: 'constant', value: 0 },
  { type: 'constant', value: 1e-300 },
  { type: 'constant', value: 1e308 },
  { type: 'weibull', shape: 1 },
];
const HOSTILE_STRINGS = ['', ' ', '\u202Eevil', 'x'.repeat(100_000), '<script>alert(1)</script>', '__proto__'];
/** Fields whose string value is an id another field may refer to. */
const ID_FIELDS = new Set(['id', 'product', 'station', 'family']);

/** Every path of `doc` (objects and arrays included), root first. */
function pathsOf(doc: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (doc && typeof doc === 'object') for (const k of Object.keys(doc)) out.push(...pathsOf(doc[k], [...prefix, k]));
  return out;
}

function at(doc: Json, path: Path): Json {
  let node = doc;
  for (const k of path) node = (node as Record<string | number, Json>)[k];
  return node;
}

/** Writes an own property, even for `__proto__` (as JSON.parse would). */
function put(parent: object, key: string | number, value: unknown): void {
  Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

function replace(doc: Json, path: Path, value: unknown): Json {
  if (path.length === 0) return value as Json;
  put(at(doc, path.slice(0, -1)) as object, path[path.length - 1], value);
  return doc;
}

function shown(path: Path): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(root)';
}

function brief(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}... (${s.length} chars)` : s;
}

/** Renames every occurrence of the id `from` in id fields and routings to `to`. */
function renameId(doc: Json, from: string, to: string): void {
  const visit = (node: Json, key: string | number | null, parent: Json): void => {
    if (typeof node === 'string') {
      const inRouting = key !== null && typeof key === 'number';
      if (node === from && (ID_FIELDS.has(String(key)) || inRouting)) put(parent as object, key as string | number, to);
    } else if (Array.isArray(node)) node.forEach((v, i) => visit(v, i, node));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) visit(node[k], k, node);
  };
  visit(doc, null, null);
}

/** Picks one item; an empty list falls back to the first of `or`. */
type Pick = <T>(xs: readonly T[], or?: readonly T[]) => T;

/** One mutation of `doc` (mutated in place, and returned) and what it was. */
function mutateOnce(doc: Json, pick: Pick): { what: string; value: Json } {
  const paths = pathsOf(doc);
  const leafPaths = paths.filter((p) => p.length > 0);
  const kind = pick(['delete', 'wrongType', 'number', 'number', 'number', 'protoKey', 'protoId', 'reference', 'distribution', 'emptyList', 'string'] as const);
  switch (kind) {
    case 'delete': {
      const p = pick(leafPaths);
      const parent = at(doc, p.slice(0, -1));
      const k = p[p.length - 1];
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete (parent as Record<string, Json>)[k];
      return { what: `deleted ${shown(p)}`, value: doc };
    }
    case 'wrongType': {
      const p = pick(leafPaths);
      const v = pick(WRONG_TYPES);
      return { what: `${shown(p)} = ${brief(v)}`, value: replace(doc, p, v) };
    }
    case 'number': {
      const numeric = leafPaths.filter((p) => typeof at(doc, p) === 'number');
      const p = pick(numeric, leafPaths);
      const v = pick(EXTREME);
      return { what: `${shown(p)} = ${brief(v)}`, value: replace(doc, p, v) };
    }
    case 'protoKey': {
      const objects = paths.filter((p) => { const v = at(doc, p); return v !== null && typeof v === 'object' && !Array.isArray(v); });
      const p = pick(objects, [[]]);
      const name = pick(PROTO_NAMES);
      put(at(doc, p) as object, name, pick([0, 'x', {}, null]));
      return { what: `key ${name} added at ${shown(p)}`, value: doc };
    }
    case 'protoId': {
      const ids = leafPaths.filter((p) => p[p.length - 1] === 'id' || p[p.length - 1] === 'family');
      const p = pick(ids, leafPaths);
      const from = String(at(doc, p));
      const to = pick(PROTO_NAMES);
      renameId(doc, from, to);
      return { what: `id "${from}" renamed "${to}" everywhere (${shown(p)})`, value: doc };
    }
    case 'reference': {
      const refs = leafPaths.filter((p) => typeof at(doc, p) === 'string' && (ID_FIELDS.has(String(p[p.length - 1])) || p.includes('routing')));
      const p = pick(refs, leafPaths);
      const v = pick(['nowhere', ...PROTO_NAMES]);
      return { what: `${shown(p)} = ${brief(v)}`, value: replace(doc, p, v) };
    }
    case 'distribution': {
      const laws = paths.filter((p) => { const v = at(doc, p); return v !== null && typeof v === 'object' && 'type' in v && p.length > 0; });
      const p = pick(laws, leafPaths);
      const v = structuredClone(pick(BAD_DISTRIBUTIONS));
      return { what: `${shown(p)} = ${brief(v)}`, value: replace(doc, p, v) };
    }
    case 'emptyList': {
      const lists = paths.filter((p) => Array.isArray(at(doc, p)));
      const p = pick(lists, leafPaths);
      return { what: `${shown(p)} = []`, value: replace(doc, p, []) };
    }
    case 'string': {
      const strings = leafPaths.filter((p) => typeof at(doc, p) === 'string');
      const p = pick(strings, leafPaths);
      const v = pick(HOSTILE_STRINGS);
      return { what: `${shown(p)} = ${brief(v)}`, value: replace(doc, p, v) };
    }
  }
}

/**
 * Mutant number `index` of the run seeded `seed`, over `bases` (name → parsed scenario, in a
 * fixed order). One mutation, or two for one mutant in five. Pure; `bases` is not changed.
 */
export function mutant(bases: readonly { name: string; value: unknown }[], seed: number | string, index: number): Mutant {
  const rng = seedrandom.alea(`fuzz/${seed}/${index}`);
  const pick: Pick = (xs, or = []) => (xs.length ? xs : or)[Math.floor(rng() * (xs.length || or.length))];
  const base = bases[index % bases.length];
  let doc = structuredClone(base.value) as Json;
  const whats: string[] = [];
  const times = rng() < 0.2 ? 2 : 1;
  for (let i = 0; i < times; i++) {
    const m = mutateOnce(doc, pick);
    doc = m.value;
    whats.push(m.what);
  }
  return { index, base: base.name, what: whats.join('; '), value: doc };
}
