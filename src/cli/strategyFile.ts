/**
 * `--strategy <role>=<file.ts|file.js>`: loads a strategy module of one's own for a role. The
 * module exports, for that role, functions named after the role's decision kinds
 * (`lanceur.plan` → `plan`), each `(view, rng, params) → answer`; a kind it does not export
 * keeps the built-in strategy. Loading reads files, so it lives here; the simulation gets the
 * functions as {@link StrategyOverrides}.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decisions } from '../agents/decisions/registry';
import type { Role, StrategyOverride, StrategyOverrides } from '../core/decisions';
import { readTextFile } from './textFile';
import { UserError } from './userError';
import { showValue } from '../scenario/errors';

/** The roles a strategy can be given for. */
export const ROLES: readonly Role[] = ['commercial', 'lanceur', 'fabrication', 'client'];

/** What the report, the trace header and a sweep's metadata record of a strategy of one's own. */
export interface StrategyRecord {
  role: Role;
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** The loaded strategies: the functions by decision kind, and what to record of them. */
export interface LoadedStrategies {
  overrides: StrategyOverrides;
  records: StrategyRecord[];
}

/** Splits `role=file`; a problem is a {@link UserError}. */
export function parseStrategyFlag(flag: string): { role: Role; file: string } {
  const eq = flag.indexOf('=');
  const role = flag.slice(0, Math.max(eq, 0));
  if (eq < 1 || eq === flag.length - 1) throw new UserError(`--strategy ${showValue(flag)}: expected <role>=<file>, for example lanceur=docs/examples/launchOnArrival.ts`);
  if (!(ROLES as readonly string[]).includes(role)) throw new UserError(`--strategy ${showValue(flag)}: no role "${role}" (roles: ${ROLES.join(', ')})`);
  return { role: role as Role, file: flag.slice(eq + 1) };
}

/** The decision kinds of `role`, by the export name that replaces each (`plan` → `lanceur.plan`). */
export function kindsOf(role: Role): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, d] of Object.entries(decisions)) if (d.role === role) out.set(k.slice(k.indexOf('.') + 1), k);
  return out;
}

/**
 * Imports the ES module at `url`. The built command runs its bundle through `vm.Script` (to
 * use V8's code cache, scripts/commandStart.mjs), where a bare `import()` finds no loader: its
 * start lends its own as `globalThis.negoplanImport`.
 */
function importFile(url: string): Promise<unknown> {
  const lent = (globalThis as { negoplanImport?: (url: string) => Promise<unknown> }).negoplanImport;
  return lent ? lent(url) : import(url);
}

/**
 * Loads each `--strategy` flag's module: every export must be a function named after one of
 * its role's decision kinds; a role given twice, a missing file, a module that fails to load
 * or a stray export is a {@link UserError} in one line.
 */
export async function loadStrategies(flags: readonly string[]): Promise<LoadedStrategies> {
  const overrides: Record<string, StrategyOverride> = {};
  const records: StrategyRecord[] = [];
  for (const flag of flags) {
    const { role, file } = parseStrategyFlag(flag);
    if (records.some((r) => r.role === role)) throw new UserError(`--strategy ${role}: given twice; expected one module per role`);
    const text = readTextFile(file, `--strategy ${role}`);
    const sha256 = createHash('sha256').update(text).digest('hex');
    let mod: Record<string, unknown>;
    try {
      mod = (await importFile(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
    } catch (e) {
      const hint = file.endsWith('.ts') ? ' (a .ts module loads under `npm run sim`, which runs tsx; with the built bundle give a .js file)' : '';
      throw new UserError(`--strategy ${role}=${file}: the module does not load: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}${hint}`);
    }
    const kinds = kindsOf(role);
    for (const [name, fn] of Object.entries(mod)) {
      const kind = kinds.get(name);
      if (!kind) throw new UserError(`--strategy ${role}=${file}: export "${name}" is not a decision of the ${role} (its decisions: ${[...kinds.keys()].join(', ')})`);
      if (typeof fn !== 'function') throw new UserError(`--strategy ${role}=${file}: export "${name}" is not a function; expected (view, rng, params) → answer`);
      overrides[kind] = fn as StrategyOverride;
    }
    records.push({ role, file, sha256 });
  }
  return { overrides, records };
}
