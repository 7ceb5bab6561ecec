/**
 * Helpers for driving the app in the end-to-end tests: open it on a link, read the shown day
 * and a KPI, move the scrubber like a user does.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchChromium } from './server';

/**
 * Opens the app at `hash` and waits until it is ready; `prepare` runs on the new page before
 * it loads (to install listeners).
 */
export async function openApp(browser: Browser, baseUrl: string, hash = '', viewport = { width: 1280, height: 720 }, prepare?: (page: Page) => Promise<void>, firstVisit = false): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // the first-visit guide is a modal dialog; tests that are not about it open as a returning visitor
  if (!firstVisit) await page.addInitScript(() => localStorage.setItem('negoplan.v1.guide', 'seen'));
  await prepare?.(page);
  await page.goto(`${baseUrl}${hash ? '#' + hash : ''}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  return page;
}

/**
 * Records, from before the page's first script, every `securitypolicyviolation` event and every
 * console message about the Content-Security-Policy; returns what was seen so far.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) messages.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...messages];
}

/** The own properties of Object.prototype, each with its type (to compare before and after). */
export function prototypeShape(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(Object.prototype, k)?.value}`).sort());
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
  // a far jump runs in slices (with a progress bar): wait until it has arrived
  await page.waitForSelector('[data-testid=jump]', { state: 'hidden' });
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
