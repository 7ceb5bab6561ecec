/**
 * The Experiments tab in Chromium: a 2-level × 2-seed study runs in web workers with its
 * progress shown, draws its box plot and table, and its runs equal, number for number, the
 * runs of the sweep command it prints (parsed by the CLI's parser and prepared by the CLI, run
 * here in Node; and the command run by the CLI writes the same CSV rows and header), with no
 * Content-Security-Policy violation; Cancel stops a long study at once; the tab is axe-clean at three sizes
 * (screenshots in /tmp/shots).
 */
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { parseSweepArgs } from '../../src/cli/sweepOptions';
import { prepareSweep } from '../../src/cli/sweepSetup';
import { parseLong } from '../../src/experiments/longFormat';
import { runOne } from '../../src/experiments/runOne';
import { quantile } from '../../src/metrics/stats';
import { formatValue } from '../../src/ui/model/kpiRows';
import { shellWords } from '../shellWords';
import { axeProblems, sideways } from './axe';
import { openApp, useChromium, watchCsp } from './page';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** Opens the app on the baseline and shows the Experiments tab. */
async function experiments(viewport = { width: 1280, height: 800 }, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=1&d=150', viewport, prepare);
  await page.click('[data-testid=tab-experiments]');
  return page;
}

/** Fills the study: the quantity margin at `levels` (in %), `seeds` seeds, `days` days, the figure `kpi`. */
async function fill(page: Page, levels: string, seeds: number, days: number, kpi = 'leadTimeDays.all.mean'): Promise<void> {
  await page.selectOption('[data-testid=x-lever-1]', 'lanceur.quantityMargin');
  await page.fill('[data-testid=x-levels-1]', levels);
  await page.fill('[data-testid=x-seeds]', String(seeds));
  await page.fill('[data-testid=x-days]', String(days));
  await page.selectOption('[data-testid=x-figure]', kpi);
}

/** Every text the status line shows from now on (a mutation observer in the page). */
async function watchStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    const node = document.querySelector('[data-testid=x-status]')!;
    new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
}

