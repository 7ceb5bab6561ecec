// The built command (`npm run prepare`, run by `npm install` and `npm ci`): bundles the CLI,
// the sweep's worker thread and the fuzzer's child process, with their dependencies, into
// build/cli/ for Node 20, so `negoplan` (package.json `bin`) starts without compiling
// TypeScript on the fly. build/cli/ sits two levels down like src/cli/, so the paths the CLI
// resolves from its own URL (../../package.json) hold in both. Whitespace and syntax are
// minified (names are kept, so a bug's stack trace still reads); zod's error messages keep
// English only (zod's `locales` namespace holds `en` alone), which takes about 400 KB of
// translations out of the bundle the command parses at each start.
//
// The command itself is a CommonJS bundle (negoplan.cjs) started by build/cli/negoplan.mjs
// (scripts/commandStart.mjs), which compiles it with V8's code cache; the cache is made here
// by one sample run of the built command (`run` of the baseline for one day), so that the
// first start after an install is as fast as the next ones.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

// The command as CommonJS, so that scripts/commandStart.mjs can compile it with a code cache
// (Node 20 caches no ES module); `import.meta.url` becomes the bundle's own file URL.
await build({
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  entryPoints: { negoplan: 'src/cli/main.ts' },
  define: { 'import.meta.url': 'negoplanBundleUrl' },
  banner: { js: "var negoplanBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: { sweepWorker: 'src/cli/sweepWorker.ts', fuzzWorker: 'src/cli/fuzzWorker.ts' }, banner: { js: requireShim } });

const dir = 'build/cli';
const digest = createHash('sha256').update(readFileSync(join(dir, 'negoplan.cjs'))).digest('hex').slice(0, 16);
for (const f of readdirSync(dir)) if (f.endsWith('.cache')) rmSync(join(dir, f));
const start = readFileSync('scripts/commandStart.mjs', 'utf8').replace("'__BUNDLE__'", "'./negoplan.cjs'").replace("'__CACHE__'", `'./negoplan.${digest}.cache'`);
writeFileSync(join(dir, 'negoplan.mjs'), `#!/usr/bin/env node\n${start}`);
chmodSync(join(dir, 'negoplan.mjs'), 0o755);

// The sample run that leaves the code cache (its output is not needed; a failure is the build's).
const sample = spawnSync(process.execPath, [join(dir, 'negoplan.mjs'), 'run', 'scenarios/terssac-circuits.json', '--days', '1'], { encoding: 'utf8' });
if (sample.status !== 0) {
  process.stderr.write(`bundle: the sample run of the built command failed (exit ${sample.status}): ${sample.stderr}`);
  process.exit(1);
}
