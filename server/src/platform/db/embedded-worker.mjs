// Runs PGlite (PostgreSQL compiled to WASM) in its own thread and serves it over the PostgreSQL wire protocol on
// loopback, so the app talks to it with plain `pg` exactly as to a server and long queries never block the
// HTTP event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, port: number }} */
const input = workerData;
const port = parentPort;
if (!port) throw new Error('embedded-worker must run in a worker thread');

try {
  const db = await PGlite.create(input.dataDir, { extensions: { unaccent, pg_trgm, citext, btree_gin, pgcrypto } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: input.port, maxConnections: 64 });
  await server.start();
  port.postMessage({ type: 'ready', conn: server.getServerConn() });
  port.on('message', async (message) => {
    if (message.type !== 'stop') return;
    await server.stop();
    await db.close();
    port.postMessage({ type: 'stopped' });
  });
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
}
