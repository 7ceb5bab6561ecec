/**
 * axe-core in the page (through page.evaluate, which the page's Content-Security-Policy does
 * not govern), the sideways overflow and the size of a finger's targets: the accessibility
 * checks the browser tests share.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's serious and critical violations on the page as it is, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] ?? ''}`));
  });
}

/** How far the page overflows sideways (0 when it does not). */
export const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The visible controls matching `selector`, each with its size in px (a radio's or a check box's
 * label counts as its target): what a finger presses.
 */
export const targetSizes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => {
        const target = (e as HTMLInputElement).type === 'radio' || (e as HTMLInputElement).type === 'checkbox' ? (e.closest('label') ?? e) : e;
        const r = target.getBoundingClientRect();
        return { what: `${e.tagName.toLowerCase()}[${e.getAttribute('aria-label') ?? ((e as HTMLInputElement).name || e.textContent?.trim())}]`, w: Math.round(r.width), h: Math.round(r.height) };
      }),
  );
