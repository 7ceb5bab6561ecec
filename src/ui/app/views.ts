/**
 * Creates every view in its place of the shell and indexes them by tab. The workshop's pixi
 * renderer is created here (asynchronously).
 */
import type { View, ViewsHost } from './context';
import type { Shell, Tab } from './shell';
import { WorkshopView } from '../views/workshop/WorkshopView';
import { TimeBar } from '../views/panels/timeBar';
import { KpiPanel } from '../views/panels/kpiPanel';
import { OrderPanel } from '../views/panels/orderPanel';
import { PlanView } from '../views/plan/PlanView';
import { TranscriptView } from '../views/panels/transcriptView';
import { ChartsView } from '../views/panels/chartsView';
import { StrategyView } from '../views/panels/strategyView';
import { CompareView } from '../views/panels/compareView';
import { ScenarioView } from '../views/panels/scenarioView';
import { GlossaryView } from '../views/panels/glossaryView';
import { ExperimentsView } from '../views/experiments/experimentsView';
import { WorkshopTable } from '../views/workshop/workshopTable';

/** The views of the app. */
export interface Views {
  workshop: WorkshopView;
  timeBar: TimeBar;
  kpi: KpiPanel;
  order: OrderPanel;
  charts: ChartsView;
  workshopTable: WorkshopTable;
  byTab: Partial<Record<Tab, View>>;
  all: View[];
}

/** Builds the views; resolves once the workshop's renderer is ready. */
export async function createViews(shell: Shell, app: ViewsHost): Promise<Views> {
  let pointer = { x: 0, y: 0 };
  shell.panels.workshop.addEventListener('pointermove', (e) => (pointer = { x: e.clientX, y: e.clientY }));
  const workshop = new WorkshopView(shell.panels.workshop, {
    hover: (o) => app.hover(o, pointer.x, pointer.y),
    select: (o) => app.selectOrder(o),
  });
  shell.panels.workshop.hidden = false;
  await workshop.init();
  const timeBar = new TimeBar(shell.timebar, app.clock);
  const kpi = new KpiPanel(shell.kpi, app);
  const order = new OrderPanel(shell.order, app);
  const charts = new ChartsView(shell.panels.charts, app);
  const workshopTable = new WorkshopTable(shell.panels.workshop, app);
  const byTab: Partial<Record<Tab, View>> = {
    plan: new PlanView(shell.panels.plan, app),
    transcript: new TranscriptView(shell.panels.transcript, app),
    charts,
    strategy: new StrategyView(shell.panels.strategy, app),
    compare: new CompareView(shell.panels.compare, app),
    experiments: new ExperimentsView(shell.panels.experiments, app),
    scenario: new ScenarioView(shell.panels.scenario, app),
    glossary: new GlossaryView(shell.panels.glossary),
  };
  return { workshop, timeBar, kpi, order, charts, workshopTable, byTab, all: [timeBar, kpi, order, workshopTable, ...Object.values(byTab)] };
}
