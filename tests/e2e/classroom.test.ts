/**
 * The classroom slice in Chromium: the plan's Gantt opens centred on today and zooms and pans
 * (buttons, keyboard, wheel, drag), the load chart follows its box, the charts carry units and
 * only the series that exist; screenshots of the plan and the charts of both cases at a
 * projector's, a small screen's and a phone's size are kept in /tmp/shots.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, shownDay, useChromium } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** The first and last day the Gantt says it shows. */
async function span(page: Page): Promise<[number, number]> {
  const text = (await page.textContent('[data-testid=gantt-span]')) ?? '';
  const m = /(\d[\d\s,.\u202f]*)\D+?(\d[\d\s,.\u202f]*)/.exec(text);
  const n = (s: string) => Number(s.replace(/[^\d]/g, ''));
  return m ? [n(m[1]), n(m[2])] : [NaN, NaN];
}

const CASES = [
  ['A', 'terssac-circuits'],
  ['B', 'equipementier-auto'],
] as const;

describe('the plan', () => {
  it.each(CASES)('case %s: the Gantt opens centred on today, zooms and pans with buttons, keys, wheel and drag', { timeout: 120_000 }, async (name, scenario) => {
    const page = await openApp(chromium(), baseUrl, `s=${scenario}&seed=1&d=150`, { width: 1280, height: 800 });
    await page.click('[data-testid=tab-plan]');
    await page.waitForTimeout(300);
    const [a, b] = await span(page);
    expect(a).toBeLessThanOrEqual(151);
    expect(b).toBeGreaterThanOrEqual(150);
    expect(Math.abs((a + b) / 2 - 151), 'centred on today').toBeLessThanOrEqual(2);
    if (name === 'B') expect(b - a, 'a few weeks for week-long orders').toBeLessThanOrEqual(60);
    await page.click('[data-testid=gantt-zoom-in]');
    const [a1, b1] = await span(page);
    expect(b1 - a1).toBeLessThan(b - a);
    await page.click('[data-testid=gantt-earlier]');
    const [a2] = await span(page);
    expect(a2).toBeLessThan(a1);
    // the keyboard on the focused Gantt moves it, and does not step the simulation
    await page.focus('[data-testid=gantt]');
    await page.keyboard.press('ArrowRight');
    expect((await span(page))[0]).toBeGreaterThan(a2);
    await page.keyboard.press('-');
    const [a3, b3] = await span(page);
    expect(b3 - a3).toBeGreaterThan(b1 - a1);
    expect(await shownDay(page)).toBe(150);
    // Ctrl + wheel zooms, Shift + wheel pans, a drag pans
    const box = (await page.locator('[data-testid=gantt]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForTimeout(100);
    const [a4, b4] = await span(page);
    expect(b4 - a4).toBeLessThan(b3 - a3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect((await span(page))[0]).toBeLessThan(a4);
    await page.click('[data-testid=gantt-today]');
    const [a5, b5] = await span(page);
    expect(Math.abs((a5 + b5) / 2 - 151)).toBeLessThanOrEqual(2);
    // filtered down to one old order, the Gantt moves to it
    await page.fill('[data-testid=filter-order]', '3');
    await page.dispatchEvent('[data-testid=filter-order]', 'input');
    await page.waitForTimeout(200);
    expect(await page.textContent('[data-testid=gantt-span]')).toMatch(/· 1\u00a0order$/);
    expect((await span(page))[0]).toBeLessThan(a5);
    await page.close();
  });

  it('the load chart follows its box when the window narrows', { timeout: 60_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width: 1280, height: 800 });
    await page.click('[data-testid=tab-plan]');
    const width = () => page.$eval('[data-testid=load-chart] canvas', (c) => c.getBoundingClientRect().width);
    const box = () => page.$eval('[data-testid=load-chart]', (c) => c.clientWidth);
    const wide = await width();
    expect(Math.abs(wide - (await box()))).toBeLessThanOrEqual(5);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForTimeout(400);
    const narrow = await width();
    expect(narrow).toBeLessThan(wide - 100);
    expect(Math.abs(narrow - (await box()))).toBeLessThanOrEqual(5);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(400);
    expect(Math.abs((await width()) - wide)).toBeLessThanOrEqual(5);
    await page.close();
  });
});

describe.each([
  [1280, 800],
  [800, 600],
  [390, 844],
])('screenshots at %i×%i', (width, height) => {
  it.each(CASES)('case %s: plan and charts', { timeout: 120_000 }, async (name, scenario) => {
    const page = await openApp(chromium(), baseUrl, `s=${scenario}&seed=1&d=150`, { width, height });
    for (const tab of ['plan', 'charts']) {
      await page.click(`[data-testid=tab-${tab}]`);
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${tab} overflows sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/shots/classroom-${name}-${tab}-${width}x${height}.png`, fullPage: true });
    }
    await page.close();
  });
});

describe('the charts', () => {
  it('name the unit of every axis and draw only the series and charts the run has', { timeout: 90_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto&seed=1&d=150', { width: 1280, height: 800 });
    await page.click('[data-testid=tab-charts]');
    await page.waitForTimeout(300);
    const lead = (await page.textContent('[data-testid=chart-lead] .u-legend')) ?? '';
    expect(lead).toContain('semi-external');
    expect(lead.replace('semi-external', '')).not.toContain('internal'); // case B's replenishment lots are nobody's orders
    expect(await page.isVisible('[data-testid=chart-lines]')).toBe(true);
    const captions = await page.$$eval('[data-testid=chart-axes]', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(captions.length).toBe(7);
    for (const c of captions) expect(c).toMatch(/^Vertical axis: \S.*; horizontal axis: (day|week starting day)\.$/);
    await page.selectOption('[data-testid=language]', 'fr');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid=chart-onTime] [data-testid=chart-axes]')).toBe('Axe vertical\u00a0: %\u00a0; axe horizontal\u00a0: jour.');
    await page.close();
    const a = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width: 1280, height: 800 });
    await a.click('[data-testid=tab-charts]');
    await a.waitForTimeout(300);
    expect(await a.$$eval('[data-testid=chart-axes]', (ps) => ps.length)).toBe(6); // no client line in case A
    expect(await a.isVisible('[data-testid=chart-lines]')).toBe(false);
    expect(await a.textContent('[data-testid=chart-lead] .u-legend')).toContain('internal');
    await a.close();
  });
});

describe("the scenario's own words", () => {
  it('shows the name, the description and the station names in French when the file has them', { timeout: 60_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width: 1280, height: 800 });
    expect(await page.textContent('[data-testid=scenario-title]')).toBe('Printed-circuit workshop (de Terssac, case A)');
    await page.selectOption('[data-testid=language]', 'fr');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid=scenario-title]')).toBe('Atelier de circuits imprimés (de Terssac, cas A)');
    expect(await page.textContent('[data-testid=workshop-table]')).toContain('Gravure');
    await page.click('[data-testid=tab-scenario]');
    expect(await page.textContent('[data-testid=scenario-desc-name]')).toBe('Atelier de circuits imprimés (de Terssac, cas A)');
    expect(await page.textContent('[data-testid=tab-panel-scenario], .panel:not([hidden])')).toContain('La référence : un atelier de circuits imprimés');
    await page.selectOption('[data-testid=language]', 'en');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid=workshop-table]')).toContain('Etching');
    await page.close();
  });
});

describe('the glossary from every term', () => {
  it('opens at the entry from a key figure, a chart title, a lever and a Compare row, by pointer and keyboard', { timeout: 120_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', { width: 1280, height: 800 });
    const focused = () => page.evaluate(() => [document.activeElement?.id ?? '', document.activeElement?.textContent ?? '']);
    // a key figure: "capacity reserve held"
    await page.click('[data-kpi=reserveShare] .term');
    expect(await page.getAttribute('[data-testid=tab-glossary]', 'aria-selected')).toBe('true');
    expect((await focused())[1]).toMatch(/^capacity reserve \(réserve de capacité\)$/);
    // a chart's title, with the keyboard: "Trust per client"
    await page.click('[data-testid=tab-charts]');
    await page.focus('[data-testid=chart-trust] h3 .term');
    await page.keyboard.press('Enter');
    expect((await focused())[1]).toMatch(/^trust \(confiance\)$/);
    // a lever of the strategy form, and a Compare row, in French
    await page.selectOption('[data-testid=language]', 'fr');
    await page.click('[data-testid=tab-strategy]');
    const lever = page.locator('.panel:not([hidden]) label .term', { hasText: 'Marge de quantité' }).first();
    await lever.click();
    expect((await focused())[1]).toMatch(/^marge de quantité \(quantity margin\)$/);
    await page.click('[data-testid=tab-compare]');
    await page.click('[data-testid=compare-run]');
    await page.waitForSelector('[data-testid=compare-result] table', { timeout: 60_000 });
    await page.click('[data-testid=compare-result] [data-kpi="derogations.accepted"] .term');
    expect((await focused())[1]).toMatch(/^dérogation/);
    // the label of a lever, term and all, still names its control
    await page.click('[data-testid=tab-strategy]');
    expect(await page.getByRole('slider', { name: 'Marge de quantité (lancé au-delà du commandé)', exact: true }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('Compare of long runs', () => {
  it('runs a ten-year comparison in slices with progress and a Cancel that keeps the page as it was', { timeout: 180_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150&l=' + encodeURIComponent('{"days":3650}'));
    await page.click('[data-testid=tab-compare]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 }); // so that a quick machine is still running when the test cancels
    await page.click('[data-testid=compare-run]');
    await page.locator('[data-testid=compare-progress]').waitFor({ state: 'visible' });
    await page.waitForFunction(() => Number((document.querySelector('[data-testid=compare-progress-bar]') as HTMLProgressElement).value) > 0.01, undefined, { timeout: 60_000 });
    const t0 = Date.now();
    await page.evaluate(() => 1); // the page answers while the runs go on
    expect(Date.now() - t0).toBeLessThan(2000);
    const text = await page.textContent('[data-testid=compare-progress-text]');
    expect(text).toMatch(/^Running A and B: day [\d,]+ \/ 3,761 \(\d+%\)$/);
    await page.click('[data-testid=compare-cancel]');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.isVisible('[data-testid=compare-progress]')).toBe(false);
    await page.waitForTimeout(500);
    expect(await page.$('[data-testid=compare-result] table')).toBeNull(); // cancelled: no half result
    expect(await shownDay(page)).toBe(150); // and the shown run did not move
    await page.close();
  });

  it('left alone, shows both runs to the end', { timeout: 120_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto&seed=1&d=30');
    await page.click('[data-testid=tab-compare]');
    await page.click('[data-testid=compare-run]');
    await page.waitForSelector('[data-testid=compare-result] table', { timeout: 60_000 });
    expect(await page.isVisible('[data-testid=compare-progress]')).toBe(false);
    // the same strategy on both sides: every difference is nil
    const diffs = await page.$$eval('[data-testid=compare-result] tr[data-kpi] td:last-child', (tds) => tds.map((t) => t.textContent));
    expect(diffs.length).toBeGreaterThan(10);
    for (const d of diffs) expect(d).toMatch(/^(0|–)/);
    await page.close();
  });
});
