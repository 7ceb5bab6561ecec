/**
 * The debrief's web worker: receives one {@link DebriefRequest}, runs it (the core, imported
 * here, never the page's run) and posts its results; the page cancels it by terminating it.
 */
import { runDebrief, type DebriefMessage, type DebriefRequest } from '../model/debriefJob';

const post = (m: DebriefMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<DebriefRequest>) => {
  try {
    runDebrief(e.data, post);
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
};
