import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kpi, openApp, useChromium, scrubTo, shownDay } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

describe('the browser simulator', () => {
  it('opens on the baseline with the workshop drawn', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150');
    expect(await page.textContent('[data-testid=scenario-name]')).toContain('Printed-circuit workshop');
    expect(await shownDay(page)).toBe(150);
    const png = await page.locator('[data-testid=workshop-canvas]').screenshot();
    expect(png.length).toBeGreaterThan(20_000);
    expect(await page.locator('.kpi td.obs').first().isVisible()).toBe(true);
    await page.close();
  });

  it('opens a fresh visit at the end of the warm-up, paused, and still scrubs back to day 0', async () => {
    const page = await openApp(chromium(), baseUrl);
    const warmup = JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8')).warmupDays as number;
    expect(await shownDay(page)).toBe(warmup - 1);
    expect(await page.textContent('[data-testid=play]')).toContain('Play');
    await scrubTo(page, 0);
    expect(await shownDay(page)).toBe(0);
    await page.close();
  });

  it('plays, pauses, steps, and the key figures move', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=120');
    const before = await kpi(page, 'planVersions');
    await page.click('[data-testid=play]');
    await page.waitForTimeout(1500);
    await page.click('[data-testid=play]');
    const paused = await shownDay(page);
    expect(paused).toBeGreaterThan(121);
    await page.waitForTimeout(400);
    expect(await shownDay(page)).toBe(paused);
    expect(await kpi(page, 'planVersions')).not.toBe(before);
    await page.click('[data-testid=step-day]');
    expect(await shownDay(page)).toBe(paused + 1);
    await page.keyboard.press('w');
    expect(await shownDay(page)).toBe(paused + 8);
    await page.close();
  });

  it('scrubs forward and back to the same figures as playing there', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=200');
    const at200 = await kpi(page, 'throughputUOPerWeek');
    const versions200 = await kpi(page, 'planVersions');
    await scrubTo(page, 400);
    expect(await shownDay(page)).toBe(400);
    expect(await kpi(page, 'planVersions')).not.toBe(versions200);
    await scrubTo(page, 200);
    expect(await shownDay(page)).toBe(200);
    expect(await kpi(page, 'throughputUOPerWeek')).toBe(at200);
    expect(await kpi(page, 'planVersions')).toBe(versions200);
    await page.close();
  });

  it('lists the plan versions newest first, following the shown day', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=200');
    await page.click('[data-testid=tab-plan]');
    const firstRow = () => page.textContent('[data-testid=versions-list] .row[data-index="0"]');
    const dayOf = (row: string | null) => Number(/day (\d+)/.exec(row ?? '')?.[1]);
    const at200 = await firstRow();
    expect(dayOf(at200)).toBeGreaterThan(190);
    expect(dayOf(at200)).toBeLessThanOrEqual(200);
    await page.keyboard.press('W');
    await page.keyboard.press('W');
    expect(dayOf(await firstRow())).toBeGreaterThan(dayOf(at200));
    await scrubTo(page, 200);
    expect(await firstRow()).toBe(at200);
    await page.close();
  });

  it('switches every label and the transcript to French and back', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=30');
    await page.selectOption('[data-testid=language]', 'fr');
    expect(await page.textContent('[data-testid=tab-workshop]')).toBe('Atelier');
    expect(await page.textContent('.kpi h2')).toBe('Chiffres clés');
    await page.click('[data-testid=tab-transcript]');
    expect(await page.textContent('[data-testid=transcript-list]')).toContain('le commercial promet');
    await page.click('[data-testid=tab-glossary]');
    expect(await page.textContent('[data-testid=glossary]')).toContain('unité d\'œuvre');
    await page.keyboard.press('l');
    expect(await page.textContent('[data-testid=tab-workshop]')).toBe('Workshop');
    await page.close();
  });

  it('refuses a bad scenario file with its path-naming error and keeps the run', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=40');
    const bad = JSON.parse(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
    bad.clients[2].kind = 'intern';
    await page.click('[data-testid=tab-scenario]');
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const message = page.locator('[data-testid=message]');
    await message.waitFor({ state: 'visible' });
    expect(await message.textContent()).toContain('broken.json: clients[2].kind: expected one of internal, semiExternal, external, got "intern"');
    expect(await page.textContent('[data-testid=scenario-name]')).toContain('Printed-circuit workshop');
    expect(await shownDay(page)).toBe(40);
    await page.close();
  });

  it('refuses a bad link, and reopens a shared one exactly after a reload', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=2&d=60&l=' + encodeURIComponent('{"lanceur.quantityMargin":0.3}'));
    const versions = await kpi(page, 'planVersions');
    const launched = await kpi(page, 'launchedOverRequested');
    await page.evaluate(() => (location.hash = 's=terssac-circuits&seed=1&l=' + encodeURIComponent('{"lanceur.quantityMargin":7}')));
    const message = page.locator('[data-testid=message]');
    await message.waitFor({ state: 'visible' });
    expect(await message.textContent()).toContain('lanceur.quantityMargin');
    expect(await kpi(page, 'planVersions')).toBe(versions);
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('[data-testid=scenario-name]')).toContain('seed 2');
    expect(await shownDay(page)).toBe(60);
    expect(await kpi(page, 'launchedOverRequested')).toBe(launched);
    await page.close();
  });
});
