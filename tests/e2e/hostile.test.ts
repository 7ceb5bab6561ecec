import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, prototypeShape, shownDay, useChromium } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const warmup = JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8')).warmupDays as number;

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
}

/** What a polluted page would show: Object.prototype's own members, and whether the app still renders. */
async function pageState(page: Page) {
  return {
    prototype: await prototypeShape(page),
    toString: await page.evaluate(() => Object.prototype.toString.call([])),
    header: await page.textContent('[data-testid=scenario-name]'),
  };
}

describe('a hostile link leaves the page alone', () => {
  const l = (levers: object) => 'l=' + encodeURIComponent(JSON.stringify(levers));
  const i = (interventions: object) => 'i=' + encodeURIComponent(JSON.stringify(interventions));
  it.each([
    ['l= __proto__.toString', l({ '__proto__.toString': 'x' }), 'levers: __proto__.toString: "__proto__" is not a parameter'],
    ['l= __proto__.hasOwnProperty', l({ '__proto__.hasOwnProperty': 0 }), 'levers: __proto__.hasOwnProperty: "__proto__" is not a parameter'],
    ['l= constructor.prototype', l({ 'constructor.prototype.toString': 'x' }), 'levers: constructor.prototype.toString: "constructor" is not a parameter'],
    ['i= __proto__.hasOwnProperty', i([{ day: 3, path: '__proto__.hasOwnProperty', value: 0 }]), 'interventions[0]: __proto__.hasOwnProperty: "__proto__" is not a parameter'],
  ])('%s is refused with its path, and Object.prototype is untouched before and after a reload', async (_, param, message) => {
    const clean = await openApp(chromium(), baseUrl);
    const pristine = await pageState(clean);
    await clean.close();
    expect(pristine.header).toContain('Printed-circuit workshop');

    const page = await openApp(chromium(), baseUrl, `s=terssac-circuits&seed=1&d=40&${param}`);
    const banner = page.locator('[data-testid=message]');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain(message);
    expect(await pageState(page)).toEqual(pristine);
    expect(await page.evaluate(() => localStorage.getItem('negoplan.v1'))).not.toContain('__proto__');

    await reload(page); // the same link again
    expect(await banner.textContent()).toContain(message);
    expect(await pageState(page)).toEqual(pristine);

    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await reload(page); // no link: the saved run, which is not the refused one
    expect(await pageState(page)).toEqual(pristine);
    expect(await banner.isHidden()).toBe(true);
    expect(await shownDay(page)).toBe(warmup - 1);
    await page.close();
  });
});

describe('a broken saved record opens the default run with a message, and is kept', () => {
  const run = { scenario: 'terssac-circuits', seed: 3, levers: {}, interventions: [], day: 60 };
  it.each([
    ['settings.day "x" (froze the page)', { settings: { ...run, day: 'x' } }, 'settings.day: expected number, got "x"'],
    ['speed "fast" (froze at the first Play)', { settings: run, speed: 'fast' }, 'speed: expected number, got "fast"'],
    ['language "de" (broke the start)', { settings: run, language: 'de' }, 'language: expected one of en, fr, got "de"'],
    ['a lever through __proto__', { settings: { ...run, levers: { '__proto__.toString': 'x' } } }, 'settings: levers: __proto__.toString: "__proto__" is not a parameter'],
    ['not JSON', '{"settings": {', 'the record is not valid JSON'],
  ])('%s', async (_, record, message) => {
    const page = await openApp(chromium(), baseUrl);
    const text = typeof record === 'string' ? record : JSON.stringify(record);
    await page.evaluate((t) => localStorage.setItem('negoplan.v1', t), text);
    await reload(page);
    const banner = page.locator('[data-testid=message]');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('The saved run could not be restored; the baseline is shown.');
    expect(await banner.textContent()).toContain(message);
    expect(await page.textContent('[data-testid=scenario-name]')).toMatch(/Printed-circuit workshop.*seed 1$/);
    expect(await shownDay(page)).toBe(warmup - 1);
    expect(await page.evaluate(() => localStorage.getItem('negoplan.v1.rejected'))).toBe(text);
    const href = await page.getAttribute('[data-testid=saved-download]', 'href');
    expect(decodeURIComponent(href!.replace(/^data:application\/json;charset=utf-8,/, ''))).toBe(text);
    if (message.startsWith('speed')) {
      await page.screenshot({ path: '/tmp/shots/saved-record.png' });
      await page.click('[data-testid=play]');
      await page.waitForTimeout(800);
      await page.click('[data-testid=play]');
      expect(await shownDay(page)).toBeGreaterThan(warmup - 1);
    }
    await reload(page); // the next visit is clean, the record still kept
    expect(await banner.isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('negoplan.v1.rejected'))).toBe(text);
    await page.close();
  });
});
