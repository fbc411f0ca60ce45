import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the embedded PGlite database on disk in `dataDir` and returns a postgres:// URL to it. */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedServer> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), { workerData: { dataDir: dir, port } });
  const conn = await new Promise<string>((ok, fail) => {
    const onMessage = (m: { type: string; conn?: string; message?: string }) => {
      if (m.type === 'ready' && m.conn) ok(m.conn);
      else if (m.type === 'error') fail(new Error(`Embedded database failed to start: ${m.message}`));
    };
    worker.on('message', onMessage);
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`Embedded database thread exited (${code})`)));
  });
  return {
    url: `postgres://postgres:postgres@${conn}/postgres`,
    async stop() {
      const stopped = new Promise<void>((ok) => {
        worker.on('message', (m: { type: string }) => m.type === 'stopped' && ok());
        worker.once('exit', () => ok());
      });
      worker.postMessage({ type: 'stop' });
      await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 10_000))]);
      await worker.terminate();
    },
  };
}
