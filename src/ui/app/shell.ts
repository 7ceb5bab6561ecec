/**
 * The page's frame: header (title, scenario, language), time bar, message banner, tabs with
 * their panels, and the side panel (key figures, selected order). Built once; the views
 * fill the elements it returns. Labels carry `data-i18n` so a language switch relabels them.
 */

/** The tabs, in order (keys 1–9 select them). */
export const TABS = ['workshop', 'plan', 'transcript', 'charts', 'strategy', 'compare', 'experiments', 'scenario', 'glossary'] as const;
export type Tab = (typeof TABS)[number];

/** The elements the views fill. */
export interface Shell {
  root: HTMLElement;
  scenarioName: HTMLElement;
  language: HTMLSelectElement;
  timebar: HTMLElement;
  message: HTMLElement;
  tabs: Record<Tab, HTMLButtonElement>;
  panels: Record<Tab, HTMLElement>;
  kpi: HTMLElement;
  order: HTMLElement;
  tooltip: HTMLElement;
  /** The side panel (key figures, order): a drawer on narrow screens. */
  aside: HTMLElement;
  /** Opens and closes the side panel's drawer (shown on narrow screens only). */
  drawerToggle: HTMLButtonElement;
  /** The long-jump progress bar (hidden unless a jump runs). */
  jump: HTMLElement;
  /** Closes the drawer (inside it, shown on narrow screens only). */
  drawerClose: HTMLButtonElement;
  /** Opens the first-visit guide again. */
  help: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/** Builds the frame into `root`. */
export function buildShell(root: HTMLElement): Shell {
  const language = el('select', { 'data-testid': 'language' }, el('option', { value: 'en', lang: 'en' }, 'English'), el('option', { value: 'fr', lang: 'fr' }, 'Français'));
  const scenarioName = el('span', { class: 'scenario-name', 'data-testid': 'scenario-name' });
  const drawerToggle = el('button', { class: 'drawer-toggle', 'data-testid': 'drawer-toggle', 'aria-expanded': 'false', 'aria-controls': 'side-panel', 'data-i18n': 'kpi.title' });
  const help = el('button', { class: 'help', 'data-testid': 'help', 'data-i18n-label': 'guide.open', 'data-i18n-title': 'guide.open' }, '?');
  const header = el('header', {}, el('h1', { 'data-i18n': 'title' }), scenarioName, el('label', { class: 'lang' }, el('span', { 'data-i18n': 'lang.label' }), language), help, drawerToggle);
  const timebar = el('div', { class: 'timebar', role: 'group', 'data-testid': 'timebar', 'data-i18n-label': 'time.label' });
  const message = el('div', { class: 'message', role: 'alert', 'data-testid': 'message', hidden: '' });
  const nav = el('div', { class: 'tabs', role: 'tablist', 'data-i18n-label': 'tabs.label' });
  const tabs = {} as Record<Tab, HTMLButtonElement>;
  const panels = {} as Record<Tab, HTMLElement>;
  const main = el('main', {}, nav);
  for (const [i, tab] of TABS.entries()) {
    tabs[tab] = el('button', { role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, tabindex: '-1', 'data-testid': `tab-${tab}`, 'data-i18n': `tab.${tab}`, title: String(i + 1) });
    panels[tab] = el('section', { class: `panel panel-${tab}`, role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, tabindex: '0', 'data-testid': `panel-${tab}`, hidden: '' });
    nav.append(tabs[tab]);
    main.append(panels[tab]);
  }
  const kpi = el('div', { class: 'kpi', 'data-testid': 'kpi' });
  const order = el('div', { class: 'order', 'data-testid': 'order' });
  const drawerClose = el('button', { class: 'drawer-close', 'data-testid': 'drawer-close', 'data-i18n': 'drawer.close' });
  const aside = el('aside', { id: 'side-panel', tabindex: '0', 'data-testid': 'side-panel', 'data-i18n-label': 'side.label' }, drawerClose, kpi, order);
  const tooltip = el('div', { class: 'tooltip', hidden: '' });
  const jump = el('div', { class: 'jump', 'data-testid': 'jump', hidden: '' });
  root.append(header, timebar, message, jump, el('div', { class: 'body' }, main, aside), tooltip);
  return { root, scenarioName, language, timebar, message, tabs, panels, kpi, order, tooltip, aside, drawerToggle, drawerClose, help, jump };
}

export { el };
