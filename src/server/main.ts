/**
 * `npm run serve -- [--port 8080] [--db sessions.db] [--host 127.0.0.1] [--public-url URL] [--dist DIR]`:
 * one process that serves the built app and hosts sessions. Bad options: one line, exit 2.
 */
import { parseArgs } from 'node:util';
import { buildServer } from './server';

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
  const server = await buildServer({ db: values.db, publicUrl, ...(values.dist ? { dist: values.dist } : {}) });
  const url = await server.listen(port, values.host);
  process.stdout.write(`negoplan sessions server on ${url} (database ${values.db})\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
