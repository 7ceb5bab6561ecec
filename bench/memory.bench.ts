/**
 * Peak memory of a process that loads negoplan and runs the baseline for one year (in a
 * process of its own, so nothing else counts). Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/scenario/load';
import { Simulation } from '../src/simulation/simulation';

const before = process.resourceUsage().maxRSS / 1024;
const scenario = loadScenario(readFileSync('scenarios/terssac-circuits.json', 'utf8'));
const sim = new Simulation({ ...scenario, warmupDays: 0, days: 365 }, { seed: 1 });
sim.runToEnd();
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory         ${peak.toFixed(0)} MB RSS at most for the process that ran one year (Node and tsx before loading negoplan: ${before.toFixed(0)} MB; heap after the run ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)   goal < 150 MB`);
