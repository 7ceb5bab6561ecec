/**
 * The entry core.bench.ts bundles as the command is built (esbuild, one CommonJS file, Node 20) and
 * runs in a fresh process: the one-year runs without the trace and digest, as JSON on standard
 * output; `node yearBuilt.cjs ROUNDS [transcript]` keeps the transcript (sweeps do not).
 */
import { yearRuns } from './yearRuns';
import { KPIS_ONLY } from '../src/simulation/simulation';

process.stdout.write(JSON.stringify(yearRuns({ ...KPIS_ONLY, transcript: process.argv[3] === 'transcript' }, Number(process.argv[2] ?? 3))));
