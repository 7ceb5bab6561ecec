// The built command (`npm run prepare`, run by `npm install` and `npm ci`): bundles the CLI
// and the sweep's worker thread, with their dependencies, into build/cli/ for Node 20, so
// `negoplan` (package.json `bin`) starts without compiling TypeScript on the fly. build/cli/
// sits two levels down like src/cli/, so the paths the CLI resolves from its own URL
// (../../package.json) hold in both. Whitespace and syntax are minified (names are kept, so
// a bug's stack trace still reads); zod's error messages keep English only (zod's `locales`
// namespace holds `en` alone), which takes about 400 KB of translations out of the bundle
// the command parses at each start.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

/** zod's `locales/index.js` (every language) replaced by one that exports `en` only. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /locales[\\/]index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
  outdir: 'build/cli',
  outExtension: { '.js': '.mjs' },
};
// Bundled CommonJS dependencies (seedrandom) call require(): give the ESM bundle one.
const requireShim = "import { createRequire as __nr } from 'node:module'; const require = __nr(import.meta.url);";

await build({ ...common, entryPoints: { negoplan: 'src/cli/main.ts' }, banner: { js: `#!/usr/bin/env node\n${requireShim}` } });
await build({ ...common, entryPoints: { sweepWorker: 'src/cli/sweepWorker.ts' }, banner: { js: requireShim } });
