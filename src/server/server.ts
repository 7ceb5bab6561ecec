/**
 * One sessions server: Fastify (the API, and the built app from dist/ when it is there) and
 * socket.io on the same HTTP server, over one SQLite database. `listen` resumes every session
 * the database holds before it accepts connections.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { registerApi } from './api';
import { SessionHost } from './host';
import { SessionSockets } from './sockets';
import { Store } from './store';

/** How to make a server. */
export interface ServerOptions {
  /** The database file (`:memory:` for tests). */
  db: string;
  /** The built app to serve (default `dist/` of the repository when it exists). */
  dist?: string | null;
  /** The scenarios folder (default `scenarios/` of the repository). */
  scenarios?: string;
  /** The address participants reach the server at, ending with `/` (default: from each request). */
  publicUrl?: string;
  logger?: boolean;
}

/** A built server: the Fastify app (use `inject` in tests), the host, the sockets, the store. */
export interface SessionsServer {
  app: FastifyInstance;
  host: SessionHost;
  sockets: SessionSockets;
  store: Store;
  /** Listens on `port` of `address` (0: a free port); resolves with the base URL. */
  listen(port: number, address?: string): Promise<string>;
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds a server (not listening yet); every open session is rebuilt from the database. */
export async function buildServer(o: ServerOptions): Promise<SessionsServer> {
  const store = new Store(o.db);
  const sockets = new SessionSockets(o.publicUrl);
  const host = new SessionHost(store, o.scenarios ?? join(ROOT, 'scenarios'), sockets);
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 16_000 });
  registerApi(app, host, o.publicUrl);
  const dist = o.dist === undefined ? join(ROOT, 'dist') : o.dist;
  if (dist && existsSync(join(dist, 'index.html'))) await app.register(fastifyStatic, { root: dist, prefix: '/' });
  else app.get('/', async (_req, reply) => reply.type('text/plain').send('negoplan sessions server: the app is not built (run `npm run build` first)\n'));
  sockets.attach(app.server, host);
  host.resumeAll();
  await app.ready();
  return {
    app,
    host,
    sockets,
    store,
    async listen(port, address = '127.0.0.1') {
      await app.listen({ port, host: address });
      const a = app.server.address();
      return `http://${address}:${typeof a === 'object' && a ? a.port : port}/`;
    },
    async close() {
      await sockets.close().catch(() => undefined);
      host.close();
      await app.close();
      store.close();
    },
  };
}
