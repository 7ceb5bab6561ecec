/**
 * The sessions server for an end-to-end test file: started before its tests on a database of
 * its own (serving the built app), killed and its directory removed after them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { killHard, spawnServer } from '../server/spawnServer';

/** Registers the server's start and stop; returns a getter of its base URL (ending in `/`). */
export function useSessionsServer(name: string): () => string {
  let dir = '';
  let server: { proc: ChildProcess; url: string } | null = null;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `negoplan-e2e-${name}-`));
    server = await spawnServer(join(dir, 's.db'), 0, inject('distDir'));
  });
  afterAll(async () => {
    if (server) await killHard(server.proc);
    rmSync(dir, { recursive: true, force: true });
  });
  return () => server!.url;
}
