// Reads an import file in its own thread (xlsx unzip and XML parsing, CSV parsing are CPU work that would
// otherwise stall the HTTP event loop) and hands the rows to the import in chunks, one chunk ahead.
import { parentPort, workerData } from 'node:worker_threads';
import { countDataRows, readRows, type SheetFormat, type SheetRow } from './file.ts';

const input = workerData as { mode: 'rows' | 'count'; path: string; format: SheetFormat; headerRow: number };
const port = parentPort;
if (!port) {
  throw new Error('read-rows.worker must run in a worker thread');
}
const CHUNK_ROWS = 500;

let credit = 0;
let wake: (() => void) | null = null;
port.on('message', (m: { type: string }) => {
  if (m.type === 'more') {
    credit += 1;
    wake?.();
  }
});
const granted = async () => {
  while (credit === 0) {
    await new Promise<void>((ok) => {
      wake = ok;
    });
  }
  credit -= 1;
};

try {
  if (input.mode === 'count') {
    port.postMessage({ type: 'count', count: await countDataRows(input.path, input.format, input.headerRow) });
  } else {
    let chunk: SheetRow[] = [];
    for await (const row of readRows(input.path, input.format)) {
      chunk.push(row);
      if (chunk.length >= CHUNK_ROWS) {
        await granted();
        port.postMessage({ type: 'rows', rows: chunk });
        chunk = [];
      }
    }
    await granted();
    port.postMessage({ type: 'rows', rows: chunk, end: true });
  }
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
