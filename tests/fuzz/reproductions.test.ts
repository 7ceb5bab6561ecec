import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/scenario/load';
import { ScenarioError } from '../../src/scenario/errors';
import { Simulation } from '../../src/simulation/simulation';
import { buildReport } from '../../src/metrics/report';
import { trial } from '../../src/fuzz/trial';
import { insaneNumber } from '../../src/fuzz/verdict';
import { checkRunState } from '../../src/simulation/runStateCheck';

/**
 * The reproductions of issue 14: each bad value is refused with its path, or runs sane (no
 * crash, no hang, every figure finite and not below zero).
 */
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function raw(file = 'terssac-circuits.json'): Doc {
  return JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
}

function variant(change: (s: Doc) => void, file?: string): Doc {
  const s = raw(file);
  change(s);
  return s;
}

/** The paths of the problems `doc` is refused for (fails when it is accepted). */
function refusedAt(doc: Doc): string[] {
  try {
    validateScenario(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems.map((p) => p.path);
  }
  throw new Error('accepted');
}

const clock = () => performance.now();

describe('issue 14 reproductions: refused with a path', () => {
  const cases: [string, (s: Doc) => void, string][] = [
    ["a station's uoPerHour of 5e-324", (s) => (s.stations[0].uoPerHour = 5e-324), 'stations[0].uoPerHour'],
    ["a product's uoPerUnit of 1e21", (s) => (s.products[0].uoPerUnit = 1e21), 'products[0].uoPerUnit'],
    ['lanceur.pushBackDays of 1e15', (s) => (s.lanceur.pushBackDays = 1e15), 'lanceur.pushBackDays'],
    ['inter-arrivals of 1e-300 hours', (s) => (s.clients[0].interArrivalHours = { type: 'constant', value: 1e-300 }), 'clients[0].interArrivalHours'],
    ['an exponential inter-arrival mean of 1e-300 hours', (s) => (s.clients[0].interArrivalHours = { type: 'exponential', mean: 1e-300 }), 'clients[0].interArrivalHours'],
    ['commercial.cycleDays.internal of 2^31', (s) => (s.commercial.cycleDays.internal = 2 ** 31), 'commercial.cycleDays.internal'],
    ['commercial.cycleDays.internal of 1e21', (s) => (s.commercial.cycleDays.internal = 1e21), 'commercial.cycleDays.internal'],
    ['commercial.cycleDays.external of 1e21', (s) => (s.commercial.cycleDays.external = 1e21), 'commercial.cycleDays.external'],
    ['capacityReserve.horizonDays of 1e15', (s) => (s.lanceur.capacityReserve = { share: 0.3, horizonDays: 1e15 }), 'lanceur.capacityReserve.horizonDays'],
    ['empirical weights shorter than the values', (s) => (s.clients[0].quantity = { type: 'empirical', values: [1, 2, 3], weights: [1] }), 'clients[0].quantity.weights'],
    ['empirical weights all zero', (s) => (s.clients[0].interArrivalHours = { type: 'empirical', values: [1, 2], weights: [0, 0] }), 'clients[0].interArrivalHours.weights'],
    ['a negative empirical weight', (s) => (s.clients[0].quantity = { type: 'empirical', values: [1, 2], weights: [-1, 2] }), 'clients[0].quantity.weights[0]'],
    ['quantities of 1e308', (s) => (s.clients[0].quantity = { type: 'constant', value: 1e308 }), 'clients[0].quantity.value'],
    ['a lognormal mean of 5e-324 (drew NaN)', (s) => (s.clients[0].interArrivalHours = { type: 'lognormal', mean: 5e-324, sd: 1 }), 'clients[0].interArrivalHours.mean'],
    ['a lognormal mean and sd of 1e308 (drew NaN)', (s) => (s.clients[0].quantity = { type: 'lognormal', mean: 1e308, sd: 1e308 }), 'clients[0].quantity.mean'],
    ['a normal law with a negative mean', (s) => (s.clients[0].quantity = { type: 'normal', mean: -5, sd: 1 }), 'clients[0].quantity.mean'],
    ['a uniform law with min above max', (s) => (s.clients[0].quantity = { type: 'uniform', min: 5, max: 1 }), 'clients[0].quantity.max'],
    ['a triangular mode above max', (s) => (s.clients[0].quantity = { type: 'triangular', min: 1, mode: 9, max: 3 }), 'clients[0].quantity.max'],
    ['days of 2^31', (s) => (s.days = 2 ** 31), 'days'],
    ['warmupDays of 2^32', (s) => (s.warmupDays = 2 ** 32), 'warmupDays'],
    ['days of 3651', (s) => (s.days = 3651), 'days'],
    ['warmupDays of 731', (s) => (s.warmupDays = 731), 'warmupDays'],
    ['a NaN in memory', (s) => (s.stations[0].uoPerHour = NaN), 'stations[0].uoPerHour'],
    ['an Infinity in memory', (s) => (s.lanceur.quantityMargin = Infinity), 'lanceur.quantityMargin'],
    ['a 201-character name', (s) => (s.name = 'x'.repeat(201)), 'name'],
    ['a 5,001-character description', (s) => (s.description = 'x'.repeat(5001)), 'description'],
    ['a one-second shift', (s) => (s.calendar.shifts = [{ start: 8, end: 8 + 1 / 3600 }]), 'calendar.shifts[0]'],
    ['an unknown field __proto__ at the root', (s) => Object.defineProperty(s, '__proto__', { value: 0, enumerable: true }), '__proto__'],
  ];
  for (const [what, change, path] of cases) {
    it(what, () => {
      expect(refusedAt(variant(change))).toContain(path);
    });
  }
});

describe('issue 14 reproductions: accepted, and runs sane', () => {
  const pristine = Object.getOwnPropertyNames(Object.prototype);

  it('a normal inter-arrival law of mean 1 and sd 100 is truncated at zero by definition', () => {
    const doc = variant((s) => (s.clients[0].interArrivalHours = { type: 'normal', mean: 1, sd: 100 }));
    expect(trial(doc, clock)).toEqual({ outcome: 'clean', detail: '' });
  });

  it('a capacity reserve share of 5e-324 (found by the fuzz, seed 2, mutant 9949) reports a used share of 0', () => {
    const doc = variant((s) => (s.lanceur.capacityReserve = { share: 5e-324, horizonDays: 15 }), 'equipementier-auto-jit.json');
    expect(trial(doc, clock)).toEqual({ outcome: 'clean', detail: '' });
  });

  it('quantities of a constant 0 (found by the fuzz, seed 7, mutant 782) still order one part each: a finite capacity', () => {
    const doc = variant((s) => (s.clients[0].quantity = { type: 'constant', value: 0 }), 'single-server-queue.json');
    expect(trial(doc, clock)).toEqual({ outcome: 'clean', detail: '' });
    const sim = new Simulation(validateScenario(doc), { seed: 1 });
    sim.runUntilDay(30);
    expect(buildReport(sim).kpis.capacityUOPerWeek).toBe(100 * 24 * 7);
  });

  it('a lot of more than a hundred years of work is scheduled, far beyond the run', () => {
    const doc = variant((s) => {
      s.stations[0].uoPerHour = 0.001;
      s.products[0].uoPerUnit = 1e6;
      for (const c of s.clients) c.quantity = { type: 'constant', value: 1e6 };
    });
    expect(trial(doc, clock)).toEqual({ outcome: 'clean', detail: '' });
  });

  for (const id of ['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`a product and a client named "${id}" are ordinary ids, through a snapshot and a restore`, () => {
      const text = readFileSync('scenarios/equipementier-auto.json', 'utf8').replaceAll('"ff-bracket"', `"${id}"`).replaceAll('"CM1"', `"${id}"`);
      const scenario = validateScenario({ ...JSON.parse(text), warmupDays: 0, days: 30 });
      const straight = new Simulation(scenario, { seed: 3 });
      straight.runToEnd();
      expect(insaneNumber(buildReport(straight))).toBeNull();
      expect(Object.hasOwn(straight.state.stock, id)).toBe(true);
      expect(Object.hasOwn(straight.state.lines, id)).toBe(true);
      expect(Object.getPrototypeOf(straight.state.stock)).toBe(Object.prototype);

      const half = new Simulation(scenario, { seed: 3 });
      half.runUntilDay(12);
      const viaJson = Simulation.restore(JSON.parse(JSON.stringify(half.snapshot())));
      viaJson.runToEnd();
      const viaClone = Simulation.restore(structuredClone(half.snapshot()));
      viaClone.runToEnd();
      const viaFile = Simulation.restore(checkRunState(JSON.parse(JSON.stringify(half.snapshot()))));
      viaFile.runToEnd();
      expect(buildReport(viaFile)).toEqual(buildReport(straight));
      expect(buildReport(viaJson)).toEqual(buildReport(straight));
      expect(buildReport(viaClone)).toEqual(buildReport(straight));
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(pristine);
    });
  }
});
