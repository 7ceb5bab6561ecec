/**
 * The browser entry: styles, the app on `#app`, reopening the run named by the URL hash (or
 * the saved one, or the baseline), and following later hash changes (a pasted link). With
 * `?bench=N` it runs the rendering benchmark instead (see app/bench.ts).
 */
import '../scenario/jitless';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { App } from './app/App';
import { decodeSettings } from './model/settings';
import { runBench } from './app/bench';
import { parseSessionLink } from './model/sessionLinks';

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const session = parseSessionLink(location.hash);
  if (session) {
    // a participant's or the facilitator's page of a hosted session (npm run serve)
    const { openSessionPage } = await import('./views/sessions/sessionPages');
    openSessionPage(root, session);
    document.body.dataset.ready = 'true';
    return;
  }
  const app = new App(root);
  await app.boot(location.hash, decodeSettings);
  window.addEventListener('hashchange', () => {
    if (parseSessionLink(location.hash)) location.reload();
    else if (location.hash.length > 1) app.openLink(location.hash, decodeSettings);
  });
  (window as unknown as { negoplan: App }).negoplan = app;
  const bench = new URLSearchParams(location.search).get('bench');
  if (bench) await runBench(app, Number(bench));
  document.body.dataset.ready = 'true';
}

void main();
