import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, scrubTo, useChromium, watchCsp } from './page';
import { axeProblems } from './axe';
import { parseSession } from '../../src/ui/views/roleplay/sessionStore';
import { replaySession } from '../../src/session/replay';
import type { Session } from '../../src/session/session';
import { runDebrief, type DebriefMessage } from '../../src/ui/model/debriefJob';
import { decisionsCsv } from '../../src/ui/model/debrief';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const dialog = '[role=dialog][data-testid=decision-dialog]';

async function savedSession(page: Page): Promise<Session> {
  const s = parseSession((await page.evaluate(() => localStorage.getItem('negoplan.session.v1'))) ?? '');
  if (typeof s === 'string') throw new Error(s);
  return s;
}

/**
 * Plays the commercial for `n` decisions: promises `late(k)` days after the suggestion with a
 * note, or takes the suggestion when `late(k)` is 0; waits for the next decision's dialog.
 */
async function playCommercial(page: Page, n: number, late: (k: number) => number): Promise<void> {
  for (let k = 0; k < n; k++) {
    await page.waitForSelector(dialog);
    const title = await page.textContent('#rp-title');
    if (late(k) === 0) await page.getByRole('button', { name: 'Use the suggestion' }).click();
    else {
      const day = Number(await page.inputValue(`${dialog} input[name=day]`));
      await page.fill(`${dialog} input[name=day]`, String(day + late(k)));
      await page.fill(`${dialog} input[name=note]`, `late, "${k}"`);
      await page.click('[data-testid=decision-answer]');
    }
    await page.waitForFunction((b) => document.querySelector('#rp-title')?.textContent !== b, title);
    if (!(await page.isVisible(dialog)) && (await page.textContent('[data-testid=play]'))?.includes('▶')) await page.click('[data-testid=play]');
  }
  await page.waitForSelector(dialog);
}

const status = (page: Page) => page.textContent('[data-testid=replay-status]');

