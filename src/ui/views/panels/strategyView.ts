/**
 * The strategy panel: the levers of the current run; apply either restarts the run from day 0
 * with the new levers, or branches it from the next day boundary (journal interventions on the
 * same seed), keeping what was already shown. Lists the interventions of the run.
 */
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { t, tl } from '../../i18n/i18n';
import { changedLevers, leverValues } from '../../model/levers';
import { baseScenario } from '../../model/runSpec';
import { LeverForm } from './leverForm';

/** The strategy view. */
export class StrategyView implements View {
  private readonly form = new LeverForm('lever');
  private readonly buttons = el('div', { class: 'actions' });
  private readonly interventions = el('div', { 'data-testid': 'interventions' });

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    host.append(this.form.element, this.buttons, this.interventions);
  }

  reset(): void {
    const sim = this.ctx.engine.sim;
    this.form.set(sim.scenario, leverValues(sim.scenario));
    this.relabel();
  }

  private restart(): void {
    const s = this.ctx.settings;
    const levers = changedLevers(leverValues(baseScenario(s)), this.form.values());
    this.ctx.start({ ...s, levers, interventions: [], day: this.ctx.engine.day });
  }

  private branch(): void {
    const s = this.ctx.settings;
    const e = this.ctx.engine;
    const day = Math.ceil(e.time / 24);
    const changed = changedLevers(leverValues(e.sim.scenario), this.form.values());
    const added = Object.entries(changed).map(([path, value]) => ({ day, path, value }));
    if (!added.length) return;
    this.ctx.start({ ...s, interventions: [...s.interventions, ...added], day: e.day });
  }

  update(): void {}

  relabel(): void {
    const b = (key: Parameters<typeof t>[0], id: string, f: () => void, primary = false) => {
      const btn = el('button', { 'data-testid': id, ...(primary ? { class: 'primary' } : {}) }, t(key));
      btn.onclick = f;
      return btn;
    };
    this.buttons.replaceChildren(
      b('strategy.apply', 'apply-restart', () => this.restart(), true),
      b('strategy.branch', 'apply-branch', () => this.branch()),
      b('strategy.reset', 'apply-reset', () => this.ctx.start({ ...this.ctx.settings, levers: {}, interventions: [], day: undefined })),
    );
    const ivs = this.ctx.settings.interventions;
    this.interventions.replaceChildren(
      el('h2', {}, t('strategy.interventions')),
      ...(ivs.length ? ivs.map((iv) => el('div', {}, `${t('time.day.label')} ${iv.day}: ${tl(iv.path)} = ${JSON.stringify(iv.value)}`)) : [el('div', { class: 'legend-note' }, '–')]),
    );
    this.form.render();
  }
}
