/**
 * The entry core.bench.ts bundles as the command is built (esbuild, one CommonJS file, Node 20) and
 * runs in a fresh process: the one-year runs without the trace, as JSON on standard output.
 */
import { yearRuns } from './yearRuns';

process.stdout.write(JSON.stringify(yearRuns(false, false, Number(process.argv[2] ?? 3))));
