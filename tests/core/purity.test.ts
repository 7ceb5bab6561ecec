import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const simulationFolders = ['src/core', 'src/simulation', 'src/agents', 'src/negotiation', 'src/scenario', 'src/metrics', 'src/session'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Math members whose result ECMAScript specifies to the last bit (or that are constants).
 * Every other one (log, exp, cos, sin, pow, atan, log1p, expm1, hypot, cbrt, …) is
 * "implementation-approximated" and differs between V8 builds: use src/core/fmath.
 */
const exactMath = new Set(['sqrt', 'floor', 'ceil', 'round', 'trunc', 'min', 'max', 'abs', 'sign', 'imul', 'clz32', 'fround', 'PI', 'E', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'SQRT2', 'SQRT1_2']);

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
  [/\*\*/, 'the ** operator (engine-dependent; use pow of src/core/fmath)'],
];

/** What `source` uses that the simulation must not: one phrase per kind found. */
function impurities(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const found = forbidden.filter(([re]) => re.test(text)).map(([, what]) => what);
  for (const m of text.matchAll(/\bMath\b(\s*\.\s*([A-Za-z_$][\w$]*))?/g)) {
    const member = m[2];
    if (member === 'random') continue;
    if (!member || !exactMath.has(member)) found.push(`Math${member ? '.' + member : ' other than Math.member'} (not specified to the last bit; use src/core/fmath)`);
  }
  return found;
}

describe('the purity check', () => {
  it('flags the engine-dependent Math functions and **, and lets the exact ones pass', () => {
    expect(impurities('const a = Math.log(x) + Math.exp(y);')).toHaveLength(2);
    for (const bad of ['Math.cos(t)', 'Math.sin(t)', 'Math.pow(x, 0.5)', 'Math.tan(t)', 'Math.atan(t)', 'Math.log1p(x)', 'Math.expm1(x)', 'Math.hypot(a, b)', 'x ** 0.5', 'x **= 2', "Math['log'](x)", 'const { exp } = Math;'])
      expect(impurities(bad), bad).not.toEqual([]);
    expect(impurities('Math.sqrt(Math.abs(Math.floor(x) - Math.round(y))) * Math.PI + Math.imul(a, b) + Math.min(1, Math.max(0, z)) /** x ** 2, Math.log */')).toEqual([]);
  });
});

describe('the simulation stays pure', () => {
  for (const f of simulationFolders.flatMap(files)) {
    it(`${f} uses no wall clock, timer, unseeded randomness, engine-dependent Math, DOM or UI`, () => {
      expect(impurities(readFileSync(f, 'utf8')), f).toEqual([]);
    });
  }
});
