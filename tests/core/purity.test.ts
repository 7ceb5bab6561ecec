import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const simulationFolders = ['src/core', 'src/simulation', 'src/agents', 'src/negotiation', 'src/scenario', 'src/metrics'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/Math\.random\s*\(/, 'Math.random'],
  [/Date\.now\s*\(/, 'Date.now'],
  [/new Date\s*\(/, 'new Date'],
  [/performance\.now\s*\(/, 'performance.now'],
  [/\bset(Timeout|Interval|Immediate)\s*\(/, 'a timer'],
  [/requestAnimationFrame/, 'requestAnimationFrame'],
  [/\b(window|document|localStorage)\./, 'the DOM'],
  [/from ['"](pixi\.js|uplot|node:fs|fs)['"]/, 'a UI or I/O import'],
  [/from ['"]\.\.\/(ui|cli)\//, 'an import of ui or cli'],
];

describe('the simulation stays pure', () => {
  for (const f of simulationFolders.flatMap(files)) {
    it(`${f} uses no wall clock, timer, unseeded randomness, DOM or UI`, () => {
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [re, what] of forbidden) expect(re.test(text), `${f} uses ${what}`).toBe(false);
    });
  }
});
