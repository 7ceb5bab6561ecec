// A fuzz worker thread's entry: registers tsx (as sweepWorkerBoot.mjs does), then loads the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./fuzzWorker.ts');
