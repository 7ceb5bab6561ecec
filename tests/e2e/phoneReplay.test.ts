/**
 * A student replaying a role-play on a phone (390 × 844): while a decision waits, its dialog is a
 * bottom sheet that leaves the replay bar in sight, so its controls are pressed with a finger
 * (clicked, not reached by keyboard), and the page stays axe-clean.
 */
import { describe, expect, inject, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, useChromium } from './page';
import { axeProblems, sideways } from './axe';
import { dialog, nextDecision } from './roleplayHelpers';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (page: Page, sel: string): Promise<Box> => (await page.locator(sel).boundingBox())!;

/** The replay bar's controls a finger presses, each with what the page shows at its centre. */
function hitTests(page: Page): Promise<{ control: string; hit: boolean }[]> {
  return page.$$eval('[data-testid=replay-bar] button, [data-testid=replay-bar] select', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return { control: (e as HTMLElement).dataset.testid ?? e.textContent ?? '', hit: at === e || e.contains(at) };
    }),
  );
}

describe('replaying on a phone while a decision waits', () => {
  it('the decision is a bottom sheet clear of the replay bar, whose controls take clicks', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial', { width: 390, height: 844 });
    await page.waitForSelector(dialog);
    const first = await page.textContent('#rp-title');
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    await nextDecision(page, first);
    // the second decision waits: the sheet and the replay bar do not overlap, the sheet's buttons are on screen
    const sheet = await box(page, dialog);
    const bar = await box(page, '[data-testid=replay-bar]');
    expect(overlap(sheet, bar), `sheet ${JSON.stringify(sheet)} over the replay bar ${JSON.stringify(bar)}`).toBe(false);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(844);
    const answer = await box(page, '[data-testid=decision-answer]');
    expect(answer.y + answer.height).toBeLessThanOrEqual(844);
    expect(overlap(answer, bar)).toBe(false);
    expect((await hitTests(page)).filter((h) => !h.hit)).toEqual([]);
    // each a finger's target: buttons 44 × 44 px at least, the decision marks 44 px high and 24 wide
    // (their spacing keeps them apart); the sheet is not modal: the page behind is in use
    const small = await page.$$eval('[data-testid=replay-bar] button, [data-testid=replay-bar] select', (els) =>
      els
        .map((e) => ({ control: e.getAttribute('aria-label') ?? e.textContent, mark: e.classList.contains('decision-mark'), ...e.getBoundingClientRect().toJSON() }))
        .filter((b) => b.height < 44 || b.width < (b.mark ? 24 : 44)),
    );
    expect(small).toEqual([]);
    expect(await page.getAttribute(dialog, 'aria-modal')).toBeNull();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'negoplan-phone-replay.png') });
    // a finger on Previous decision: the run goes back before the first one
    await page.getByRole('button', { name: 'Previous decision' }).click();
    expect(await page.textContent('[data-testid=replay-status]')).toMatch(/^Shown: just before decision 1 of 1 · Promise a date · commercial · day 0, /);
    // on its mark, then Branch here: that decision is asked again in the sheet, still clear of the bar
    await page.getByRole('button', { name: /^Decision 1 of 1:/ }).click();
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.waitForSelector(dialog);
    expect(await page.textContent('#rp-title')).toBe(first);
    expect(overlap(await box(page, dialog), await box(page, '[data-testid=replay-bar]'))).toBe(false);
    expect((await hitTests(page)).filter((h) => !h.hit)).toEqual([]);
    // the focus is in the sheet, on the answer's first field
    expect(await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), dialog)).toBe(true);
    // "Full screen" lets the sheet grow (over the bar, by choice); pressed again it is back below the bar
    const half = await box(page, dialog);
    const full = page.getByRole('button', { name: 'Full screen' });
    await full.click();
    expect(await full.getAttribute('aria-pressed')).toBe('true');
    expect((await box(page, dialog)).height).toBeGreaterThan(half.height);
    await full.click();
    expect(await full.getAttribute('aria-pressed')).toBe('false');
    expect(overlap(await box(page, dialog), await box(page, '[data-testid=replay-bar]'))).toBe(false);
    await page.close();
  }, 120_000);

  it('at a desktop width the dialog stays centred near the top, as before', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial');
    await page.waitForSelector(dialog);
    const d = await box(page, dialog);
    expect(Math.round(d.x + d.width / 2)).toBe(640);
    expect(d.y).toBeLessThan(720 * 0.1);
    expect(await page.isVisible('[data-testid=sheet-full]')).toBe(false); // the sheet's toggle is a phone's only
    await page.close();
  });
});
