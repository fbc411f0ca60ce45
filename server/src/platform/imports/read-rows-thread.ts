import { Worker } from 'node:worker_threads';
import type { SheetFormat, SheetRow } from './file.ts';

const WORKER_URL = new URL('./read-rows.worker.ts', import.meta.url);

type Message =
  | { type: 'rows'; rows: SheetRow[]; end?: boolean }
  | { type: 'count'; count: number }
  | { type: 'error'; message: string };

/** Runs the reader thread and returns its messages in order; `ask` requests the next chunk. */
function startReader(workerData: { mode: 'rows' | 'count'; path: string; format: SheetFormat; headerRow: number }) {
  const worker = new Worker(WORKER_URL, { workerData });
  const inbox: Message[] = [];
  let waiting: ((m: Message) => void) | null = null;
  const deliver = (m: Message) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m);
    } else {
      inbox.push(m);
    }
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ type: 'error', message: error.message }));
  worker.on('exit', (code) => deliver({ type: 'error', message: `file reader stopped (${code})` }));
  return {
    next: () => {
      const m = inbox.shift();
      return m ? Promise.resolve(m) : new Promise<Message>((ok) => (waiting = ok));
    },
    ask: () => worker.postMessage({ type: 'more' }),
    stop: () => worker.terminate(),
  };
}

/**
 * The rows of an import file, read and parsed in a worker thread (see read-rows.worker.ts) so a large xlsx never
 * blocks the event loop that serves HTTP requests and the task heartbeats. The next chunk is read while the
 * caller handles the current one.
 */
export async function* readRowsOffThread(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  const reader = startReader({ mode: 'rows', path, format, headerRow: 0 });
  try {
    reader.ask();
    for (;;) {
      const m = await reader.next();
      if (m.type === 'error') {
        throw new Error(m.message);
      }
      if (m.type !== 'rows') {
        continue;
      }
      if (!m.end) {
        reader.ask();
      }
      yield* m.rows;
      if (m.end) {
        return;
      }
    }
  } finally {
    await reader.stop();
  }
}

/** countDataRows in the reader thread. */
export async function countDataRowsOffThread(path: string, format: SheetFormat, headerRow: number): Promise<number> {
  const reader = startReader({ mode: 'count', path, format, headerRow });
  try {
    const m = await reader.next();
    if (m.type !== 'count') {
      throw new Error(m.type === 'error' ? m.message : 'unexpected reply from the file reader');
    }
    return m.count;
  } finally {
    await reader.stop();
  }
}
