import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, useChromium } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const RLO = '\u202E';
const CLIENT = 'I1'; // ids are ASCII (the schema refuses others); isolated all the same
const HEBREW = 'קידוח';

/**
 * The left edges, on screen, of the characters of the first `word` in the text of `selector`
 * after `skip` characters: increasing when the word reads left to right.
 */
function lefts(page: Page, selector: string, word: string, skip = 0): Promise<number[]> {
  return page.$eval(
    selector,
    (root, [w, from]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const at = text.indexOf(w as string, Math.max(0, (from as number) - seen));
        seen += text.length;
        if (at < 0 || seen - text.length + at < (from as number)) continue;
        return [...(w as string)].map((_, k) => {
          const r = document.createRange();
          r.setStart(n!, at + k);
          r.setEnd(n!, at + k + 1);
          return r.getBoundingClientRect().left;
        });
      }
      return [];
    },
    [word, skip] as const,
  );
}

const increasing = (xs: number[]) => xs.length > 1 && xs.every((x, k) => k === 0 || x > xs[k - 1]);

describe('a scenario whose strings hold a right-to-left override (U+202E)', () => {
  it('does not reverse the app text around them, in the DOM or on the canvas', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=40');
    const s = JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
    s.name = `${RLO}evil workshop`;
    s.description = `${RLO}a description that would turn the page around`;
    s.stations[2].name = `${RLO}etching`;
    s.stations[3].name = HEBREW;
    await page.click('[data-testid=tab-scenario]');
    await page.setInputFiles('[data-testid=scenario-file]', { name: `${RLO}evil.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) });
    await page.locator('[data-testid=message]').waitFor({ state: 'visible' });
    expect(await page.textContent('[data-testid=message]')).toContain('Scenario loaded');

    // the header: the name in a <bdi>, then " · seed 1" still reads left to right, after it
    expect(await page.$eval('[data-testid=scenario-title]', (e) => e.tagName)).toBe('BDI');
    const seed = await lefts(page, '[data-testid=scenario-name]', 'seed');
    expect(increasing(seed), `seed letters at ${seed}`).toBe(true);
    const nameRight = await page.$eval('[data-testid=scenario-title]', (e) => e.getBoundingClientRect().right);
    expect(seed[0]).toBeGreaterThan(nameRight);

    // the same measure on text without isolation does see the reversal (so the check can fail)
    await page.evaluate((rlo) => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.textContent = `${rlo}evil workshop · seed 1`;
      document.body.prepend(probe);
    }, RLO);
    expect(increasing(await lefts(page, '#probe', 'seed'))).toBe(false);
    await page.evaluate(() => document.getElementById('probe')?.remove());

    // the banner shows the file name's override as a code point instead of obeying it
    expect(await page.textContent('[data-testid=message]')).toContain('<U+202E>evil.json');
    // the description: name and text each in their own <bdi>
    expect(await page.$$eval('.panel-scenario .desc bdi', (bs) => bs.length)).toBe(2);
    await page.screenshot({ path: '/tmp/shots/bidi-scenario.png' });

    // a transcript line about a client: its id is an isolate inside the sentence, and the app's
    // words after it read left to right
    await page.click('[data-testid=tab-transcript]');
    await page.selectOption('.panel-transcript [data-testid=filter-client]', CLIENT);
    const row = page.locator('[data-testid=transcript-list] .row', { hasText: 'orders' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(`client \u2068${CLIENT}\u2069 (internal) orders`);
    await row.evaluate((e) => e.setAttribute('data-probe', 'row'));
    expect(increasing(await lefts(page, '[data-probe=row]', 'orders'))).toBe(true);
    await page.screenshot({ path: '/tmp/shots/bidi-transcript.png' });

    // the canvas: every pixi label that shows a scenario string is an isolate
    await page.click('[data-testid=tab-workshop]');
    const labels = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (o: { text?: unknown; children?: unknown[] }) => {
        if (typeof o.text === 'string' && /\u202E|קידוח|I1/.test(o.text)) out.push(o.text);
        for (const c of o.children ?? []) walk(c as typeof o);
      };
      walk((window as unknown as { negoplan: { views: { workshop: { app: { stage: object } } } } }).negoplan.views.workshop.app.stage);
      return out;
    });
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels).toContain(`\u2068${RLO}etching\u2069`);
    expect(labels).toContain(`\u2068${CLIENT}\u2069`);
    expect(labels).toContain(`\u2068${HEBREW}\u2069`);
    for (const text of labels) expect(/\u2068[^\u2069]*\u2069/.test(text), JSON.stringify(text)).toBe(true);
    await page.locator('[data-testid=workshop-canvas]').screenshot({ path: '/tmp/shots/bidi-workshop.png' });
    await page.close();
  });
});
