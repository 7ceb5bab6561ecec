// The built command's entry (copied to build/cli/negoplan.mjs by scripts/bundle.mjs, which
// fills in BUNDLE and CACHE): it compiles the bundle beside it (a CommonJS file) with V8's code
// cache, so that a start does not parse and compile again the functions the last build's
// sample run compiled. Node 20 has no compile cache of its own for modules
// (`module.enableCompileCache` came in Node 22); this is the same idea, through `vm.Script`.
// The cache holds compiled code only, no result: V8 refuses it (and this file then writes a
// new one when the process exits, if it can) when it was made by another Node or with other
// flags; its name carries the bundle's digest, so a rebuilt bundle never meets an old cache.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = '__BUNDLE__';
const CACHE = '__CACHE__';

const bundle = fileURLToPath(new URL(BUNDLE, import.meta.url));
const cacheFile = fileURLToPath(new URL(CACHE, import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, {
  filename: bundle,
  cachedData,
});
// The bundle's own `import()` of a file (a strategy of one's own) has no loader inside vm: it uses this one.
globalThis.negoplanImport = (url) => import(url);
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only install: every start compiles, as without a cache.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
