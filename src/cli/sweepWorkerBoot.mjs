// A sweep worker thread's entry: Node cannot load a .ts worker by itself, and loader flags
// given to the parent (tsx) do not reach a worker's entry in Node 20, so register tsx here,
// then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sweepWorker.ts');
