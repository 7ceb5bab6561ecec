/**
 * Sessions across devices in Chromium: a facilitator's console and two participants (each its
 * own browser context) on one server process; a participant's reload; the server killed with
 * SIGKILL and restarted on the same database mid-session; a disruption for all teams given
 * from the console (kept through the restart, in the export); each participant's socket frames
 * hold only their own seat's data; the export replays identically with `sim replay`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useChromium } from './page';
import { freePort, killHard, spawnServer } from '../server/spawnServer';

const browser = useChromium();
let dir = '';
let port = 0;
let server: { proc: ChildProcess; url: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'negoplan-e2e-sessions-'));
  port = await freePort();
  server = await spawnServer(join(dir, 's.db'), port, inject('distDir'));
});
afterAll(async () => {
  await killHard(server.proc);
  rmSync(dir, { recursive: true, force: true });
});

/** A page in a context of its own, recording the text of every socket frame it receives. */
async function devicePage(viewport = { width: 420, height: 820 }): Promise<{ page: Page; frames: string[] }> {
  const page = await (await browser().newContext({ viewport })).newPage();
  const frames: string[] = [];
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  return { page, frames };
}

const dialog = '[data-testid=decision-dialog]:not([hidden])';

/** The decision id the participant's dialog shows, or null. */
const shownDecision = (p: Page) => p.evaluate(() => {
  const d = document.querySelector<HTMLElement>('[data-testid=decision-dialog]:not([hidden])');
  return d ? Number(d.dataset.decision) : null;
});

