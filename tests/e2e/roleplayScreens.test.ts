import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, useChromium } from './page';
import { dialog, nextDecision, openTrainer, savedSession } from './roleplayHelpers';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const title = () => '#rp-title';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(tmpdir(), `negoplan-${name}.png`) });
}

describe('role-play: the board, the hot seat, the time limit, the screen of a role', () => {
  it("plays the lanceur: holds the automatic plan's launch and moves a date; the run does it", async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto-coproducer&seed=3&play=lanceur', { width: 1280, height: 800 });
    await page.waitForSelector('[data-testid=plan-board]');
    expect(await page.textContent(title())).toBe("The day's plan");
    const rows = await page.$$eval('[data-testid=plan-board] select', (ss) => ss.map((s) => ({ order: Number((s as HTMLSelectElement).dataset.order), choice: (s as HTMLSelectElement).value })));
    const launched = rows.filter((r) => r.choice === 'launch' || r.choice === 'reserve');
    expect(launched.length).toBeGreaterThan(0); // the board starts from the automatic plan
    const held = launched[0].order;
    const moved = rows.find((r) => r.order !== held)!.order;
    const before = (await page.textContent('[data-testid=board-today]')) ?? '';
    await page.selectOption(`[data-testid=plan-board] select[data-order="${held}"]`, 'hold');
    expect(await page.textContent('[data-testid=board-today]')).not.toBe(before); // the load shows the change
    const day = Number(await page.inputValue(`[data-testid=plan-board] input[data-order="${moved}"]`));
    await page.fill(`[data-testid=plan-board] input[data-order="${moved}"]`, String(day + 4));
    await shot(page, 'dialog-lanceur-board');
    await page.click('[data-testid=decision-answer]');
    await page.waitForSelector(dialog, { state: 'hidden' });
    const d = (await savedSession(page)).decisions[0];
    const answer = d.answer as { launches: { order: number }[]; moves: { order: number; from: number; to: number; reason: string }[] };
    expect(answer.launches.some((l) => l.order === held)).toBe(false);
    expect(answer.moves).toContainEqual({ order: moved, from: day, to: day + 4, reason: 'load above the norm' });
    // the run did it: the transcript tells the date moved, and no launch of the held order
    await page.click('[data-testid=tab-transcript]');
    const text = ((await page.textContent('[data-testid=transcript-list]')) ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(text).toContain(`order ${String(moved).padStart(4, '0')} · the lanceur postpones the promised date from day ${day} to day ${day + 4}`);
    expect(text).not.toMatch(new RegExp(`order ${String(held).padStart(4, '0')} · the lanceur launches`));
    // the agents' state: the lanceur sees its own machine, no client's trust; revealed, every machine
    const agents = () => page.$$eval('[data-testid=agents-state] tr[data-agent]', (rows) => rows.map((r) => `${(r as HTMLElement).dataset.agent}:${(r as HTMLElement).dataset.state}`));
    expect(await agents()).toEqual([expect.stringMatching(/^lanceur:(levelling|catchingUp)$/)]);
    expect(await page.textContent('[data-testid=agents-state] tr[data-agent=lanceur]')).toMatch(/days catching up \d+/);
    await openTrainer(page);
    await page.check('[data-testid=reveal-all]');
    expect((await agents()).map((a) => a.split(':')[0])).toEqual(['commercial', 'lanceur', 'CM1', 'CM2']);
    expect(await page.textContent('[data-testid=agents-state]')).toMatch(/Trust \d+%/);
    await page.close();
  }, 120_000);

  it('a client and the lanceur at one screen negotiate a change with a counter-offer, each after a turn card', async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto-coproducer&seed=3&play=lanceur,CM1', { width: 1280, height: 800 });
    await page.waitForSelector(dialog);
    // several seats: suggestions are off unless the trainer turns them on
    expect(await page.isChecked('[data-testid=suggestions]')).toBe(false);
    await openTrainer(page);
    await page.check('[data-testid=suggestions]');
    await page.click('[data-testid=trainer]'); // fold it again
    const seen: string[] = [];
    let counterQuantity = 0;
    for (let k = 0; k < 40; k++) {
      // the card says whose turn it is before anything of the decision shows
      await page.waitForSelector('[data-testid=turn-card]');
      expect(await page.$('[data-testid=decision-summary]')).toBeNull();
      const who = (await page.textContent(title())) ?? '';
      await page.click('[data-testid=turn-show]');
      const name = (await page.textContent(title())) ?? '';
      seen.push(`${who} | ${name}`);
      if (name.startsWith('Ask a change')) {
        expect(who).toBe('Turn of CM1');
        await page.check(`${dialog} input[name=ask][value=volume]`);
        const q = Number(await page.inputValue(`${dialog} input[name=quantity]`));
        await page.fill(`${dialog} input[name=quantity]`, String(Math.round(q * 1.5)));
        await page.fill(`${dialog} input[name=note]`, 'our line needs more');
        await shot(page, 'dialog-client-ask');
        await page.click('[data-testid=decision-answer]');
      } else if (name.startsWith('Answer a change request')) {
        expect(who).toBe('Turn of lanceur');
        await page.check(`${dialog} input[name=verdict][value=counter]`);
        counterQuantity = Number(await page.inputValue(`${dialog} input[name=quantity]`)) - 20;
        await page.fill(`${dialog} input[name=quantity]`, String(counterQuantity));
        await shot(page, 'dialog-lanceur-change');
        await page.click('[data-testid=decision-answer]');
      } else if (name.startsWith('Answer a counter-offer')) {
        expect(who).toBe('Turn of CM1');
        expect(await page.textContent('[data-testid=decision-summary]')).toContain(`Quantity ${counterQuantity}`);
        await shot(page, 'dialog-client-counter');
        await page.check(`${dialog} input[name=accept][value=yes]`);
        await page.click('[data-testid=decision-answer]');
        break;
      } else {
        await page.click('[data-testid=use-suggestion]');
      }
      await nextDecision(page, null);
    }
    const s = await savedSession(page);
    const kinds = s.decisions.map((d) => d.kind);
    expect(kinds.slice(-3)).toEqual(['client.requestChange', 'lanceur.answerChange', 'client.answerCounter']);
    const [ask, verdict, reply] = s.decisions.slice(-3);
    expect(ask).toMatchObject({ agent: 'CM1', via: 'person', note: 'our line needs more' });
    expect(verdict.answer).toMatchObject({ verdict: 'counter', terms: { quantity: counterQuantity } });
    expect(reply.answer).toEqual({ accept: true });
    // the run took the counter (and may have gone on to the next decision): revealed, the transcript says so
    await openTrainer(page);
    await page.check('[data-testid=reveal-all]');
    await page.click('[data-testid=tab-transcript]');
    await page.waitForFunction(() => document.querySelector('[data-testid=transcript-list]')?.textContent?.replace(/[\u2066-\u2069]/g, '').includes('client CM1 accepts the counter-offer'));
    await page.close();
  }, 240_000);

  it('a consulting commercial asks the lanceur first: its day shows only once asked', async () => {
    const page = await openApp(chromium(), baseUrl, 's=equipementier-auto-coproducer&seed=3&play=commercial');
    await page.waitForSelector(dialog);
    expect(await page.textContent(title())).toMatch(/^Promise a date — order \d{4}$/);
    expect(await page.isVisible('[data-testid=lanceur-says]')).toBe(false);
    expect(await page.textContent('[data-testid=decision-view]')).not.toContain('lanceurDeliveryDay');
    await page.click('[data-testid=ask-lanceur]');
    const said = (await page.textContent('[data-testid=lanceur-says]')) ?? '';
    const view = JSON.parse((await page.textContent('[data-testid=decision-view]')) ?? '{}') as { lanceurDeliveryDay: number };
    expect(said).toContain(`The lanceur's plan delivers on day ${view.lanceurDeliveryDay}`);
    await page.close();
  }, 120_000);

  it('at the time limit the suggestion is taken and the journal says so', async () => {
    const page = await openApp(chromium(), baseUrl, 's=terssac-circuits&seed=3&play=commercial');
    await page.waitForSelector(dialog);
    await openTrainer(page);
    await page.fill('[data-testid=time-limit]', '2');
    await page.dispatchEvent('[data-testid=time-limit]', 'change');
    await page.waitForSelector('[data-testid=decision-timer]');
    const suggested = await page.evaluate(() => JSON.parse(localStorage.getItem('negoplan.session.v1')!).trainer);
    expect(suggested).toMatchObject({ timeLimitSeconds: 2 });
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('negoplan.session.v1') ?? '{"decisions":[]}').decisions.length > 0, null, { timeout: 20_000 });
    const s = await savedSession(page);
    expect(s.decisions[0].via).toBe('timeout');
    expect(s.decisions[0].answer).toEqual(s.decisions[0].suggestion);
    expect(s.decisions[0].seconds).toBeGreaterThanOrEqual(1.9);
    expect(s.trainer).toMatchObject({ timeLimitSeconds: 2 });
    await page.close();
  }, 120_000);

  it("a played client's screen holds no other client's id, in the DOM text and the workshop's table; reveal all shows them", async () => {
    const scenario = JSON.parse(readFileSync('scenarios/equipementier-auto.json', 'utf8')) as { clients: { id: string }[] };
    const me = 'CM1';
    const others = scenario.clients.map((c) => c.id).filter((id) => id !== me);
    const page = await openApp(chromium(), baseUrl, `s=equipementier-auto&seed=3&play=${me}`, { width: 1280, height: 800 });
    // answer its decisions until one shows, then look at the whole screen behind and in the dialog
    for (let k = 0; k < 3; k++) {
      await page.waitForSelector(dialog, { timeout: 60_000 });
      const text = await page.evaluate(() => document.body.innerText);
      const table = (await page.textContent('[data-testid=workshop-table]')) ?? '';
      for (const id of others) {
        expect(text, `the screen shows ${id}`).not.toMatch(new RegExp(`\\b${id}\\b`));
        if (await page.isVisible('[data-testid=panel-workshop]')) expect(table).not.toMatch(new RegExp(`\\b${id}\\b`));
      }
      expect(await page.isVisible('[data-testid=tab-workshop]')).toBe(false);
      expect(await page.isVisible('[data-testid=kpi]')).toBe(false);
      expect(await page.textContent('[data-testid=seat-view]')).toContain(me);
      if (k === 0) await shot(page, 'dialog-client-screen');
      const before = await page.textContent(title());
      await page.click('[data-testid=use-suggestion]');
      await nextDecision(page, before);
    }
    await openTrainer(page);
    await page.check('[data-testid=reveal-all]');
    await page.click('[data-testid=tab-workshop]');
    expect(await page.textContent('[data-testid=workshop-table]')).toContain(others[0]);
    await page.close();
  }, 180_000);
});
