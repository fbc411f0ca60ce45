import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mkdirPrivate } from '../private-fs.ts';

export interface EmbeddedServer {
  url: string;
  /** The owner-only folder that holds the socket `.s.PGSQL.5432`. */
  socketDir: string;
  /** How many fsync calls the database made since it started (durability is observable, not assumed). */
  fsyncCalls(): Promise<number>;
  stop(): Promise<void>;
}

export const EMBEDDED_SOCKET_PORT = 5432;
/** sun_path holds 108 bytes on Linux; a deeper data folder gets its socket folder under the system temp folder. */
const MAX_SOCKET_PATH = 100;

/**
 * Starts the embedded PGlite database on disk in `dataDir` and returns a postgres:// URL to it. It listens on a
 * Unix socket in an owner-only folder (default `<dataDir>-run`), never on TCP: its protocol server accepts any
 * user and password, so only the file permissions keep other OS users out.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: {
    socketDir?: string;
    /** false: PGlite's own fsync-off settings, only for the benchmark that measures durability's cost. */
    durable?: boolean;
    /** Connections have waited this long while one holds the database: `onStall` says which and with what. */
    stallReportMs?: number;
    /** Default: stderr. */
    onStall?: (report: string) => void;
  } = {},
): Promise<EmbeddedServer> {
  const dir = mkdirPrivate(resolve(dataDir));
  let socketDir = resolve(opts.socketDir ?? `${dir}-run`);
  // The folder is removed at stop when this function chose it.
  let ownSocketDir = !opts.socketDir;
  if (`${socketDir}/.s.PGSQL.${EMBEDDED_SOCKET_PORT}`.length > MAX_SOCKET_PATH) {
    socketDir = mkdtempSync(join(tmpdir(), 'lmis-db-')); // mkdtemp creates it 0700
    ownSocketDir = true;
  }
  mkdirPrivate(socketDir);
  const socketPath = join(socketDir, `.s.PGSQL.${EMBEDDED_SOCKET_PORT}`);
  // A socket left by a process that was killed would make the listen fail.
  rmSync(socketPath, { force: true });
  const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), {
    workerData: {
      dataDir: dir,
      socketPath,
      durable: opts.durable ?? true,
      stallReportMs: opts.stallReportMs ?? 20_000,
    },
  });
  const onStall = opts.onStall ?? ((report: string) => console.error(report));
  worker.on('message', (m: { type: string; report?: string }) => {
    if (m.type === 'stall' && m.report) onStall(m.report);
  });
  await new Promise<void>((ok, fail) => {
    const onMessage = (m: { type: string; message?: string }) => {
      if (m.type === 'ready') ok();
      else if (m.type === 'error') fail(new Error(`Embedded database failed to start: ${m.message}`));
    };
    worker.on('message', onMessage);
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`Embedded database thread exited (${code})`)));
  });
  return {
    url: `postgres://postgres:postgres@${encodeURIComponent(socketDir)}:${EMBEDDED_SOCKET_PORT}/postgres`,
    socketDir,
    fsyncCalls: () =>
      new Promise<number>((ok) => {
        const onMessage = (m: { type: string; count?: number }) => {
          if (m.type !== 'fsyncCalls') return;
          worker.off('message', onMessage);
          ok(m.count ?? 0);
        };
        worker.on('message', onMessage);
        worker.postMessage({ type: 'fsyncCalls' });
      }),
    async stop() {
      const stopped = new Promise<void>((ok) => {
        worker.on('message', (m: { type: string }) => m.type === 'stopped' && ok());
        worker.once('exit', () => ok());
      });
      worker.postMessage({ type: 'stop' });
      await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 10_000))]);
      await worker.terminate();
      rmSync(socketPath, { force: true });
      if (ownSocketDir) rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
