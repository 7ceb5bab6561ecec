/**
 * The command line's start: the whole-process wall time of the built command
 * (build/cli/negoplan.mjs, made by `npm run prepare`; rebuilt here first) answering
 * `run scenarios/terssac-circuits.json --days 1`, beside the same through `npm run sim`'s
 * tsx (compiling the sources on the fly). Whole-process figures: Node's own start included.
 * The build leaves V8's code cache of the bundle beside it (scripts/commandStart.mjs), as
 * `npm install` does, so every start measured here uses it. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const BIN = 'build/cli/negoplan.mjs';
const ARGS = ['run', 'scenarios/terssac-circuits.json', '--days', '1'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Whole-process wall ms of `node ...argv`, `n` times (failing loudly). */
function wallMs(argv: string[], n: number): number[] {
  return Array.from({ length: n }, () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`node ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  });
}

// Built here, as `npm install` does, so that it matches the sources being measured.
{
  const r = spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/bundle.mjs failed');
}
const node = wallMs(['-e', '0'], 5);
const built = wallMs([BIN, ...ARGS], 7);
const tsx = wallMs(['--import', 'tsx', 'src/cli/main.ts', ...ARGS], 3);
console.log(
  `CLI start (built)   ${median(built).toFixed(0)} ms whole process, median of 7 (min ${Math.min(...built).toFixed(0)}; code cache made by the build): node ${BIN} ${ARGS.join(' ')}   goal < 250 ms`,
);
console.log(
  `CLI start (tsx)     ${median(tsx).toFixed(0)} ms whole process, median of 3: npm run sim's way (node --import tsx src/cli/main.ts), npm's own start not included · bare node ${median(node).toFixed(0)} ms · load average ${loadavg()[0].toFixed(1)}`,
);
