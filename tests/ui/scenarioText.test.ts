import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/load';
import { scenarioSchema } from '../../src/scenario/schema';
import { scenarioDescription, scenarioName, stationName } from '../../src/ui/i18n/scenarioText';
import { scenarioFile } from '../helpers';

describe("a scenario's words in the reader's language", () => {
  it('shows the French name, description and station names the file gives, else its own', () => {
    const a = validateScenario(scenarioFile('terssac-circuits.json'));
    expect(scenarioName(a, 'fr')).toBe('Atelier de circuits imprimés (de Terssac, cas A)');
    expect(scenarioName(a, 'en')).toBe('Printed-circuit workshop (de Terssac, case A)');
    expect(scenarioDescription(a, 'fr')).toMatch(/^La référence : un atelier de circuits imprimés/);
    expect(stationName(a, 2, 'fr')).toBe('Gravure');
    expect(stationName(a, 2, 'en')).toBe('Etching');
  });

  it('falls back to the own name or the id, and reads own keys only', () => {
    const raw = scenarioFile('single-server-queue.json') as Record<string, unknown>;
    const s = scenarioSchema.parse({ ...raw, i18n: { fr: { name: 'File' } }, stations: [{ id: 'toString', uoPerHour: 100 }] });
    expect(stationName(s, 0, 'fr')).toBe('toString'); // no French name, no own name: the id, not Object.prototype.toString
    expect(scenarioDescription(s, 'fr')).toBe(s.description);
    expect(scenarioName(s, 'fr')).toBe('File');
    const none = scenarioSchema.parse({ ...raw, i18n: undefined });
    expect(scenarioName(none, 'fr')).toBe(none.name);
  });
});
