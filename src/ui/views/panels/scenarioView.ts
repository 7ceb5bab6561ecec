/**
 * The scenario panel: pick a bundled scenario, load one from disk (validated by the same
 * loader as the CLI; a refused file leaves the current run alone), edit the seed, copy a
 * link that reopens this run exactly (scenario, seed, levers, interventions, day), and, at
 * the end of the run, its trace digest: the one `sim run --json` prints for it.
 */
import { loadScenario } from '../../../scenario/load';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { scenarioDescription, scenarioName } from '../../i18n/scenarioText';
import { bundledNames } from '../../model/scenarios';
import { encodeSettings } from '../../model/settings';
import { bdi, isolate } from '../../i18n/bidi';
import { MAX_SEED } from '../../model/settings';

/** The seed typed in `text`, or why it is refused (empty, not an integer, out of 0 … MAX_SEED). Pure. */
export function parseSeed(text: string): number | string {
  const s = text.trim();
  if (s === '') return t('seed.empty');
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n > MAX_SEED) return `${t('seed.bad')} "${s}"`;
  return n;
}

/** The scenario view. */
export class ScenarioView implements View {
  private readonly pick = el('select', { id: 'scenario-pick', 'data-testid': 'scenario-pick' });
  private readonly file = el('input', { id: 'scenario-file', type: 'file', accept: '.json,application/json', 'data-testid': 'scenario-file' });
  private readonly seed = el('input', { id: 'scenario-seed', type: 'number', min: '0', max: String(MAX_SEED), step: '1', required: '', inputmode: 'numeric', 'data-testid': 'seed', class: 'w-110' });
  private readonly runSeed = el('button', { 'data-testid': 'seed-apply' });
  private readonly share = el('button', { 'data-testid': 'share' });
  private readonly link = el('input', { type: 'text', readonly: '', 'data-testid': 'share-link', class: 'w-full', 'data-i18n-label': 'scenario.linkName' });
  private readonly desc = el('p', { class: 'desc' });
  private readonly digest = el('code', { 'data-testid': 'trace-digest', id: 'trace-digest' });
  private readonly labels = { pick: el('label', { for: 'scenario-pick' }), load: el('label', { for: 'scenario-file' }), seed: el('label', { for: 'scenario-seed' }), digest: el('span', { 'data-testid': 'trace-digest-label' }), desc: el('h2') };

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.pick.oninput = () => ctx.start({ scenario: this.pick.value, seed: NaN, levers: {}, interventions: [] });
    this.file.onchange = () => void this.loadFile();
    this.runSeed.onclick = () => {
      const seed = parseSeed(this.seed.value);
      if (typeof seed === 'string') {
        this.seed.setAttribute('aria-invalid', 'true');
        ctx.notify(`${t('scenario.refused')}: ${seed}`, 'error');
        return;
      }
      this.seed.removeAttribute('aria-invalid');
      ctx.start({ ...ctx.settings, seed, day: undefined });
    };
    this.share.onclick = () => this.copyLink();
    host.append(
      el('div', { class: 'scenario-form' }, this.labels.pick, this.pick, this.labels.load, this.file, this.labels.seed, el('div', {}, this.seed, ' ', this.runSeed), el('span'), el('div', {}, this.share), el('span'), this.link, this.labels.digest, this.digest),
      this.labels.desc,
      this.desc,
    );
  }

  private async loadFile(): Promise<void> {
    const f = this.file.files?.[0];
    if (!f) return;
    const text = await f.text();
    this.file.value = '';
    try {
      const s = loadScenario(text, f.name);
      this.ctx.start({ scenario: `file:${f.name}`, file: text, seed: s.seed, levers: {}, interventions: [] }, `${t('scenario.loaded')}: ${f.name}`);
    } catch (e) {
      this.ctx.notify(`${t('msg.badFile')}\n${(e as Error).message}`, 'error');
    }
  }

  private copyLink(): void {
    const { time: _, ...settings } = this.ctx.settings;
    const hash = encodeSettings({ ...settings, ...this.ctx.engine.moment, speed: this.ctx.speed });
    const url = `${location.href.replace(/#.*$/, '')}#${hash}`;
    history.replaceState(null, '', `#${hash}`);
    this.link.value = url;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    this.ctx.notify(t('scenario.shared'), 'info');
  }

  reset(): void {
    const s = this.ctx.settings;
    const names = bundledNames();
    this.pick.replaceChildren(...names.map((n) => el('option', { value: n }, n)), ...(s.scenario.startsWith('file:') ? [el('option', { value: s.scenario }, isolate(s.scenario.slice(5)))] : []));
    this.pick.value = s.scenario;
    this.seed.value = String(s.seed);
    this.link.value = '';
    this.relabel();
  }

  update(): void {
    const digest = this.ctx.engine.traceDigest;
    this.digest.textContent = digest ?? t('scenario.digestPending');
    this.digest.className = digest ? 'digest' : 'digest pending';
  }

  relabel(): void {
    this.labels.pick.textContent = t('scenario.pick');
    this.labels.load.textContent = t('scenario.load');
    this.labels.seed.textContent = t('scenario.seed');
    this.labels.desc.textContent = t('scenario.description');
    this.labels.digest.textContent = t('scenario.traceDigest');
    this.runSeed.textContent = t('scenario.applySeed');
    this.share.textContent = t('scenario.share');
    const sc = this.ctx.engine.sim.scenario;
    this.desc.replaceChildren(bdi(scenarioName(sc, language()), { 'data-testid': 'scenario-desc-name' }), '. ', bdi(scenarioDescription(sc, language())));
    this.update();
  }
}
