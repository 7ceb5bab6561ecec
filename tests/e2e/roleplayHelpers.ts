/**
 * Helpers of the role-play browser tests: the session saved in localStorage, the decision
 * dialog, going on to the next played decision (pressing Play only when paused).
 */
import type { Page } from 'playwright-core';
import { parseSession } from '../../src/ui/views/roleplay/sessionStore';
import type { Session } from '../../src/session/session';

/** The decision dialog's selector. */
export const dialog = '[role=dialog][data-testid=decision-dialog]';

/** The session the page keeps in localStorage, checked like a file. */
export async function savedSession(page: Page): Promise<Session> {
  const text = await page.evaluate(() => localStorage.getItem('negoplan.session.v1'));
  const s = parseSession(text ?? '');
  if (typeof s === 'string') throw new Error(s);
  return s;
}

/** After an answer: waits for the next decision's dialog, pressing Play when the run is paused. */
export async function nextDecision(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(([sel, b]) => { const t = document.querySelector(sel as string); return !t || (t as HTMLElement).hidden || t.textContent !== b; }, [dialog, before]);
  if (!(await page.isVisible(dialog))) {
    if ((await page.textContent('[data-testid=play]'))?.includes('▶')) await page.click('[data-testid=play]');
    await page.waitForSelector(dialog, { timeout: 60_000 });
  }
}

/** Opens the trainer's folded controls (when folded). */
export async function openTrainer(page: Page): Promise<void> {
  if (!(await page.$eval('[data-testid=roleplay]', (d) => (d as HTMLDetailsElement).open))) await page.click('[data-testid=trainer]');
}
