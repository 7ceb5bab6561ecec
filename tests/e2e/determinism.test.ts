import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { openApp, useChromium, shownDay } from './page';
import { Simulation } from '../../src/simulation/simulation';
import { scenarioFile } from '../helpers';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** The trace digest of `file` run to its end with `seed`, computed here in Node (what `sim run --json` prints). */
function nodeDigest(file: string, seed: number): { digest: string; lastDay: number } {
  const sim = new Simulation(scenarioFile(file), { seed, trace: false });
  sim.runToEnd();
  return { digest: sim.traceDigest, lastDay: sim.days - 1 };
}

/**
 * Every shipped scenario at its own seed, and the two runs that once differed (Chromium's and
 * Node's Math.log/exp/cos gave other last digits): each is run to its end by the app itself
 * in the page (a link past the last day), and the Scenario tab must show Node's digest.
 */
const runs: [string, number | null][] = [
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f): [string, null] => [f, null]),
  ['terssac-circuits.json', 7],
  ['equipementier-auto-storm.json', 3],
];

describe('the same run in the browser and in Node', () => {
  it('covers every scenario of scenarios/', () => {
    expect(runs.length).toBeGreaterThanOrEqual(6);
  });

  for (const [file, given] of runs) {
    const seed = given ?? scenarioFile(file).seed;
    it(`${file}, seed ${seed}: the app, run to its end in Chromium, shows the trace digest Node computes`, async () => {
      const expected = nodeDigest(file, seed);
      const page = await openApp(chromium(), baseUrl, `s=${file.replace(/\.json$/, '')}&seed=${seed}&d=100000`);
      expect(await shownDay(page)).toBe(expected.lastDay);
      await page.click('[data-testid=tab-scenario]');
      expect(await page.textContent('[data-testid=trace-digest-label]')).toBe('trace digest');
      expect(await page.textContent('[data-testid=trace-digest]')).toBe(expected.digest);
      await page.close();
    });
  }

  it('labels the digest in French, and shows none before the last day', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=200');
    await page.click('[data-testid=tab-scenario]');
    expect(await page.textContent('[data-testid=trace-digest]')).not.toMatch(/^[0-9a-f]{16}$/);
    await page.selectOption('[data-testid=language]', 'fr');
    expect(await page.textContent('[data-testid=trace-digest-label]')).toBe('empreinte de la trace');
    expect(await page.textContent('[data-testid=trace-digest]')).toContain('dernier jour');
    await page.close();
  });
});
