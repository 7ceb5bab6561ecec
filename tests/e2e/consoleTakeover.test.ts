/**
 * The console lists every decision waiting at the seats the facilitator took over (one per
 * team here) by their title and number, in English and French, shows the chosen one in the page's
 * dialog, and answers that one; it lists the disruptions given by their start.
 */
import { describe, expect, it } from 'vitest';
import { useChromium } from './page';
import { useSessionsServer } from './sessionsServer';

const browser = useChromium();
const serverUrl = useSessionsServer('takeover');

describe("the console's decisions taken over", () => {
  it('lists one waiting decision per team, shows the chosen one, and answers it', async () => {
    const api = (path: string, token: string | null, body?: unknown) =>
      fetch(`${serverUrl()}api/sessions${path}`, { method: body ? 'POST' : 'GET', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }).then((r) => r.json());
    const made = await api('', null, { scenario: 'terssac-circuits', seed: 3, human: ['commercial'], teams: 3, days: 20 });
    const token = made.facilitatorToken as string;
    await api(`/${made.id}/seats`, token, { seat: 'commercial', mode: 'facilitator' });
    await api(`/${made.id}/start`, token, {});
    // disruptions given out of order: the console lists them by their start, then the order given
    for (const d of [
      { kind: 'weather', day: 10, hour: 5, durationHours: 4 },
      { kind: 'breakdown', station: 'etching', day: 3, hour: 12, durationHours: 6 },
      { kind: 'transport', day: 3, hour: 2, durationHours: 8 },
      { kind: 'weather', day: 3, hour: 12, durationHours: 2 },
    ])
      expect((await api(`/${made.id}/disruptions`, token, d)).disruption).toMatchObject(d);
    const page = await (await browser().newContext({ viewport: { width: 1100, height: 1300 } })).newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.addInitScript(([id, t]) => localStorage.setItem(`negoplan.v1.console.${id}`, t), [made.id, token]);
    await page.goto(`${serverUrl()}#console=${made.id}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=c-waiting-row]').length === 3);
    // the first is shown; choose team 2's
    expect(await page.textContent('[data-testid=c-waiting-row][aria-current=true] td')).toBe('1');
    // each row names its decision by the dialog's title and its number
    expect(await page.locator('[data-testid=c-waiting-row] td:nth-child(3)').allTextContents()).toEqual(['Promise a date #0', 'Promise a date #0', 'Promise a date #0']);
    // The teams' figures name the waiting decision by its title too, not its kind.
    await page.waitForFunction(() => document.querySelector('[data-testid=c-figures]')?.textContent?.includes('Promise a date'));
    expect(await page.textContent('[data-testid=c-figures]')).not.toContain('commercial.promise');
    expect(await page.locator('[data-testid=c-dz-given] li').allTextContents()).toEqual([
      'transport stoppage (shipments held) · day 3, 2 h, for 8 h',
      'breakdown of a station · etching · day 3, 12 h, for 6 h',
      'weather (shipments held, the plant stopped) · day 3, 12 h, for 2 h',
      'weather (shipments held, the plant stopped) · day 10, 5 h, for 4 h',
    ]);
    await page.click('[data-testid^=c-waiting-1-]');
    await page.waitForFunction(() => document.querySelector('[data-testid=c-waiting-row][aria-current=true] td')?.textContent === '2');
    await page.fill('[data-testid=decision-dialog] input[name=note]', 'team two');
    await page.click('[data-testid=decision-dialog] [data-testid=decision-answer]');
    const decided = async (): Promise<number[]> => (await api(`/${made.id}`, token)).figures.map((f: { decisions: number }) => f.decisions);
    for (let k = 0; k < 50 && (await decided())[1] === 0; k++) await new Promise((r) => setTimeout(r, 100));
    expect(await decided()).toEqual([0, 1, 0]);
    const exported = await api(`/${made.id}/export?team=1`, token);
    expect(exported.decisions[0]).toMatchObject({ note: 'team two', via: 'person' });
    // team 2 waits at its next decision; all three are listed again
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=c-waiting-row]')].some((r) => r.textContent?.includes('#1')));
    expect(await page.locator('[data-testid=c-waiting-row]').count()).toBe(3);
    // in French, the same titles in French
    const fr = await (await browser().newContext({ viewport: { width: 1100, height: 1300 } })).newPage();
    await fr.addInitScript(([id, t]) => {
      localStorage.setItem(`negoplan.v1.console.${id}`, t);
      localStorage.setItem('negoplan.v1.sessions.lang', 'fr');
    }, [made.id, token]);
    await fr.goto(`${serverUrl()}#console=${made.id}`);
    await fr.waitForFunction(() => document.querySelectorAll('[data-testid=c-waiting-row]').length === 3);
    expect(await fr.locator('[data-testid=c-waiting-row] td:nth-child(3)').allTextContents()).toEqual(['Promettre une date #0', 'Promettre une date #1', 'Promettre une date #0']);
    expect(await fr.locator('[data-testid=c-dz-given] li').first().textContent()).toBe('arrêt des transports (expéditions retenues) · jour 3, 2 h, pendant 8 h');
  }, 120_000);
});
