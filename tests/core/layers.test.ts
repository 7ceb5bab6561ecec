import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports of a file, resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/g)].map((m) => relative('.', resolve(dirname(file), m[1])));
}

/** Which folders each layer may import, besides itself. */
const allowed: Record<string, string[]> = {
  'src/core': ['src/scenario'],
  'src/scenario': ['src/core'],
  'src/negotiation': ['src/core', 'src/scenario'],
  'src/agents': ['src/core', 'src/scenario', 'src/negotiation'],
  'src/simulation': ['src/core', 'src/scenario', 'src/negotiation', 'src/agents'],
  'src/metrics': ['src/core', 'src/scenario', 'src/negotiation', 'src/agents', 'src/simulation'],
  'src/fuzz': ['src/core', 'src/scenario', 'src/negotiation', 'src/agents', 'src/simulation', 'src/metrics'],
  'src/session': ['src/core', 'src/scenario', 'src/negotiation', 'src/agents', 'src/simulation', 'src/metrics'],
  'src/server': ['src/core', 'src/scenario', 'src/negotiation', 'src/agents', 'src/simulation', 'src/metrics', 'src/session'],
};

describe('the layers point one way', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer} imports only ${may.join(', ')}`, () => {
      for (const f of files(layer))
        for (const target of importsOf(f)) {
          const folder = target.split('/').slice(0, 2).join('/');
          expect(folder === layer || may.includes(folder), `${f} imports ${target}`).toBe(true);
        }
    });
  }

  it('no file of src/ (the app and the command line too) imports itself back through a loop, types included', () => {
    const graph = new Map<string, string[]>();
    for (const f of files('src')) graph.set(f.replace(/\.ts$/, ''), importsOf(f));
    expect(graph.size).toBeGreaterThan(250);
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[] = [];
    const visit = (n: string, path: string[]): void => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') return void loops.push([...path.slice(path.indexOf(n)), n].join(' → '));
      state.set(n, 'open');
      for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of graph.keys()) visit(n, []);
    expect(loops).toEqual([]);
  });
});
