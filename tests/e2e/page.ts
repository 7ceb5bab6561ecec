/**
 * Helpers for driving the app in the end-to-end tests: open it on a link, read the shown day
 * and a KPI, move the scrubber like a user does.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './server';

/** Opens the app at `hash` and waits until it is ready. */
export async function openApp(browser: Browser, baseUrl: string, hash = '', viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${baseUrl}${hash ? '#' + hash : ''}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  return page;
}

/** The day the time bar shows. */
export async function shownDay(page: Page): Promise<number> {
  const text = (await page.textContent('[data-testid=day]')) ?? '';
  return Number(/(\d+) \//.exec(text)?.[1] ?? NaN);
}

/** The text of a KPI cell of the side panel. */
export function kpi(page: Page, name: string): Promise<string | null> {
  return page.textContent(`[data-testid="kpi-${name}"]`);
}

/** Drags the scrubber to day `d` (sets the value and fires `input`, as a drag does). */
export async function scrubTo(page: Page, d: number): Promise<void> {
  await page.$eval(
    '[data-testid=scrubber]',
    (el, day) => {
      const input = el as HTMLInputElement;
      input.value = String(day);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    d,
  );
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Returns a
 * getter, valid inside tests.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not launched yet');
    return browser;
  };
}
