/**
 * The teams' debrief: ranked on the figures the facilitator picks, and decision by decision
 * what each team answered, the rows where they differ marked, and where they first parted.
 */
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { api } from './api';

/** The debrief as the server sends it (`GET …/debrief`, and to every participant after the end). */
export interface Debrief {
  rankedBy: { figure: string; better: 'higher' | 'lower' }[];
  ranking: { place: number; team: number; figures: Record<string, number> }[];
  figureNames: string[];
  parted: number | null;
  decisions: { rank: number; same: boolean; answers: ({ id: number; kind: string; agent: string; answer: unknown; via: string; note: string | null } | null)[] }[];
}

/** The debrief section of session `id`. */
export class DebriefView {
  readonly root = el('section', { 'data-testid': 'debrief', 'aria-label': ts('d.title') });
  private readonly figure = el('select', { 'data-testid': 'rank-figure' });
  private readonly better = el('select', { 'data-testid': 'rank-better' }, el('option', { value: 'higher' }, '↑'), el('option', { value: 'lower' }, '↓'));
  private readonly out = el('div', {});

  constructor(
    private readonly id: string,
    private readonly token: string,
    private readonly alert: (m: string) => void,
  ) {
    const go = el('button', { type: 'button', 'data-testid': 'rank' }, ts('d.show'));
    go.onclick = () => void this.load(`${this.figure.value}:${this.better.value}`);
    this.root.append(el('h2', {}, ts('d.title')), el('div', { class: 'ss-row' }, el('label', {}, ts('d.rank') + ' ', this.figure), this.better, go), this.out);
  }

  /** The ranking chosen in the controls (`figure:higher`), or undefined before the figures are loaded. */
  get rank(): string | undefined {
    return this.figure.value ? `${this.figure.value}:${this.better.value}` : undefined;
  }

  /** Loads and shows the debrief ranked on `rank` (`figure:higher,…`; default: the server's). */
  async load(rank?: string): Promise<void> {
    let d: Debrief;
    try {
      d = await api<Debrief>(`sessions/${this.id}/debrief${rank ? `?rank=${encodeURIComponent(rank)}` : ''}`, this.token);
    } catch (e) {
      return this.alert((e as Error).message);
    }
    if (!this.figure.options.length) {
      this.figure.replaceChildren(...d.figureNames.map((n) => el('option', { value: n }, n)));
      this.figure.value = d.rankedBy[0]?.figure ?? d.figureNames[0];
    }
    this.out.replaceChildren(...debriefTables(d));
  }
}

/** The debrief's ranking table, where the teams first parted, and the decisions side by side. */
export function debriefTables(d: Debrief): HTMLElement[] {
  const teams = d.ranking.length;
  const ranking = el('table', { 'data-testid': 'ranking' }, el('tr', {}, el('th', {}, ts('d.place')), el('th', {}, ts('c.f.team')), ...d.rankedBy.map((r) => el('th', {}, r.figure))));
  for (const r of d.ranking) ranking.append(el('tr', {}, el('td', {}, String(r.place)), el('td', {}, String(r.team + 1)), ...d.rankedBy.map((b) => el('td', {}, fmt(r.figures[b.figure])))));
  const parted = el('p', { 'data-testid': 'parted' }, d.parted === null ? ts('d.never') : `${ts('d.parted')} ${d.parted + 1}`);
  const table = el('table', { 'data-testid': 'decisions' }, el('tr', {}, el('th', {}, '#'), ...Array.from({ length: teams }, (_, t) => el('th', {}, `${ts('c.f.team')} ${t + 1}`)), el('th', {}, '')));
  for (const row of d.decisions.slice(0, 300)) {
    const tr = el('tr', row.same ? {} : { class: 'ss-differs' }, el('td', {}, String(row.rank + 1)));
    for (const a of row.answers) tr.append(el('td', {}, a ? `${a.kind} ${a.agent}: ${JSON.stringify(a.answer).slice(0, 80)} (${a.via})${a.note ? ` — ${a.note}` : ''}` : '—'));
    tr.append(el('td', {}, row.same ? ts('d.same') : ts('d.differs')));
    table.append(tr);
  }
  return [ranking, parted, table];
}

function fmt(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? '—' : String(Math.round(x * 1000) / 1000);
}
