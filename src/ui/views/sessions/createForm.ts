/**
 * The facilitator's form for a new session: a bundled scenario, a seed, the roles played,
 * the number of teams, the time per decision, the fallback delay, the days, suggestions and
 * the pace. On success the token is kept in this browser and the console opens.
 */
import { el } from '../../app/shell';
import { ts } from '../../i18n/sessions';
import { api, keepConsoleToken } from './api';

function field(label: string, input: HTMLElement): HTMLElement {
  return el('label', {}, label + ' ', input);
}

/** The form; `opened(id)` is called once the session is made. */
export function createForm(opened: (id: string) => void): HTMLElement {
  const scenario = el('select', { name: 'scenario', 'data-testid': 'c-scenario' });
  const seed = el('input', { type: 'number', name: 'seed', value: '1', min: '0', 'data-testid': 'c-seed' });
  const human = el('input', { type: 'text', name: 'human', value: 'commercial,lanceur', 'data-testid': 'c-human' });
  const teams = el('input', { type: 'number', name: 'teams', value: '2', min: '1', max: '20', 'data-testid': 'c-teams' });
  const decisionSeconds = el('input', { type: 'number', value: '0', min: '0', 'data-testid': 'c-decision-seconds' });
  const fallbackSeconds = el('input', { type: 'number', value: '60', min: '0', 'data-testid': 'c-fallback-seconds' });
  const days = el('input', { type: 'number', value: '30', min: '1', 'data-testid': 'c-days' });
  const suggestions = el('input', { type: 'checkbox', 'data-testid': 'c-suggestions' });
  suggestions.checked = true;
  const pace = el('input', { type: 'number', value: '0', min: '0', 'data-testid': 'c-pace' });
  const alert = el('p', { class: 'ss-alert', role: 'alert', 'data-testid': 'c-alert' });
  void api<{ scenarios: string[] }>('scenarios', null).then((r) => {
    scenario.replaceChildren(...r.scenarios.map((n) => el('option', { value: n }, n)));
    if (r.scenarios.includes('terssac-circuits')) scenario.value = 'terssac-circuits';
  });
  const form = el(
    'form',
    { class: 'ss-form', 'data-testid': 'create-session' },
    field(ts('c.scenario'), scenario),
    field(ts('c.seed'), seed),
    field(ts('c.human'), human),
    field(ts('c.teams'), teams),
    field(ts('c.days'), days),
    field(ts('c.decisionSeconds'), decisionSeconds),
    field(ts('c.fallbackSeconds'), fallbackSeconds),
    field(ts('c.suggestions'), suggestions),
    field(`${ts('c.pace')} (0: ${ts('c.pace.turns')}; > 0: ${ts('c.pace.timed')})`, pace),
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'c-create' }, ts('c.create')),
    alert,
  );
  form.onsubmit = (e) => {
    e.preventDefault();
    const body = {
      scenario: scenario.value,
      seed: Number(seed.value),
      human: human.value.split(',').map((s) => s.trim()).filter(Boolean),
      teams: Number(teams.value),
      days: Number(days.value),
      decisionSeconds: Number(decisionSeconds.value),
      fallbackSeconds: Number(fallbackSeconds.value),
      suggestions: suggestions.checked,
      pace: Number(pace.value) > 0 ? Number(pace.value) : 'turns',
    };
    api<{ id: string; facilitatorToken: string }>('sessions', null, body).then(
      (r) => {
        keepConsoleToken(r.id, r.facilitatorToken);
        opened(r.id);
      },
      (err: Error) => (alert.textContent = `${ts('err.request')}: ${err.message}`),
    );
  };
  return form;
}
