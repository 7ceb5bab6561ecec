/**
 * The record filters shared by the transcript and the plan: agent, client and order pickers.
 * Reads the choices from the run; calls `changed` with a {@link RecordFilter}.
 */
import type { Simulation } from '../../../simulation/simulation';
import { el } from '../../app/shell';
import { language, t } from '../../i18n/i18n';
import { agentName } from '../../i18n/transcript';
import type { RecordFilter } from '../../model/history';
import { isolate } from '../../i18n/bidi';

/** The filter controls. `agents` false hides the agent picker. */
export class Filters {
  readonly element = el('div', { class: 'filters' });
  private readonly agent = el('select', { 'data-testid': 'filter-agent' });
  private readonly client = el('select', { 'data-testid': 'filter-client' });
  private readonly order = el('input', { type: 'number', min: '0', step: '1', class: 'w-80', 'data-testid': 'filter-order' });
  private readonly labels: HTMLElement[] = [];

  constructor(
    private readonly agents: boolean,
    private readonly changed: (f: RecordFilter) => void,
  ) {
    const wrap = (key: Parameters<typeof t>[0], c: HTMLElement) => {
      const span = el('span', { 'data-i18n': key });
      this.labels.push(span);
      return el('label', {}, span, ' ', c);
    };
    if (agents) this.element.append(wrap('tr.agent', this.agent));
    this.element.append(wrap('tr.client', this.client), wrap('tr.order', this.order));
    for (const c of [this.agent, this.client, this.order]) c.addEventListener('input', () => this.changed(this.value));
  }

  /** The current filter. */
  get value(): RecordFilter {
    const order = this.order.value === '' ? null : Number(this.order.value);
    return { agent: this.agent.value || null, client: this.client.value || null, order: Number.isInteger(order) ? order : null };
  }

  /** Sets the order filter (from a click elsewhere). */
  setOrder(order: number | null): void {
    this.order.value = order === null ? '' : String(order);
    this.changed(this.value);
  }

  /** Fills the pickers with the run's agents and clients, keeping the choice. */
  reset(sim: Simulation): void {
    const fill = (s: HTMLSelectElement, values: string[]) => {
      const keep = s.value;
      s.replaceChildren(el('option', { value: '' }, t('plan.all')), ...values.map((v) => el('option', { value: v }, isolate(agentName(v, language())))));
      s.value = values.includes(keep) ? keep : '';
    };
    const clients = sim.scenario.clients.map((c) => c.id);
    fill(this.agent, ['commercial', 'lanceur', 'fabrication', 'world', 'trainer', ...clients]);
    fill(this.client, clients);
    for (const l of this.labels) l.textContent = t(l.dataset.i18n as Parameters<typeof t>[0]);
  }
}
