import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, useChromium } from './page';
import { parseSession } from '../../src/ui/views/roleplay/sessionStore';
import { replaySession } from '../../src/session/replay';
import { dialog, openTrainer, savedSession } from './roleplayHelpers';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

describe('role-play', () => {
  it('plays the commercial with the keyboard; a reload resumes with its answers; the export replays identically', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial');
    await page.waitForSelector(dialog);
    const name = await page.getAttribute(dialog, 'aria-labelledby');
    const title = await page.textContent(`#${name}`);
    expect(title).toMatch(/^Promise a date — order \d{4}$/);
    expect(await page.getByRole('dialog', { name: /Promise a date/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.isVisible(dialog)).toBe(true);
    // a wrong answer shows the desk's refusal and the decision stays
    const first = await page.textContent(`#${name}`);
    await page.fill(`${dialog} input[name=day]`, '');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-testid=decision-error]')).toMatch(/day/);
    expect(await page.textContent(`#${name}`)).toBe(first);
    const suggested: number[] = [];
    for (let k = 0; k < 3; k++) {
      const before = await page.textContent(`#${name}`);
      const day = Number(await page.inputValue(`${dialog} input[name=day]`));
      suggested.push(day + 1);
      await page.fill(`${dialog} input[name=day]`, String(day + 1));
      await page.fill(`${dialog} input[name=note]`, `note ${k}`);
      await page.focus(`${dialog} input[name=day]`);
      await page.keyboard.press('Enter');
      // the run goes on by itself once playing; it was not when the first dialogs came (at opening)
      await page.waitForFunction(([sel, b]) => { const t = document.querySelector(sel as string); return !t || t.textContent !== b; }, [`#${name}`, before]);
      if (!(await page.isVisible(dialog))) {
        // press Play only when paused: the run may already go on by itself to the next decision
        if ((await page.textContent('[data-testid=play]'))?.includes('▶')) await page.click('[data-testid=play]');
        await page.waitForSelector(dialog);
      }
    }
    const session = await savedSession(page);
    expect(session.decisions.map((d) => (d.answer as { day: number }).day)).toEqual(suggested);
    expect(session.decisions.map((d) => d.note)).toEqual(['note 0', 'note 1', 'note 2']);
    expect(session.decisions.every((d) => d.via === 'person' && typeof d.seconds === 'number')).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'negoplan-dialog-commercial.png') });
    const pendingTitle = await page.textContent(`#${name}`);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForSelector(dialog);
    expect(await page.textContent(`#${name}`)).toBe(pendingTitle);
    expect((await savedSession(page)).decisions.length).toBe(3);
    // export → sim replay in Node (the trainer's controls are folded while people play)
    await openTrainer(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export session' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'negoplan-session-')), 'session.json');
    await download.saveAs(file);
    const exported = parseSession(readFileSync(file, 'utf8'));
    if (typeof exported === 'string') throw new Error(exported);
    expect(exported.decisions.length).toBe(3);
    expect(replaySession(exported).identical).toBe(true);
    const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'replay', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).replay).toMatchObject({ decisions: 3, identical: true });
    await page.close();
  }, 120_000);

  it("a played client's dialog shows only its own orders", async () => {
    const scenario = JSON.parse(readFileSync('scenarios/equipementier-auto.json', 'utf8')) as { clients: { id: string }[] };
    const me = 'CM1';
    const page = await openApp(chromium(), baseUrl, `s=equipementier-auto&seed=3&play=${me}`);
    await page.waitForSelector(dialog, { timeout: 60_000 });
    expect(await page.textContent('#rp-title')).toMatch(/^Ask a change — order \d{4}$/);
    const view = JSON.parse((await page.textContent('[data-testid=decision-view]')) ?? 'null');
    const text = JSON.stringify(view);
    for (const c of scenario.clients) if (c.id !== me) expect(text).not.toContain(`"${c.id}"`);
    await page.screenshot({ path: join(tmpdir(), 'negoplan-dialog-client.png') });
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    await page.close();
  }, 120_000);

  it('refuses an unknown seat with the link message', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=boss');
    expect(await page.textContent('[data-testid=message]')).toMatch(/This link cannot be opened[\s\S]*play: "boss"/);
    await page.close();
  }, 60_000);
});