/** Waits until one of `pages` shows a decision other than `after`; returns that page and the id. */
async function nextDecision(pages: Page[], after: number): Promise<{ page: Page; id: number }> {
  const end = Date.now() + 30_000;
  for (;;) {
    for (const page of pages) {
      const id = await shownDecision(page);
      if (id !== null && id > after) return { page, id };
    }
    if (Date.now() > end) throw new Error(`no decision after ${after}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a session across devices', () => {
  it('runs a facilitator and two participants, resumes a reload and a killed server, sends each only their seat, and exports what sim replay reproduces', async () => {
    const fac = await devicePage({ width: 1100, height: 1300 });
    await fac.page.goto(`${server.url}#console`);
    await fac.page.waitForFunction(() => document.querySelectorAll('[data-testid=c-scenario] option').length > 0);
    await fac.page.fill('[data-testid=c-human]', 'commercial,lanceur');
    await fac.page.fill('[data-testid=c-teams]', '1');
    await fac.page.fill('[data-testid=c-days]', '12');
    await fac.page.fill('[data-testid=c-decision-seconds]', '900'); // a limit this test never reaches: the dialog counts it down
    await fac.page.click('[data-testid=c-create]');
    await fac.page.waitForSelector('[data-testid=c-code]');
    const code = (await fac.page.textContent('[data-testid=c-code]'))!;
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(await fac.page.getAttribute('[data-testid=qr]', 'src')).toMatch(/^data:image\/svg\+xml/);
    const id = fac.page.url().split('#console=')[1];
    const token = await fac.page.evaluate((sid) => localStorage.getItem(`negoplan.v1.console.${sid}`), id);

    const com = await devicePage();
    const lan = await devicePage();
    for (const [p, name] of [[com, 'Ana'], [lan, 'Léo']] as const) {
      await p.page.goto(`${server.url}#join=${code}`);
      await p.page.fill('[data-testid=join-name]', name);
      await p.page.click('[data-testid=join-submit]');
      await p.page.waitForSelector('[data-testid=participant-seat]');
      await fac.page.waitForFunction((n) => document.querySelector('[data-testid=c-participants]')?.textContent?.includes(n), name);
    }
    // seat them from the console
    await fac.page.locator('[data-testid^=c-assign-]').nth(0).selectOption('0:commercial');
    await com.page.waitForFunction(() => document.querySelector('[data-testid=participant-seat]')?.textContent?.includes('commercial'));
    await fac.page.locator('[data-testid^=c-assign-]').nth(1).selectOption('0:lanceur');
    await lan.page.waitForFunction(() => document.querySelector('[data-testid=participant-seat]')?.textContent?.includes('lanceur'));
    await fac.page.click('[data-testid=c-start]');

    // play: each answers their own decisions (the commercial with the keyboard)
    const pages = [com.page, lan.page];
    let last = -1;
    const answeredBy = new Set<Page>();
    for (let k = 0; k < 30 && answeredBy.size < 2; k++) {
      const d = await nextDecision(pages, last);
      if (k === 0) {
        const left = Number((await d.page.textContent(`${dialog} [data-testid=decision-timer]`))!.match(/(\d+) s/)![1]);
        expect(left).toBeGreaterThan(800);
        expect(left).toBeLessThanOrEqual(900);
        await d.page.screenshot({ path: join(dir, 'countdown.png') });
      }
      if (d.page === com.page) {
        await com.page.focus(`${dialog} input[name=note]`);
        await com.page.keyboard.type('keyboard');
        await com.page.keyboard.press('Enter');
      } else await d.page.click(`${dialog} [data-testid=decision-answer]`);
      answeredBy.add(d.page);
      last = d.id;
    }
    expect(answeredBy.size).toBe(2);

    // a disruption for all teams from the console's control: a breakdown of etching from the next hour
    await fac.page.selectOption('[data-testid=c-dz-kind]', 'breakdown');
    await fac.page.selectOption('[data-testid=c-dz-station]', 'etching');
    await fac.page.fill('[data-testid=c-dz-hours]', '36');
    await fac.page.click('[data-testid=c-dz-give]');
    await fac.page.waitForSelector('[data-testid=c-dz-given] li:has-text("etching")');
    await fac.page.screenshot({ path: join(dir, 'console-disruption.png'), fullPage: true });

    // a message from the commercial to the lanceur, kept in the console's transcript too
    await com.page.fill('[data-testid=message-text]', 'Can you launch order 3 first?');
    await com.page.click('[data-testid=message-send]');
    await lan.page.waitForSelector('[data-testid=message]:has-text("Can you launch order 3 first?")');
    await fac.page.waitForSelector('[data-testid=c-messages] li:has-text("Can you launch order 3 first?")');
    // each line says when it was said, in the team's simulated time
    expect(await lan.page.textContent('[data-testid=message]')).toMatch(/^day \d+, \d\d:\d\d · commercial.* → lanceur: Can you launch order 3 first\?$/);
    expect(await fac.page.textContent('[data-testid=c-messages] li')).toMatch(/^Team 1 · day \d+, \d\d:\d\d · commercial/);

    // a reload comes back to the same decision
    const before = await nextDecision(pages, last);
    await before.page.reload();
    await before.page.waitForSelector(dialog);
    expect(await shownDecision(before.page)).toBe(before.id);

    // the server killed with SIGKILL and started again on the same database
    await killHard(server.proc);
    await before.page.waitForSelector('[data-testid=participant-alert]:has-text("Connection lost")');
    server = await spawnServer(join(dir, 's.db'), port, inject('distDir'));
    await before.page.waitForFunction(() => !document.querySelector('[data-testid=participant-alert]')?.textContent);
    expect(await shownDecision(before.page)).toBe(before.id);
    await before.page.click(`${dialog} [data-testid=decision-answer]`);
    last = (await nextDecision(pages, before.id)).id;

    // hand both seats back to automatic, wait for the end, export, replay in Node
    const call = (path: string, body?: unknown) =>
      fetch(`${server.url}api/sessions/${id}${path}`, { method: body ? 'POST' : 'GET', headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }).then((r) => r.json());
    await call('/seats', { seat: 'commercial', mode: 'auto' });
    await call('/seats', { seat: 'lanceur', mode: 'auto' });
    for (let k = 0; k < 300 && !(await call('')).figures[0].finished; k++) await new Promise((r) => setTimeout(r, 100));
    const exported = await call('/export?team=0');
    expect(exported.decisions.filter((d: { via: string }) => d.via === 'person').length).toBeGreaterThanOrEqual(3);
    expect(exported.decisions.some((d: { note?: string }) => d.note === 'keyboard')).toBe(true);
    expect(exported.disruptions).toEqual([expect.objectContaining({ kind: 'breakdown', station: 'etching', durationHours: 36 })]);
    const file = join(dir, 'team1.json');
    writeFileSync(file, JSON.stringify(exported));
    const replay = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'replay', file, '--json'], { encoding: 'utf8' });
    expect(replay.status, replay.stderr).toBe(0);
    expect(JSON.parse(replay.stdout).replay).toEqual({ decisions: exported.decisions.length, identical: true });

    // each participant's frames held their own seat's decisions only, never the run's state
    expect(com.frames.some((f) => f.includes('"kind":"commercial.'))).toBe(true);
    expect(lan.frames.some((f) => f.includes('"kind":"lanceur.'))).toBe(true);
    for (const f of com.frames) expect(f).not.toMatch(/"kind":"(lanceur|client|fabrication)\.|"seat":"lanceur"/);
    for (const f of lan.frames) expect(f).not.toMatch(/"kind":"(commercial|client|fabrication)\.|"seat":"commercial"/);
    for (const f of [...com.frames, ...lan.frames]) expect(f).not.toMatch(/"(traceDigest|transcript|streams|queue|facilitatorPending|figures)":/);

    // the facilitator ends: every participant's page shows the debrief (public to the session from now on)
    await fac.page.click('[data-testid=c-end]');
    for (const p of pages) {
      await p.waitForSelector('[data-testid=debrief] [data-testid=ranking] tr:nth-child(2)');
      expect(await p.textContent('[data-testid=debrief] [data-testid=decisions]')).toContain('commercial.');
    }
    await com.page.screenshot({ path: join(dir, 'debrief.png') });
  }, 240_000);
});
