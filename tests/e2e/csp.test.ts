import { describe, expect, inject, it } from 'vitest';
import { openApp, scrubTo, shownDay, useChromium, watchCsp } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

describe('the built app under its Content-Security-Policy', () => {
  it('runs every tab, plays and draws the workshop with no violation reported', async () => {
    let seen!: () => Promise<string[]>;
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=120', undefined, async (p) => {
      seen = await watchCsp(p);
    });
    const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    for (const tab of ['plan', 'transcript', 'charts', 'strategy', 'compare', 'scenario', 'glossary', 'workshop']) {
      await page.click(`[data-testid=tab-${tab}]`);
      await page.waitForTimeout(150);
    }
    await page.click('[data-testid=play]');
    await page.waitForTimeout(1000);
    await page.click('[data-testid=play]');
    expect(await shownDay(page)).toBeGreaterThan(121);
    await scrubTo(page, 200);
    const png = await page.locator('[data-testid=workshop-canvas]').screenshot({ path: '/tmp/shots/csp-workshop.png' });
    expect(png.length).toBeGreaterThan(20_000);
    await page.screenshot({ path: '/tmp/shots/csp-page.png' });
    expect(await seen()).toEqual([]);

    // the policy is in force, and the watch sees a violation when there is one: an inline script is refused
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    const after = await seen();
    expect(after.some((v) => v.startsWith('violation: script-src'))).toBe(true);
    await page.close();
  });
});
