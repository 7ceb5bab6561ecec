/**
 * The sessions server as its own process (`src/server/main.ts` through tsx, as `npm run serve`
 * runs it), for the tests that kill it with SIGKILL and start it again on the same database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free port on 127.0.0.1 (to restart a server on the same address). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the server on `db` (port 0: a free one; `dist`: the built app); resolves once it listens. */
export function spawnServer(db: string, port = 0, dist?: string): Promise<{ proc: ChildProcess; url: string }> {
  const args = ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--db', db, ...(dist ? ['--dist', dist] : [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (b) => {
      out += b;
      const m = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.stderr!.on('data', (b) => (out += b));
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/** Kills `proc` with SIGKILL and waits for it to be gone. */
export async function killHard(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await gone;
}
