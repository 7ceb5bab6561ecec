import { describe, expect, inject, it } from 'vitest';
import { kpi, openApp, useChromium, shownDay } from './page';
import { Simulation } from '../../src/simulation/simulation';
import { computeKpis } from '../../src/metrics/kpis';
import { scenarioFile } from '../helpers';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** Plan versions after day `day` of `file` with `seed`, computed here in Node. */
function nodeVersions(file: string, seed: number, day: number): number {
  const sim = new Simulation(scenarioFile(file), { seed, trace: false });
  sim.runUntil((day + 1) * 24 - 1e-9);
  return computeKpis(sim).planVersions;
}

describe('the same run in the browser and in Node', () => {
  for (const [name, seed, day] of [['terssac-circuits', 7, 300], ['equipementier-auto-storm', 3, 200]] as const) {
    it(`${name}, seed ${seed}, day ${day}: the browser shows the plan versions Node computes`, async () => {
      const page = await openApp(chromium(), baseUrl, `s=${name}&seed=${seed}&d=${day}`);
      expect(await shownDay(page)).toBe(day);
      const shown = Number((await kpi(page, 'planVersions'))?.replace(/[^\d]/g, ''));
      expect(shown).toBe(nodeVersions(`${name}.json`, seed, day));
      await page.close();
    });
  }
});
