/**
 * A ten-year run does not freeze the page: a far jump runs in slices with a progress bar and a
 * Cancel that leaves the run where it got to; a jump left alone arrives at the same figures as
 * opening that day directly.
 */
import { describe, expect, inject, it } from 'vitest';
import { kpi, openApp, shownDay, useChromium } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

describe('a long jump', () => {
  it('over a ten-year run shows its progress, keeps the page responsive, and cancels', { timeout: 180_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&l=' + encodeURIComponent('{"days":3650}'));
    const start = await shownDay(page);
    expect(await page.textContent('[data-testid=day]')).toContain('/ 3761');
    // a quiet machine computes ten years in well under a second: slow the page's CPU twentyfold so
    // that the jump is still running when the test cancels it
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.keyboard.press('End');
    const bar = page.locator('[data-testid=jump]');
    await bar.waitFor({ state: 'visible' });
    // the page answers while the jump runs: a round trip takes far less than a slice-free jump would
    const t0 = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - t0).toBeLessThan(2000);
    // cancel as soon as progress shows, so that a fast machine cannot finish the jump first
    await page.waitForFunction(() => Number((document.querySelector('[data-testid=jump-progress]') as HTMLProgressElement).value) > 0.02, undefined, { timeout: 60_000 });
    const progress = await page.textContent('[data-testid=jump-text]');
    await page.click('[data-testid=jump-cancel]');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(progress).toMatch(/Computing day [\d,]+ \/ 3,761 \(\d+%\)/);
    expect(await bar.isVisible()).toBe(false);
    const stopped = await shownDay(page);
    expect(stopped).toBeGreaterThan(start);
    expect(stopped).toBeLessThan(3761);
    await page.waitForTimeout(500);
    expect(await shownDay(page)).toBe(stopped); // cancelled means stopped
    await page.click('[data-testid=step-day]');
    expect(await shownDay(page)).toBe(stopped + 1);
    await page.close();
  });

  it('left alone arrives at the same figures as opening that day', { timeout: 120_000 }, async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=120');
    await page.keyboard.press('End');
    await page.waitForFunction(() => /Day 475 /.test(document.querySelector('[data-testid=day]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(await page.isVisible('[data-testid=jump]')).toBe(false);
    const sliced = await kpi(page, 'throughputUOPerWeek');
    const direct = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=475');
    expect(await kpi(direct, 'throughputUOPerWeek')).toBe(sliced);
    await direct.close();
    await page.close();
  });
});
