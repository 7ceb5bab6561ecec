/**
 * The app at the sizes a class uses (a projector, a tablet, 800×600, a phone): axe-core finds
 * no serious or critical WCAG 2.2 A/AA violation on any tab, nothing overflows sideways, and a
 * screenshot of each is kept in /tmp/shots. axe runs through page.evaluate (the DevTools
 * protocol), which the page's Content-Security-Policy does not govern, so the test runs
 * against the built app with its CSP in force, not a test build without it.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, useChromium } from './page';
import { axeProblems, sideways, targetSizes } from './axe';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

const TABS = ['workshop', 'plan', 'transcript', 'charts', 'strategy', 'compare', 'experiments', 'scenario', 'glossary'];

describe.each([
  [1280, 800],
  [1024, 768],
  [800, 600],
  [390, 844],
])('at %i×%i', (width, height) => {
  it('every tab is axe-clean (serious, critical) and nothing overflows sideways', { timeout: 180_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width, height });
    const problems: string[] = [];
    for (const tab of TABS) {
      await page.click(`[data-testid=tab-${tab}]`);
      await page.waitForTimeout(tab === 'compare' ? 1500 : 250);
      for (const p of await axeProblems(page)) problems.push(`${tab}: ${p}`);
      expect(await sideways(page), `${tab} overflows sideways`).toBeLessThanOrEqual(0);
      if (tab === 'workshop' || tab === 'plan' || tab === 'charts' || tab === 'strategy') await page.screenshot({ path: `/tmp/shots/a11y-${width}x${height}-${tab}.png` });
    }
    await page.click('[data-testid=tab-workshop]');
    if (width <= 900) {
      // the key figures are a drawer here: closed at first, opened by its button, closed by Escape
      expect(await page.isVisible('[data-testid=side-panel]')).toBe(false);
      await page.click('[data-testid=drawer-toggle]');
      expect(await page.isVisible('[data-testid=kpi-planVersions]')).toBe(true);
      for (const p of await axeProblems(page)) problems.push(`drawer: ${p}`);
      await page.screenshot({ path: `/tmp/shots/a11y-${width}x${height}-drawer.png` });
      await page.keyboard.press('Escape');
      expect(await page.isVisible('[data-testid=side-panel]')).toBe(false);
      await page.click('[data-testid=drawer-toggle]');
      await page.click('[data-testid=drawer-close]'); // a pointer can close it too (it covers the toggle on a phone)
      expect(await page.isVisible('[data-testid=side-panel]')).toBe(false);
    } else {
      expect(await page.isVisible('[data-testid=side-panel]')).toBe(true);
      expect(await page.isVisible('[data-testid=drawer-toggle]')).toBe(false);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('keyboard and the text alternative', () => {
  it('moves between tabs with the arrows, and Space presses a focused button instead of playing', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150');
    await page.focus('[data-testid=tab-workshop]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid=tab-plan]', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-plan');
    await page.keyboard.press('End');
    expect(await page.getAttribute('[data-testid=tab-glossary]', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight'); // wraps to the first
    expect(await page.getAttribute('[data-testid=tab-workshop]', 'aria-selected')).toBe('true');
    expect(await page.textContent('[data-testid=day]')).toContain('Day 150 ');
    // Space on the focused "+1d" button presses it once and does not start playing
    await page.focus('[data-testid=step-day]');
    await page.keyboard.press(' ');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid=day]')).toContain('Day 151 ');
    expect(await page.textContent('[data-testid=play]')).toContain('Play');
    // with the focus on the page itself, Space plays and pauses
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(' ');
    expect(await page.textContent('[data-testid=play]')).toContain('Pause');
    await page.keyboard.press(' ');
    expect(await page.textContent('[data-testid=play]')).toContain('Play');
    // every control of the time bar has a name
    for (const id of ['play', 'step-event', 'step-day', 'step-week', 'speed', 'scrubber']) {
      const name = await page.evaluate((id) => {
        const e = document.querySelector(`[data-testid=${id}]`)!;
        return e.getAttribute('aria-label') ?? e.textContent;
      }, id);
      expect(name, id).toMatch(/\w{3}/);
    }
    await page.close();
  });

  it('offers the workshop as a table of places, queues and stocks, which follows the run', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150');
    const table = page.locator('[data-testid=workshop-table]');
    const text = (await table.textContent()) ?? '';
    for (const place of ["Commercial's order book", "Lanceur's board", 'Etching', 'Quality control', 'Supplier-held stock', 'Client I1 (internal)', 'trust']) expect(text).toContain(place);
    await page.click('[data-testid=workshop-table-toggle]');
    expect(await table.isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/shots/workshop-table.png' });
    const before = text;
    await page.click('[data-testid=step-week]');
    await page.waitForTimeout(300);
    expect(await table.textContent()).not.toBe(before);
    await page.close();
  });

  it('greets a first visit with the guide and its shortcuts, dismissable and reachable again', async () => {
    const page = await openApp(chromium(), baseUrl, '', undefined, undefined, true);
    const guide = page.locator('[data-testid=guide]');
    expect(await guide.isVisible()).toBe(true);
    expect(await guide.textContent()).toContain('Keyboard shortcuts');
    expect(await guide.textContent()).toContain('next week');
    for (const p of await axeProblems(page)) expect.soft(p).toBe('');
    await page.screenshot({ path: '/tmp/shots/guide.png' });
    await page.keyboard.press('Escape');
    expect(await guide.isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('negoplan.v1.guide'))).toBe('seen');
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await guide.isVisible()).toBe(false);
    await page.click('[data-testid=help]');
    expect(await guide.isVisible()).toBe(true);
    // turning single-key shortcuts off: D no longer steps
    await page.uncheck('[data-testid=guide-keys]');
    await page.click('[data-testid=guide-close]');
    const day = await page.textContent('[data-testid=day]');
    await page.keyboard.press('d');
    expect(await page.textContent('[data-testid=day]')).toBe(day);
    await page.close();
  });
});

describe('the controls around the run on a phone', () => {
  it('at 390×844 the header, the time bar and the tab row are 44 px targets', { timeout: 60_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width: 390, height: 844 });
    const controls = 'header button, header select, header summary, .timebar button, .timebar input, .timebar select, .tabs button';
    const sizes = await targetSizes(page, controls);
    expect(sizes.length).toBeGreaterThan(15);
    expect(sizes.filter((s) => s.w < 44 || s.h < 44)).toEqual([]);
    await page.close();
  });
});

describe("a participant's dialog on a phone", () => {
  it('at 390×844 the commercial\'s dialog fits the width, its controls are 44 px targets, and axe finds nothing', { timeout: 90_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial', { width: 390, height: 844 });
    const dialog = '[role=dialog][data-testid=decision-dialog]';
    await page.waitForSelector(dialog);
    expect(await sideways(page), 'the page overflows sideways').toBeLessThanOrEqual(0);
    const box = (await page.locator(dialog).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const overflow = await page.$eval(dialog, (d) => d.scrollWidth - d.clientWidth);
    expect(overflow, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    // every control a finger presses: at least 44 × 44 px (an input's label counts as its target)
    const small = (await targetSizes(page, `${dialog} button, ${dialog} input, ${dialog} select, ${dialog} textarea, ${dialog} summary`)).filter((s) => s.w < 44 || s.h < 44);
    expect(small).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/shots/dialog-390x844.png' });
    await page.close();
  });
});
