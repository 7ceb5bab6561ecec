import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ForbiddenPathError, getPath, parsePath, setPath } from '../../src/scenario/paths';
import { ScenarioError } from '../../src/scenario/errors';
import { applyOverrides, loadScenarioFile } from '../../src/cli/scenarioFile';
import { combinationScenarios, valuesAt } from '../../src/experiments/combinations';
import { buildRunSpec, withLevers } from '../../src/ui/model/runSpec';
import { Simulation } from '../../src/simulation/simulation';
import { scenarioFile } from '../helpers';

/** Everything Object.prototype owns, with the values, to compare before and after. */
function prototypeSnapshot(): [string, unknown][] {
  return Object.getOwnPropertyNames(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)?.value]);
}
const pristine = prototypeSnapshot();
const raw = () => JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8')) as unknown;

afterEach(() => {
  // a failing case must not poison the others: check, then the next test starts clean
  expect(prototypeSnapshot()).toEqual(pristine);
});

describe('paths see own keys only and never reach a prototype', () => {
  it.each(['__proto__.toString', '__proto__.hasOwnProperty', 'constructor.prototype.polluted', 'lanceur.__proto__.x', 'clients[0].constructor', 'prototype', 'lanceur.constructor'])(
    'refuses %s with a path-bearing error and writes nothing',
    (path) => {
      const s = structuredClone(scenarioFile('terssac-circuits.json'));
      const before = JSON.stringify(s);
      expect(() => setPath(s, path, 'x')).toThrow(ForbiddenPathError);
      expect(() => setPath(s, path, 0)).toThrow(new RegExp(`^--set: ${path.replace(/[.[\]]/g, '\\$&')}: ".*" is not a parameter: a path may not name __proto__, constructor or prototype$`));
      expect(() => getPath(s, path)).toThrow(ScenarioError);
      expect(JSON.stringify(s)).toBe(before);
    },
  );

  it('does not see inherited members: toString, hasOwnProperty or an array length are no parameters', () => {
    const s = scenarioFile('terssac-circuits.json');
    for (const path of ['toString', 'lanceur.hasOwnProperty', 'lanceur.valueOf', 'clients.length', 'clients[0].isPrototypeOf']) {
      expect(() => getPath(s, path), path).toThrow(ScenarioError);
      expect(() => setPath(structuredClone(s), path, 1), path).toThrow(ScenarioError);
    }
  });

  it('refuses an empty path instead of writing a key named "undefined"', () => {
    const root = { a: 1 };
    expect(() => setPath(root, '', 2)).toThrow(/the path is empty/);
    expect(() => setPath(root, '..', 2)).toThrow(/the path is empty/);
    expect(root).toEqual({ a: 1 });
  });

  it('resolves a list item whose id is constructor or __proto__ to its index, an ordinary id', () => {
    const root = { items: [{ id: 'a', v: 0 }, { id: 'constructor', v: 1 }, { id: '__proto__', v: 2 }] };
    expect(parsePath('items.constructor.v', root)).toEqual(['items', 1, 'v']);
    setPath(root, 'items.constructor.v', 10);
    setPath(root, 'items.__proto__.v', 20);
    expect(root.items.map((x) => x.v)).toEqual([0, 10, 20]);
    expect(() => setPath(root, 'items.toString.v', 1)).toThrow(/no item with id "toString"/);
  });

  it('still reads and writes ordinary paths by index and by id', () => {
    const s = structuredClone(scenarioFile('terssac-circuits.json'));
    setPath(s, 'clients.E1.urgentShare', 0.25);
    expect(getPath(s, 'clients.E1.urgentShare')).toBe(0.25);
    expect(getPath(s, `clients[${s.clients.findIndex((c) => c.id === 'E1')}].urgentShare`)).toBe(0.25);
  });
});

describe('every user of paths refuses a prototype path before anything is kept', () => {
  it('--set __proto__.hasOwnProperty=0 is a one-line input error (exit 2), not a crash', () => {
    expect(() => applyOverrides(raw(), ['__proto__.hasOwnProperty=0'], undefined, 'f.json')).toThrow(ForbiddenPathError);
    expect(() => loadScenarioFile('scenarios/terssac-circuits.json', ['__proto__.hasOwnProperty=0'])).toThrow(
      /^--set: __proto__\.hasOwnProperty: "__proto__" is not a parameter/,
    );
    expect(() => loadScenarioFile('scenarios/terssac-circuits.json', ['__proto__.hasOwnProperty=0'])).toThrow(expect.objectContaining({ name: 'UserError' }));
  });

  it('a sweep refuses --vary __proto__.x before any run, naming the reason', () => {
    expect(() => valuesAt(raw(), ['__proto__.toString'])).toThrow(/^--vary __proto__\.toString: "__proto__" is not a parameter/);
    const design = { paths: ['constructor.prototype.x'], combinations: [[1]] } as unknown as Parameters<typeof combinationScenarios>[1];
    expect(() => combinationScenarios(raw(), design)).toThrow(ForbiddenPathError);
  });

  it('a link lever l={"__proto__.toString":"x"} or intervention i=[…] is refused and the page keeps its prototype', () => {
    const base = scenarioFile('terssac-circuits.json');
    expect(() => withLevers(base, { '__proto__.toString': 'x' }, 'levers')).toThrow(/^levers: __proto__\.toString: "__proto__" is not a parameter/);
    const settings = { scenario: 'terssac-circuits', seed: 1, levers: {}, interventions: [{ day: 3, path: '__proto__.hasOwnProperty', value: 0 }] };
    expect(() => buildRunSpec(settings)).toThrow(/^interventions\[0\]: __proto__\.hasOwnProperty: "__proto__" is not a parameter/);
    // a lever whose value carries an own "__proto__" key (JSON.parse makes one) is refused by the schema
    const lanceur = JSON.parse(JSON.stringify(base.lanceur).replace(/^\{/, '{"__proto__":{"polluted":1},'));
    expect(() => withLevers(base, { lanceur }, 'levers')).toThrow(/lanceur: unknown field "__proto__"/);
  });

  it('a trainer lever during a run (an intervention) with a prototype path stops the run with the reason and changes nothing', () => {
    const sim = new Simulation(scenarioFile('terssac-circuits.json'), { trace: false, journal: { decisions: [], interventions: [{ day: 2, path: '__proto__.toString', value: 'x' }] } });
    const before = JSON.stringify(sim.scenario);
    expect(() => sim.runUntilDay(5)).toThrow(ForbiddenPathError);
    expect(JSON.stringify(sim.scenario)).toBe(before);
  });
});
