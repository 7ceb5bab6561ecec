/**
 * A participant's earlier messages in Chromium: the page gets their last 50 at once, a button
 * says how many came before, and asks the server for them page by page, each shown in its
 * place (oldest first).
 */
import { describe, expect, it } from 'vitest';
import { useChromium } from './page';
import { useSessionsServer } from './sessionsServer';
import { connect } from '../server/socketClient';

const browser = useChromium();
const serverUrl = useSessionsServer('earlier');

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${serverUrl()}api/sessions${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());

describe("a participant's earlier messages", () => {
  it('come page by page when asked, in their place', async () => {
    const s = await post('', { scenario: 'terssac-circuits', seed: 3, human: ['commercial', 'lanceur'], teams: 1, days: 15 });
    const invite = async (role: string, name: string) => (await post(`/${s.id}/invites`, { role, team: 0, name }, s.facilitatorToken)).url.split('#invite=')[1] as string;
    const com = await invite('commercial', 'Ana');
    const lan = await invite('lanceur', 'Léo');
    // 57 messages from the lanceur, five a connection (the sockets' rate limit)
    for (let c = 0, i = 0; i < 57; c++) {
      const sender = await connect(serverUrl(), { token: lan });
      for (let k = 0; k < 5 && i < 57; k++, i++) expect(await sender.emit('message', { to: 'commercial', text: `note ${i}` })).toMatchObject({ ok: true });
      sender.close();
    }
    const page = await (await browser().newContext({ viewport: { width: 420, height: 820 } })).newPage();
    await page.goto(`${serverUrl()}#invite=${com}`);
    await page.waitForSelector('[data-testid=message]:has-text("note 56")');
    const texts = () => page.$$eval('[data-testid=message]', (items) => items.map((li) => li.textContent!.replace(/^.*: /, '')));
    expect(await texts()).toEqual(Array.from({ length: 50 }, (_, i) => `note ${7 + i}`));
    // the list (a scrolling box) shows its latest message
    const inView = (text: string) =>
      page.evaluate((t) => {
        const list = document.querySelector('.ss-messages')!.getBoundingClientRect();
        const item = [...document.querySelectorAll('[data-testid=message]')].find((li) => li.textContent!.endsWith(`: ${t}`))!.getBoundingClientRect();
        return item.top >= list.top - 1 && item.bottom <= list.bottom + 1;
      }, text);
    expect(await inView('note 56')).toBe(true);
    expect(await inView('note 7')).toBe(false);
    const more = page.locator('[data-testid=messages-earlier]');
    expect(await more.textContent()).toBe('Earlier messages (7)');
    await more.click();
    await page.waitForSelector('[data-testid=message]:has-text("note 0")');
    expect(await texts()).toEqual(Array.from({ length: 57 }, (_, i) => `note ${i}`));
    expect(await more.isHidden()).toBe(true);
    expect(await inView('note 0')).toBe(true);
    await page.context().close();
  });
});