/** Two screenshots of the tab: its top (the form) and its results scrolled into view. */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/shots/${name}-form.png` });
  await page.$eval('[data-testid=x-results]', (e) => e.scrollIntoView());
  await page.screenshot({ path: `/tmp/shots/${name}-results.png` });
}

describe('the Experiments tab', () => {
  it('runs a 2-level × 2-seed study with progress, a box plot and a table, and its runs are the printed command’s', { timeout: 180_000 }, async () => {
    let violations: () => Promise<string[]> = async () => [];
    const page = await experiments(undefined, async (p) => void (violations = await watchCsp(p)));
    await fill(page, '10, 30', 2, 30);
    const command = (await page.textContent('[data-testid=x-command]'))!;
    expect(command).toBe('npm run --silent sim -- sweep scenarios/terssac-circuits.json --vary lanceur.quantityMargin=0.1,0.3 --runs 2 --seed-base 1 --seeds common --days 30');
    const seen = await watchStatus(page);
    await page.click('[data-testid=x-run]');
    await page.waitForFunction(() => /Finished/.test(document.querySelector('[data-testid=x-status]')?.textContent ?? ''), undefined, { timeout: 150_000 });
    const statuses = await seen();
    const done = statuses.map((s) => Number(/^(\d+) \/ 4 runs done/.exec(s)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
    expect(done[0]).toBe(0);
    expect(done[done.length - 1]).toBe(4);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    expect(await page.getAttribute('[data-testid=x-progress]', 'value')).toBe('4');

    // the box plot: a box per level, a dot per run, the levels below in percent, the unit on the axis
    expect(await page.$$eval('[data-testid=x-boxplot] g[data-combination]', (gs) => gs.map((g) => g.querySelectorAll('circle').length))).toEqual([2, 2]);
    const plotText = await page.$eval('[data-testid=x-boxplot]', (s) => s.textContent ?? '');
    expect(plotText).toContain('10\u00a0%');
    expect(plotText).toContain('30\u00a0%');
    expect(plotText).toMatch(/^lead time \(days, mean\)/); // the axis title, with its unit once
    expect(await page.getAttribute('[data-testid=x-boxplot]', 'role')).toBe('img');

    // the same runs in Node from the printed command, through the CLI's own parser and preparation
    const words = shellWords(command);
    const prepared = prepareSweep(parseSweepArgs(words.slice(6)));
    const href = (await page.getAttribute('[data-testid=x-csv]', 'href'))!;
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const browser = parseLong(csv, 'study.csv');
    expect(browser.records.map((r) => [r.run, r.combination, r.seed])).toEqual(prepared.runs.map((r) => [r.run, r.combination, r.seed]));
    const node = prepared.runs.map((r) => runOne(prepared.scenarios[r.combination], r.seed));
    browser.records.forEach((r, i) => expect(r.kpis, `run ${i}`).toEqual(node[i]));
    expect(browser.meta.find(([k]) => k === 'command')?.[1]).toBe(words.slice(5).join(' '));

    // and the command itself, run by the CLI (worker threads, its own process), writes the same rows and header
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...words.slice(5), '--quiet', '--workers', '1'], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    const rows = (text: string) => text.split('\n').filter((l) => !l.startsWith('#'));
    expect(rows(csv).filter(Boolean)).toHaveLength(5); // the column names and the 4 runs
    expect(rows(csv)).toEqual(rows(cli.stdout));
    const SAME = ['command', 'design', 'parameters', 'combinations', 'repetitions', 'runs', 'seeds'];
    const header = (text: string) => parseLong(text, 'x').meta.filter(([k]) => SAME.includes(k));
    expect(header(csv)).toEqual(header(cli.stdout));
    expect(header(csv).length).toBe(SAME.length);

    // the table holds the plot's numbers: the median of each level's two runs, in days
    const medians = await page.$$eval('[data-testid=x-table] tbody tr', (rows) => rows.map((tr) => tr.children[4].textContent));
    const expected = [0, 1].map((c) => formatValue(quantile(node.filter((_, i) => prepared.runs[i].combination === c).map((k) => k['leadTimeDays.all.mean']), 0.5), 'days'));
    expect(medians).toEqual(expected);
    expect(await page.$$eval('[data-testid=x-table] tbody tr', (rows) => rows.map((tr) => tr.children[1].textContent))).toEqual(['2', '2']);

    // another figure redraws from the same runs, without running them again
    await page.selectOption('[data-testid=x-figure]', 'onTimeRate');
    expect(await page.textContent('[data-testid=x-table-name]')).toMatch(/^Figure by level: on time \(last promise\) by Quantity margin/);
    await shots(page, 'experiments-1280x800');
    expect(await violations()).toEqual([]); // the workers run under the page's Content-Security-Policy

    await page.close();
  });

  it('stops a long study on Cancel and keeps the finished runs', { timeout: 180_000 }, async () => {
    const page = await experiments();
    await fill(page, '0, 20, 40', 60, 364);
    await page.click('[data-testid=x-run]');
    expect(await page.isDisabled('[data-testid=x-levels-1]')).toBe(true);
    await page.waitForFunction(() => Number(document.querySelector<HTMLProgressElement>('[data-testid=x-progress]')?.value) >= 1, undefined, { timeout: 120_000 });
    await page.click('[data-testid=x-cancel]');
    await page.waitForFunction(() => /Cancelled/.test(document.querySelector('[data-testid=x-status]')?.textContent ?? ''));
    const at = Number(await page.getAttribute('[data-testid=x-progress]', 'value'));
    expect(at).toBeGreaterThanOrEqual(1);
    expect(at).toBeLessThan(180);
    await page.waitForTimeout(2000);
    expect(Number(await page.getAttribute('[data-testid=x-progress]', 'value'))).toBe(at);
    expect(await page.textContent('[data-testid=x-status]')).toMatch(new RegExp(`^${at} / 180 runs done`));
    expect(await page.isDisabled('[data-testid=x-cancel]')).toBe(true);
    expect(await page.isDisabled('[data-testid=x-run]')).toBe(false);
    expect(await page.isDisabled('[data-testid=x-levels-1]')).toBe(false);
    const href = (await page.getAttribute('[data-testid=x-csv]', 'href'))!;
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(parseLong(csv, 'study.csv').records.length).toBe(at);
    expect(csv).toContain(`# incomplete: ${at} of 180 runs (cancelled)`);
    await page.close();
  });

  it('says what is wrong with a level, in French too, and runs nothing', async () => {
    const page = await experiments();
    await fill(page, '10, 90', 2, 30);
    expect(await page.textContent('[data-testid=x-problem]')).toMatch(/^Quantity margin \(launched above ordered\): “90” out of range 0–40/);
    expect(await page.isDisabled('[data-testid=x-run]')).toBe(true);
    expect(await page.textContent('[data-testid=x-command]')).toBe('');
    await page.selectOption('[data-testid=language]', 'fr');
    expect(await page.textContent('[data-testid=tab-experiments]')).toBe('Expériences');
    await page.fill('[data-testid=x-levels-1]', '10 ; 12,5');
    expect(await page.isHidden('[data-testid=x-problem]')).toBe(true);
    expect(await page.textContent('[data-testid=x-command]')).toContain('--vary lanceur.quantityMargin=0.1,0.125');
    await page.close();
  });

  it.each([
    [1280, 800],
    [800, 600],
    [390, 844],
  ])('is axe-clean and does not overflow sideways at %i×%i, with results shown', { timeout: 180_000 }, async (width, height) => {
    const page = await experiments({ width, height });
    await fill(page, '10, 30', 2, 10);
    await page.selectOption('[data-testid=x-lever-2]', 'lanceur.datePolicy');
    await page.click('[data-testid=x-opt-2-advanceOnly]');
    await page.click('[data-testid=x-run]');
    await page.waitForFunction(() => /Finished/.test(document.querySelector('[data-testid=x-status]')?.textContent ?? ''), undefined, { timeout: 150_000 });
    expect(await page.$$eval('[data-testid=x-table] tbody tr', (rows) => rows.length)).toBe(4);
    expect(await axeProblems(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shots(page, `experiments-${width}x${height}`);
    await page.close();
  });
});
