/**
 * Load on the sessions server: one server process (`src/server/main.ts`, a fresh database in
 * a temporary folder, 127.0.0.1 only) hosting one session of 6 teams × 5 played seats
 * (commercial, lanceur, fabrication, client E1, the other clients), 30 socket.io clients (and
 * the facilitator's console, sent the teams' figures as they move) each answering its seat's decisions with the suggestion as soon as they come. Bounded: it stops
 * after ANSWERS acknowledged answers or SECONDS of wall time. Prints the answer-to-acknowledge
 * latency (p50, p95, max), answers per second, and the server's CPU share and peak memory
 * (from /proc). Goal: p95 < 200 ms.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';

const TEAMS = 6;
const SEATS = ['commercial', 'lanceur', 'fabrication', 'E1', 'client'];
const ANSWERS = Number(process.env.ANSWERS ?? 3000);
const SECONDS = Number(process.env.SECONDS ?? 60);

/** utime + stime of a process in seconds, and its peak resident memory in MB (Linux /proc). */
function procStats(pid: number): { cpu: number; peakMB: number; rssMB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const tick = 100; // USER_HZ on Linux
  const cpu = (Number(stat[11]) + Number(stat[12])) / tick;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  return { cpu, peakMB: kb('VmHWM'), rssMB: kb('VmRSS') };
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'negoplan-bench-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'bench.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout!.on('data', (b) => {
        out += b;
        const m = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      proc.on('exit', (c) => reject(new Error(`server exited ${c}`)));
    });
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${url}api/sessions${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
    const made = await post('', { scenario: 'terssac-circuits', seed: 1, human: SEATS, teams: TEAMS, days: 120 });
    // the facilitator's console is open, as in a real session (it is sent the teams' figures)
    let consoleStates = 0;
    const consoleSocket = io(url, { auth: { facilitator: made.facilitatorToken, session: made.id }, transports: ['websocket'], forceNew: true });
    consoleSocket.on('state', () => consoleStates++);
    const clients: Socket[] = [consoleSocket];
    const latencies: number[] = [];
    const refused: string[] = [];
    let rateLimited = 0;
    for (let team = 0; team < TEAMS; team++) {
      for (const seat of SEATS) {
        const inv = await post(`/${made.id}/invites`, { role: seat, team }, made.facilitatorToken);
        const socket = io(url, { auth: { token: inv.url.split('#invite=')[1] }, transports: ['websocket'], forceNew: true });
        const answered = new Set<number>();
        const answer = (d: { id: number; suggestion: unknown } | null, retry = false) => {
          if (!d || (answered.has(d.id) && !retry) || latencies.length >= ANSWERS) return;
          answered.add(d.id);
          const t0 = performance.now();
          void socket.timeout(30_000).emitWithAck('answer', { decision: d.id, answer: d.suggestion, via: 'person' }).then(
            (r: { ok: boolean; error?: string; code?: string }) => {
              if (r.ok) latencies.push(performance.now() - t0);
              else if (r.code === 'rate') {
                rateLimited++;
                setTimeout(() => answer(d, true), 1000); // a bot answers faster than the limit a person never reaches
              } else refused.push(r.error ?? '?');
            },
            (e: Error) => refused.push(e.message),
          );
        };
        socket.on('decision', answer);
        socket.on('state', (s: { pending: { id: number; suggestion: unknown } | null }) => answer(s.pending));
        clients.push(socket);
      }
    }
    await Promise.all(clients.map((c) => new Promise<void>((r) => (c.connected ? r() : c.once('connect', () => r())))));
    const before = procStats(proc.pid!);
    const t0 = performance.now();
    await post(`/${made.id}/start`, {}, made.facilitatorToken);
    while (latencies.length < ANSWERS && performance.now() - t0 < SECONDS * 1000) await new Promise((r) => setTimeout(r, 100));
    const wall = (performance.now() - t0) / 1000;
    const after = procStats(proc.pid!);
    for (const c of clients) c.disconnect();
    const sorted = [...latencies].sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(1);
    process.stdout.write(
      `sessions: ${TEAMS} teams × ${SEATS.length} participants (socket.io on 127.0.0.1), ${latencies.length} answers acknowledged in ${wall.toFixed(1)} s (${(latencies.length / wall).toFixed(0)}/s), ${refused.length} refused${refused.length ? ` (first: ${refused[0]})` : ''}, ${rateLimited} rate-limited and retried; the console was sent ${consoleStates} states\n` +
        `answer→ack latency ms: p50 ${f(pct(sorted, 0.5))} · p95 ${f(pct(sorted, 0.95))} · max ${f(sorted[sorted.length - 1])} (goal p95 < 200: ${pct(sorted, 0.95) < 200 ? 'met' : 'NOT met'})\n` +
        `server: CPU ${(after.cpu - before.cpu).toFixed(1)} s over ${wall.toFixed(1)} s (${(((after.cpu - before.cpu) / wall) * 100).toFixed(0)} % of one core) · memory ${after.rssMB.toFixed(0)} MB resident, peak ${after.peakMB.toFixed(0)} MB\n`,
    );
  } finally {
    proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().then(() => process.exit(0));
