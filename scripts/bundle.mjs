// The built command (`npm run prepare`, run by `npm install` and `npm ci`): bundles the CLI
// and the sweep's worker thread, with their dependencies, into build/cli/ for Node 20, so
// `negoplan` (package.json `bin`) starts without compiling TypeScript on the fly. build/cli/
// sits two levels down like src/cli/, so the paths the CLI resolves from its own URL
// (../../package.json) hold in both.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (seedrandom) call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __nr } from 'node:module'; const require = __nr(import.meta.url);" },
};

await build({ ...common, entryPoints: { negoplan: 'src/cli/main.ts' }, outdir: 'build/cli', outExtension: { '.js': '.mjs' }, banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } });
await build({ ...common, entryPoints: { sweepWorker: 'src/cli/sweepWorker.ts' }, outdir: 'build/cli', outExtension: { '.js': '.mjs' } });
