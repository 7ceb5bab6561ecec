/**
 * `npm run serve -- [--port 8080] [--db sessions.db] [--host 127.0.0.1] [--public-url URL] [--dist DIR]`:
 * one process that serves the built app (built into dist/ first when it is not there) and hosts
 * sessions. Bad options: one line, exit 2.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  process.stderr.write(`negoplan serve: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, db: { type: 'string', default: 'sessions.db' }, host: { type: 'string', default: '127.0.0.1' }, 'public-url': { type: 'string' }, dist: { type: 'string' } }, strict: true }));
  } catch (e) {
    fail((e as Error).message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: expected a port number from 0 to 65535, got "${String(values.port).slice(0, 20)}"`);
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined && !/^https?:\/\/[^\s]+\/$/.test(publicUrl)) fail('--public-url: expected an http(s) address ending with /, e.g. http://192.168.1.10:8080/');
  if (!existsSync(dirname(resolve(values.db)))) fail(`--db: the folder of "${values.db.slice(0, 100)}" does not exist`);
  if (values.dist && !existsSync(join(values.dist, 'index.html'))) fail(`--dist: no index.html in "${values.dist.slice(0, 100)}"`);
  if (!values.dist && !existsSync(join(ROOT, 'dist', 'index.html'))) {
    process.stdout.write('negoplan serve: building the app into dist/ first (vite build)\n');
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  let server, url;
  try {
    server = await buildServer({ db: values.db, publicUrl, ...(values.dist ? { dist: values.dist } : {}) });
    url = await server.listen(port, values.host);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') fail(`--port: ${port} is already in use on ${values.host}`);
    if (err.code === 'SQLITE_NOTADB' || err.code === 'SQLITE_CANTOPEN') fail(`--db: "${values.db.slice(0, 100)}" cannot be opened as a sessions database (${err.code})`);
    throw e;
  }
  const running = server;
  process.stdout.write(`negoplan sessions server on ${url} (database ${values.db})\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
