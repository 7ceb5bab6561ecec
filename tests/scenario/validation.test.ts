import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, validateScenario } from '../../src/scenario/load';
import { ScenarioError } from '../../src/scenario/errors';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { scenarioSchema } from '../../src/scenario/schema';
import { getPath, setPath } from '../../src/scenario/paths';

const raw = () => JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8'));

function problems(mutate: (s: any) => void): string[] {
  const s = raw();
  mutate(s);
  try {
    validateScenario(s, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('expected the scenario to be refused');
}

describe('scenario validation', () => {
  it('names the path, the expected values and what it got', () => {
    expect(problems((s) => (s.clients[2].kind = 'intern'))).toEqual(['clients[2].kind: expected one of internal, semiExternal, external, got "intern"']);
  });

  it('refuses unknown fields, wrong types, missing fields and out-of-range numbers', () => {
    expect(problems((s) => (s.lanceur.quantityMargn = 0.3))).toEqual(['lanceur: unknown field "quantityMargn"']);
    expect(problems((s) => (s.commercial.cycleDays.external = '62'))).toEqual(['commercial.cycleDays.external: expected number, got "62"']);
    expect(problems((s) => delete s.stations)).toEqual(['stations: expected array, but it is missing']);
    expect(problems((s) => (s.lanceur.capacityReserve.share = 1.5))).toEqual(['lanceur.capacityReserve.share: expected a number ≤ 0.9, got 1.5']);
    expect(problems((s) => (s.lanceur.plannedLeadDays = 7.5))).toEqual(['lanceur.plannedLeadDays: expected a whole number, got 7.5']);
    expect(problems((s) => (s.clients[0].interArrivalHours = { type: 'constant', value: 0 }))[0]).toMatch(/^clients\[0\]\.interArrivalHours: expected a mean time between orders of at least one minute/);
    expect(problems((s) => (s.clients[0].interArrivalHours = { type: 'gamma', mean: 3 }))).toEqual(['clients[0].interArrivalHours.type: expected one of constant, uniform, exponential, normal, lognormal, triangular, empirical, got "gamma"']);
  });

  it('says what a text or an id should be: characters counted, an id in one line (fuzz, seed 10)', () => {
    expect(problems((s) => (s.products[0].id = ''))).toEqual(['products[0].id: expected an id: one or more letters, digits, _ . or -, got ""']);
    expect(problems((s) => (s.clients[0].id = 'E 1'))).toEqual(['clients[0].id: expected an id: one or more letters, digits, _ . or -, got "E 1"']);
    expect(problems((s) => (s.name = 'x'.repeat(201)))[0]).toMatch(/^name: expected at most 200 character\(s\), got "x+"…\(201 characters\)$/);
    expect(problems((s) => (s.name = ''))).toEqual(['name: expected at least 1 character(s), got ""']);
  });

  it('refuses a scenario that cannot be simulated, with the reason', () => {
    expect(problems((s) => (s.clients[1].products = []))).toEqual(['clients[1].products: expected at least 1 item(s), got []']);
    expect(problems((s) => (s.products[0].routing[1] = 'laser'))[0]).toMatch(/^products\[0\]\.routing\[1\]: unknown station "laser"/);
    expect(problems((s) => (s.clients[3].products[0].product = 'flex'))[0]).toMatch(/^clients\[3\]\.products\[0\]\.product: unknown product "flex"/);
    expect(problems((s) => (s.clients[0].line = { product: 'flex', consumptionPerDay: 10, bufferDays: 1 }))).toContain('clients[0].line.product: unknown product "flex" (known: "single", "double", "multilayer")');
    expect(problems((s) => (s.calendar.shifts = [{ start: 14, end: 6 }]))).toContain('calendar.shifts[0]: a shift must end at least one minute after it starts, got 14–6');
    expect(problems((s) => (s.stations[1].id = 'methods'))).toContain('stations: id "methods" is used twice');
  });

  it('says where a JSON syntax error is', () => {
    expect(() => loadScenario('{\n  "schemaVersion": 1,\n  "name": "x",,\n}', 'bad.json')).toThrow(/bad\.json: not valid JSON at line 3/);
  });

  it('refuses a file from a newer negoplan, or without a version', () => {
    expect(problems((s) => (s.schemaVersion = 7))).toEqual(['schemaVersion: version 7 is newer than this negoplan reads (2)']);
    expect(problems((s) => delete s.schemaVersion)[0]).toMatch(/^schemaVersion: expected a whole number/);
  });

  it('reads names and descriptions in French, and refuses what does not fit', () => {
    const s = validateScenario(raw());
    expect(s.i18n?.fr?.name).toBe('Atelier de circuits imprimés (de Terssac, cas A)');
    expect(s.i18n?.fr?.stations?.etching).toBe('Gravure');
    expect(problems((s) => (s.i18n.de = { name: 'Leiterplatten' }))).toEqual(['i18n: unknown field "de"']);
    expect(problems((s) => (s.i18n.fr.name = 'x'.repeat(201)))[0]).toMatch(/^i18n\.fr\.name: expected/);
    expect(problems((s) => (s.i18n.fr.description = 'x'.repeat(5001)))[0]).toMatch(/^i18n\.fr\.description: expected/);
    expect(problems((s) => (s.i18n.fr.stations.laser = 'Laser'))[0]).toMatch(/^i18n\.fr\.stations\.laser: unknown station "laser"/);
    expect(problems((s) => (s.i18n.fr.title = 'Atelier'))).toEqual(['i18n.fr: unknown field "title"']);
    const proto = JSON.parse('{"__proto__": "Prototype"}');
    expect(problems((s) => (s.i18n.fr.stations = proto))[0]).toMatch(/^i18n\.fr\.stations: a key may not be __proto__/);
    // a station id that names a member of Object.prototype is an ordinary key, read as its own
    const named = scenarioSchema.parse({ ...raw(), i18n: { fr: { stations: JSON.parse('{"constructor": "x"}') } } });
    expect(Object.hasOwn(named.i18n!.fr!.stations!, 'constructor')).toBe(true);
    expect(Object.getPrototypeOf(named.i18n!.fr!.stations!)).toBe(Object.prototype);
    expect(problems((s) => (s.i18n.fr.stations = JSON.parse('{"constructor": "x"}')))[0]).toMatch(/^i18n\.fr\.stations\.constructor: unknown station/);
  });

  it('fills defaults, so a minimal file is a full scenario', () => {
    const s = validateScenario(raw());
    expect(s.lanceur.capacityReserve.horizonDays).toBe(15);
    expect(s.changes.cutoffHours).toBe(24);
  });
});

describe('parameter paths', () => {
  it('reads and writes by index or by id, and suggests the nearest path for a typo', () => {
    const s = validateScenario(raw());
    expect(getPath(s, 'clients.E1.kind')).toBe('external');
    setPath(s, 'clients[0].urgentShare', 0.2);
    expect(s.clients[0].urgentShare).toBe(0.2);
    expect(() => getPath(s, 'lanceur.quantityMargn')).toThrow(/nearest: lanceur\.quantityMargin/);
  });
});

describe('published JSON Schema', () => {
  it('is the one generated from the schema (run `npm run --silent sim -- schema` after a change)', () => {
    const published = JSON.parse(readFileSync('public/scenario.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
