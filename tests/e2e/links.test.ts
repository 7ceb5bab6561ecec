/**
 * Links as a trainer hands them out: a bad one is refused with its reason, the message says
 * which run is shown instead and stays until dismissed; a good one reopens the exact moment
 * (the hour, not the end of the day) and the speed.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, useChromium } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const lever = (l: object) => 'l=' + encodeURIComponent(JSON.stringify(l));

describe('a bad link', () => {
  it.each([
    ['seed=abc', 's=terssac-circuits&seed=abc', 'seed: expected number, got "abc"'],
    ['an empty seed', 's=terssac-circuits&seed=', 'seed: the seed is missing'],
    ['no seed', 's=terssac-circuits', 'seed: the seed is missing'],
    ['a negative seed', 's=terssac-circuits&seed=-1', 'seed: expected number, got "-1"'],
    ['an absurd seed', 's=terssac-circuits&seed=99999999999999', 'seed: expected a number ≤ 2147483647'],
    ['an unknown scenario', 's=nope&seed=1', 'nope'],
    ['a lever out of range', `s=terssac-circuits&seed=1&${lever({ 'lanceur.quantityMargin': 9 })}`, 'lanceur.quantityMargin'],
    ['an unknown lever', `s=terssac-circuits&seed=1&${lever({ 'lanceur.nothing': 1 })}`, 'lanceur.nothing'],
    ['a bad day', 's=terssac-circuits&seed=1&d=x', 'd: expected number, got "x"'],
  ])('in a fresh tab (%s): the reason and the run shown instead stay on screen until dismissed', async (_, hash, reason) => {
    const page = await openApp(chromium(), baseUrl, hash);
    const banner = page.locator('[data-testid=message]');
    await banner.waitFor({ state: 'visible' });
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('This link cannot be opened:');
    expect(text).toContain(reason);
    expect(text).toMatch(/Shown instead: the baseline, .*Printed-circuit workshop.* · seed 1/);
    await page.click('[data-testid=play]'); // the run moves on, the message stays
    await page.waitForTimeout(1200);
    await page.click('[data-testid=play]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toBe(text);
    await page.click('[data-testid=message] button');
    expect(await banner.isVisible()).toBe(false);
    await page.close();
  });

  it('over a saved run says the saved run is shown, not silently', async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto&seed=3&d=60');
    expect(await page.textContent('[data-testid=scenario-name]')).toMatch(/seed 3$/);
    await page.goto(`${baseUrl}#s=terssac-circuits&seed=abc`);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    const text = (await page.textContent('[data-testid=message]')) ?? '';
    expect(text).toContain('seed: expected number, got "abc"');
    expect(text).toMatch(/Shown instead: the run saved in this browser, .* · seed 3/);
    expect(await page.textContent('[data-testid=scenario-name]')).toMatch(/seed 3$/);
    await page.screenshot({ path: '/tmp/shots/bad-link-over-saved.png' });
    await page.close();
  });

  it('pasted while the app runs is refused and the run goes on; a good one says what it opened', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150');
    await page.evaluate(() => (location.hash = 's=terssac-circuits&seed='));
    const banner = page.locator('[data-testid=message]');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('seed: the seed is missing');
    expect(await page.textContent('[data-testid=day]')).toContain('Day 150 ');
    await page.evaluate(() => (location.hash = 's=terssac-circuits&seed=4&d=90'));
    await page.waitForFunction(() => document.querySelector('[data-testid=message]')?.textContent?.includes('Opened the link'));
    expect(await banner.textContent()).toMatch(/Opened the link: .*seed 4/);
    expect(await page.textContent('[data-testid=day]')).toContain('Day 90 ');
    await page.close();
  });
});

describe('a shared link', () => {
  it('reopens the exact moment (after next-event steps) and the speed, in a new tab and after a reload', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150');
    await page.click('[data-testid=play]');
    await page.click('[data-testid=play]');
    for (let i = 0; i < 5; i++) await page.click('[data-testid=step-event]');
    await page.fill('[data-testid=speed]', '80');
    await page.dispatchEvent('[data-testid=speed]', 'input');
    const shown = await page.textContent('[data-testid=day]');
    const speed = await page.textContent('[data-testid=speed-label]');
    expect(shown).not.toMatch(/23:59/);
    await page.click('[data-testid=tab-scenario]');
    await page.click('[data-testid=share]');
    const link = await page.inputValue('[data-testid=share-link]');
    expect(link).toMatch(/&t=\d/);
    expect(link).toMatch(/&v=\d/);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('[data-testid=day]')).toBe(shown);
    const other = await openApp(chromium(), baseUrl, link.replace(/^[^#]*#/, ''));
    expect(await other.textContent('[data-testid=day]')).toBe(shown);
    expect(await other.textContent('[data-testid=speed-label]')).toBe(speed);
    await other.reload();
    await other.waitForSelector('body[data-ready=true]');
    expect(await other.textContent('[data-testid=speed-label]')).toBe(speed);
    await other.close();
    await page.close();
  });
});
