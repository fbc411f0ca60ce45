// Runs PGlite (PostgreSQL compiled to WASM) in its own thread and serves it over the PostgreSQL wire protocol on a
// Unix socket in an owner-only folder, so the app talks to it with plain `pg` exactly as to a server, long queries
// never block the HTTP event loop, and no other OS user can connect (the protocol server has no authentication).
import { fsyncSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, durable: boolean, stallReportMs: number }} */
const input = workerData;
const port = parentPort;
if (!port) throw new Error('embedded-worker must run in a worker thread');

// Extended-protocol messages that a Sync ends: Parse, Bind, Describe, Execute, Close, Flush.
const MID_SEQUENCE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** The SQL of a simple Query ('Q') or a Parse ('P'), shortened; null for any other message. */
function statementText(message) {
  const type = message[0];
  if (type !== 0x51 && type !== 0x50) return null;
  const body = Buffer.from(message.buffer, message.byteOffset + 5, message.byteLength - 5);
  // Parse: statement name, NUL, then the query text; Query: the text.
  const start = type === 0x50 ? body.indexOf(0) + 1 : 0;
  const end = body.indexOf(0, start);
  return body
    .toString('utf8', start, end === -1 ? body.length : end)
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

/**
 * pglite-socket 0.2.17 queues each protocol message on its own and serves connections first come, first served
 * outside transactions. node-postgres sends Parse, Bind, Execute and Sync as separate writes, so two connections'
 * unnamed statements interleave ("bind message supplies 4 parameters, but prepared statement requires 2"). Its
 * queue also stops for good after a failed message. This queue stays with one connection from its first message
 * of an extended query until its Sync (as it already does for a transaction), keeps going after a failure, and
 * resynchronises the backend when a connection dies in the middle of a sequence.
 */
function makeQueueProtocolSafe(server) {
  const queue = server.queryQueue;
  if (!queue || typeof queue.processQueue !== 'function') throw new Error('pglite-socket internals changed');
  let midSequence = false;
  const stallMs = input.stallReportMs;
  /** The statement text each connection last sent (a Query or a Parse; parameters, in Bind, never kept). */
  const lastText = new Map();
  const progress = { running: null, holder: null, served: 0 };
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let index = 0;
        if ((midSequence || this.db.isInTransaction()) && this.lastHandlerId) {
          index = this.queue.findIndex((item) => item.handlerId === this.lastHandlerId);
          if (index === -1) break; // wait for the connection that holds the sequence or transaction
        }
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        this.lastHandlerId = item.handlerId;
        midSequence = MID_SEQUENCE.has(item.message[0]);
        const text = statementText(item.message);
        if (text) lastText.set(item.handlerId, text);
        progress.running = item.handlerId;
        // Messages served in a row to one connection (a transaction or an extended query keeps the queue on it).
        progress.served = progress.holder === item.handlerId ? progress.served + 1 : 1;
        progress.holder = item.handlerId;
        const started = Date.now();
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        progress.running = null;
        // PGlite runs a statement on this thread: while it runs, nothing else is served, not even a new connection.
        const ran = Date.now() - started;
        if (ran >= stallMs) {
          port.postMessage({
            type: 'stall',
            report:
              `embedded database: one message of connection #${item.handlerId} ran ${Math.round(ran / 1000)} s, ` +
              `holding every other connection; its statement: ${lastText.get(item.handlerId) ?? '(unknown)'}`,
          });
        }
      }
    } finally {
      this.processing = false;
    }
  };
  // One connection holds the whole database while it runs a statement or keeps a transaction open; the others
  // wait. When a message has waited long, say which connection holds the database and with what, once per message.
  let reported = null;
  setInterval(
    () => {
      const oldest = queue.queue[0];
      if (!oldest || oldest === reported || Date.now() - oldest.timestamp < stallMs) return;
      reported = oldest;
      const holder = progress.running ?? progress.holder;
      const what =
        progress.running !== null
          ? 'runs a statement'
          : queue.lastHandlerId === holder
            ? 'keeps a transaction open between statements'
            : 'is served';
      port.postMessage({
        type: 'stall',
        report:
          `embedded database: a message has waited ${Math.round((Date.now() - oldest.timestamp) / 1000)} s ` +
          `(${queue.queue.length} waiting); connection #${holder} ${what}, ${progress.served} messages in a row; ` +
          `its last statement: ${lastText.get(holder) ?? '(unknown)'}`,
      });
    },
    Math.min(5_000, Math.max(250, stallMs / 4)),
  ).unref();
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(handlerId) {
    // Called as a connection goes: its statement text goes with it (the health probe opens one every interval).
    lastText.delete(handlerId);
    if (this.lastHandlerId !== handlerId) return;
    if (midSequence) await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC));
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    midSequence = false;
    this.lastHandlerId = null;
    await this.processQueue();
  };
}

/**
 * PGlite's defaults start PostgreSQL with `-F` (fsync off), and its Node file system (Emscripten NODEFS) has no
 * fsync, so even with fsync on a commit reached only the OS page cache. Durability: the same start parameters
 * without `-F`, WAL flushed through fsync() (fdatasync is a no-op in the WASM runtime), and NODEFS's fsync
 * mapped to the real fsync of the file.
 */
const DURABLE_START_PARAMS = [
  '--single',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'wal_sync_method=fsync',
];

let fsyncCalls = 0;
function makeFsyncReal(module) {
  const nodefs = module?.FS?.filesystems?.NODEFS;
  if (!nodefs?.stream_ops) throw new Error('PGlite NODEFS internals changed');
  nodefs.stream_ops.fsync = (stream) => {
    if (typeof stream.nfd === 'number') fsyncSync(stream.nfd);
    fsyncCalls++;
    return 0;
  };
}

try {
  const db = await PGlite.create(input.dataDir, {
    extensions: { unaccent, pg_trgm, citext, btree_gin, pgcrypto },
    // Non-durable only for the benchmark that measures what durability costs.
    ...(input.durable ? { startParams: DURABLE_START_PARAMS } : {}),
  });
  if (input.durable) makeFsyncReal(db.Module);
  const server = new PGLiteSocketServer({ db, path: input.socketPath, maxConnections: 64 });
  makeQueueProtocolSafe(server);
  await server.start();
  port.postMessage({ type: 'ready' });
  port.on('message', async (message) => {
    if (message.type === 'fsyncCalls') port.postMessage({ type: 'fsyncCalls', count: fsyncCalls });
    if (message.type !== 'stop') return;
    await server.stop();
    await db.close();
    port.postMessage({ type: 'stopped' });
  });
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
}
