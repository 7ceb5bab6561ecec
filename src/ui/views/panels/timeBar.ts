/**
 * The time bar: play / pause, next event, next day, next week, the speed (one day per second
 * to 120 days per second, on a log scale) and the scrubber over every day of the run, with
 * the displayed day and clock. It only sends commands to the {@link Clock}.
 */
import type { Clock } from '../../app/clock';
import { el } from '../../app/shell';
import { applyLabels, t } from '../../i18n/i18n';
import type { View } from '../../app/context';

/** Speeds offered, in simulated days per wall-clock second. */
export const MIN_SPEED = 1;
export const MAX_SPEED = 120;

/** The slider position (0–100) for a speed, and back. */
export function speedToSlider(v: number): number {
  return (100 * Math.log(v / MIN_SPEED)) / Math.log(MAX_SPEED / MIN_SPEED);
}
export function sliderToSpeed(x: number): number {
  return Math.round(MIN_SPEED * (MAX_SPEED / MIN_SPEED) ** (x / 100) * 10) / 10;
}

/** The time bar view. */
export class TimeBar implements View {
  private readonly play = el('button', { 'data-testid': 'play', class: 'primary' });
  private readonly scrub = el('input', { type: 'range', class: 'scrub', min: '0', step: '1', 'data-testid': 'scrubber', 'data-i18n-label': 'time.scrubName' });
  private readonly speed = el('input', { type: 'range', class: 'speed', min: '0', max: '100', step: '1', 'data-testid': 'speed', 'data-i18n-label': 'time.speedName' });
  private readonly speedLabel = el('span', { 'data-testid': 'speed-label' });
  private readonly day = el('span', { class: 'day', 'data-testid': 'day' });

  constructor(
    host: HTMLElement,
    private readonly clock: Clock,
  ) {
    const step = (id: string, key: string, f: () => void) => {
      const b = el('button', { 'data-testid': id, 'data-i18n-title': key });
      const mark = id === 'step-event' ? '▶|' : id === 'step-day' ? '+1d' : '+7d';
      // the visible mark, then its meaning: the accessible name contains the visible text (WCAG 2.5.3)
      b.append(el('span', id === 'step-event' ? { 'aria-hidden': 'true' } : {}, mark), el('span', { class: 'sr-only', 'data-i18n': key }));
      b.onclick = f;
      return b;
    };
    this.play.onclick = () => clock.toggle();
    this.scrub.oninput = () => clock.seekDay(Number(this.scrub.value));
    this.speed.oninput = () => clock.setSpeed(sliderToSpeed(Number(this.speed.value)));
    host.append(
      this.play,
      step('step-event', 'time.event', () => clock.stepEvent()),
      step('step-day', 'time.day', () => clock.stepDays(1)),
      step('step-week', 'time.week', () => clock.stepDays(7)),
      el('span', { class: 'speed-box' }, el('span', { 'data-i18n': 'time.speed', 'aria-hidden': 'true' }), this.speed, this.speedLabel),
      this.scrub,
      this.day,
    );
    this.relabel();
  }

  update(): void {
    const e = this.clock.engine;
    this.scrub.max = String(e.sim.days - 1);
    if (document.activeElement !== this.scrub) this.scrub.value = String(e.day);
    const hh = e.time - e.day * 24;
    const clockText = `${String(Math.floor(hh)).padStart(2, '0')}:${String(Math.floor((hh % 1) * 60)).padStart(2, '0')}`;
    const warm = e.day < e.sim.scenario.warmupDays ? ` (${t('time.warmup')})` : '';
    this.day.textContent = `${t('time.day.label')} ${e.day} / ${e.sim.days - 1} · ${clockText}${warm}`;
    this.play.textContent = this.clock.playing ? `⏸ ${t('time.pause')}` : `▶ ${t('time.play')}`;
    this.speed.value = String(speedToSlider(this.clock.speed));
    this.speedLabel.textContent = `${this.clock.speed} ${t('time.daysPerSecond')}`;
    this.speed.setAttribute('aria-valuetext', this.speedLabel.textContent);
    this.scrub.setAttribute('aria-valuetext', this.day.textContent);
  }

  relabel(): void {
    applyLabels(this.play.parentElement ?? document);
    this.update();
  }
}