describe('replay, branch and debrief', () => {
  it('steps through the decisions by their marks; a branch at decision N leaves everything before N identical', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial');
    await playCommercial(page, 3, (k) => k + 2);
    const original = await savedSession(page);
    expect(original.decisions).toHaveLength(3);
    // each decision is a button on the time line named after it
    const marks = page.getByRole('group', { name: 'Decisions of the session' }).getByRole('button', { name: /^Decision \d of 3: Promise a date · commercial · day \d+, \d\d:\d\d$/ });
    expect(await marks.count()).toBe(3);
    // the fourth decision waits; step back from it
    await page.getByRole('button', { name: 'Previous decision' }).click();
    expect(await status(page)).toMatch(/^Shown: just before decision 3 of 3 · Promise a date · commercial · day 0, /);
    expect(await page.isVisible(dialog)).toBe(false);
    await page.getByRole('button', { name: 'Previous decision' }).click();
    expect(await status(page)).toMatch(/just before decision 2 of 3/);
    const shown = await page.evaluate(() => (window as unknown as { negoplan: { engine: { time: number } } }).negoplan.engine.time);
    expect(shown).toBeLessThan(original.decisions[1].time);
    expect(shown).toBeGreaterThan(original.decisions[0].time);
    await page.getByRole('button', { name: 'Next decision' }).click();
    expect(await status(page)).toMatch(/just before decision 3 of 3/);
    await page.getByRole('button', { name: /^Decision 2 of 3:/ }).click();
    expect(await status(page)).toMatch(/just before decision 2 of 3/);
    expect(await page.getAttribute('.decision-mark[aria-current=true]', 'data-decision')).toBe(String(original.decisions[1].id));
    // branch at decision 2: the same decision is asked again in its dialog
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.waitForSelector(dialog);
    const branch = await savedSession(page);
    expect(branch.origin).toEqual({ digest: original.decisions[1].digest, decision: original.decisions[1].id });
    expect(branch.decisions).toEqual(original.decisions.slice(0, 1));
    expect(branch.traceDigest).toBe(original.decisions[1].digest);
    const day = Number(await page.inputValue(`${dialog} input[name=day]`));
    expect(day).toBe((original.decisions[1].suggestion as { day: number }).day);
    await page.fill(`${dialog} input[name=day]`, String(day + 9));
    await page.click('[data-testid=decision-answer]');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('negoplan.session.v1') ?? '{}').decisions?.length === 2);
    const answered = await savedSession(page);
    // before N: the journal identical; at N: the same trace digest, another answer
    expect(answered.decisions[0]).toEqual(original.decisions[0]);
    expect(answered.decisions[1].digest).toBe(original.decisions[1].digest);
    expect(answered.decisions[1].id).toBe(original.decisions[1].id);
    expect(answered.decisions[1].answer).toEqual({ day: day + 9 });
    expect(answered.decisions[1].answer).not.toEqual(original.decisions[1].answer);
    expect(answered.origin?.decision).toBe(original.decisions[1].id);
    expect(replaySession(answered).identical).toBe(true);
    await page.close();
  }, 180_000);

  it('a branch continued automatically answers the later decisions by itself, and replays identically', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial');
    await playCommercial(page, 2, () => 3);
    await page.getByRole('button', { name: 'Previous decision' }).click();
    await page.getByRole('button', { name: 'Previous decision' }).click();
    expect(await status(page)).toMatch(/just before decision 1 of 2/);
    await page.selectOption('[data-testid=branch-then]', 'auto');
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.waitForSelector(dialog);
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    await page.click('[data-testid=step-week]');
    await page.click('[data-testid=step-week]');
    expect(await page.isVisible(dialog)).toBe(false);
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('negoplan.session.v1') ?? '{}').decisions ?? []).some((d: { via: string }) => d.via === 'auto'));
    const s = await savedSession(page);
    expect(s.decisions[0].via).toBe('suggestion');
    expect(s.decisions.slice(1).every((d) => d.via === 'auto')).toBe(true);
    expect(s.decisions.length).toBeGreaterThan(5);
    expect(replaySession(s).identical).toBe(true);
    // only the person's decision is a mark
    expect(await page.locator('.decision-mark').count()).toBe(1);
    // at the end of the run the debrief opens by itself
    await scrubTo(page, 475);
    await page.getByRole('dialog', { name: 'Debrief' }).waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-testid=debrief] [data-testid=db-row]').count()).toBe(1);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.isVisible('[data-testid=debrief]')).toBe(false);
    await page.close();
  }, 180_000);

  it('the debrief shows the log and what each decision changed, computed in a worker; its CSV is the log', async () => {
    let csp: () => Promise<string[]> = async () => [];
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial', undefined, async (p) => {
      csp = await watchCsp(p);
      await p.addInitScript(() => {
        const Real = window.Worker;
        const made: string[] = [];
        (window as unknown as { workersMade: string[] }).workersMade = made;
        window.Worker = class extends Real {
          constructor(url: string | URL, opts?: WorkerOptions) {
            super(url, opts);
            made.push(String(url));
          }
        };
      });
    });
    await playCommercial(page, 3, (k) => (k === 1 ? 0 : 5 * (k + 1)));
    const session = await savedSession(page);
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    await page.getByRole('button', { name: 'Debrief' }).click();
    const debrief = page.getByRole('dialog', { name: 'Debrief' });
    await debrief.waitFor();
    const rows = debrief.locator('[data-testid=db-row]');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(0).textContent()).toContain('late, "0"');
    expect(await rows.nth(1).locator('[data-testid=db-effect]').textContent()).toBe('as suggested: no change');
    await page.waitForFunction(() => document.querySelector('[data-testid=db-status]')?.textContent?.startsWith('Done'), null, { timeout: 150_000 });
    expect(await page.textContent('[data-testid=db-status]')).toBe('Done: 4 reruns');
    expect(await page.evaluate(() => (window as unknown as { workersMade: string[] }).workersMade)).toEqual([expect.stringMatching(/debrief\.worker/)]);
    expect(await csp()).toEqual([]); // the worker runs under the built app's Content-Security-Policy
    expect(await rows.nth(0).locator('[data-testid=db-effect][data-computed=true] li').count()).toBe(5);
    expect(await rows.nth(2).locator('[data-testid=db-effect][data-computed=true] li').count()).toBe(5);
    // the view the commercial had, summarised and in full
    await rows.nth(0).locator('summary').click();
    expect(JSON.parse((await rows.nth(0).locator('pre').textContent()) ?? 'null')).toHaveProperty('order');
    expect(await debrief.locator('[data-testid=db-figures] tr[data-kpi]').count()).toBeGreaterThan(20);
    expect(await debrief.locator('[data-testid=db-charts] canvas').count()).toBeGreaterThanOrEqual(4);
    expect(await axeProblems(page)).toEqual([]);
    // the CSV: the log with the effects, the same as Node computes from the session
    const [download] = await Promise.all([page.waitForEvent('download'), debrief.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('negoplan-decisions.csv');
    const file = join(tmpdir(), `negoplan-decisions-${process.pid}.csv`);
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    const full = (await page.evaluate(() => (window as unknown as { negoplan: { engine: { recorder(): { toSession(): unknown } } } }).negoplan.engine.recorder().toSession())) as Session;
    expect(full.decisions.slice(0, 3)).toEqual(session.decisions);
    const got: DebriefMessage[] = [];
    const end = await page.evaluate(() => (window as unknown as { negoplan: { engine: { endTime: number } } }).negoplan.engine.endTime);
    runDebrief({ session: full, hour: end - 1e-9 }, (m) => got.push(m));
    const effects = new Map(got.flatMap((m) => (m.type === 'impact' ? [[m.id, m.effect] as const] : [])));
    expect(effects.size).toBe(2);
    expect(csv).toBe(decisionsCsv(full.decisions, effects));
    expect(csv.split('\r\n')[1]).toMatch(/,"late, ""0""",/);
    // printed, the page is the debrief alone, whole (not cut to the window)
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => {
      const d = document.querySelector<HTMLElement>('[data-testid=debrief]')!;
      return { header: getComputedStyle(document.querySelector('header')!).display, buttons: d.querySelector('[data-testid=db-csv]')!.getClientRects().length, inner: d.scrollHeight - d.clientHeight, page: document.documentElement.scrollHeight, debrief: d.scrollHeight, window: innerHeight };
    });
    expect(print).toMatchObject({ header: 'none', buttons: 0, inner: 0 });
    expect(print.debrief).toBeGreaterThan(print.window);
    expect(print.page).toBeGreaterThanOrEqual(print.debrief);
    await page.emulateMedia({ media: 'screen' });
    // in French
    await page.evaluate(() => (document.querySelector('[data-testid=language]') as HTMLSelectElement).value = 'fr');
    await page.dispatchEvent('[data-testid=language]', 'input');
    expect(await page.getByRole('dialog', { name: 'Débriefing' }).getByRole('button', { name: 'Télécharger le CSV' }).count()).toBe(1);
    expect(await page.locator('[data-testid=debrief] [data-testid=db-row]').nth(1).locator('[data-testid=db-effect]').textContent()).toBe('comme suggéré : aucun changement');
    await page.evaluate(() => (document.querySelector('[data-testid=language]') as HTMLSelectElement).value = 'en');
    await page.dispatchEvent('[data-testid=language]', 'input');
    // Cancel stops a computation under way
    await debrief.getByRole('button', { name: 'Compute again' }).click();
    await debrief.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.textContent('[data-testid=db-status]')).toBe('Cancelled.');
    await page.screenshot({ path: join(tmpdir(), 'negoplan-debrief.png') });
    await page.keyboard.press('Escape');
    expect(await debrief.isVisible()).toBe(false);
    await page.close();
  }, 240_000);

  it('on a phone the replay bar and the debrief fit the width and are axe-clean', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial', { width: 390, height: 844 });
    await playCommercial(page, 1, () => 1);
    // the replay bar is reached by keyboard too (tests/e2e/phoneReplay.test.ts presses it with a finger)
    await page.getByRole('button', { name: 'Previous decision' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=db-status]')?.textContent?.startsWith('Done'), null, { timeout: 150_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
