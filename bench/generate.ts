// `npm run gen -- --workers 2000000 [--out bench/out/workers.csv] [--seed 20]`: a province-scale register of
// Lạng Sơn (province 20) as the CSV communes upload, spread over all its communes.

import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_HEADERS, csvLine, generatePeople } from '../server/src/demo-people.ts';
import { provinceCommunes } from './communes.ts';

export async function writeWorkersCsv(path: string, count: number, seed = 20): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  out.write(`\ufeff${CSV_HEADERS.join(',')}\n`);
  let chunk: string[] = [];
  for (const p of generatePeople({ count, communes: provinceCommunes('20'), seed })) {
    chunk.push(csvLine(p));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? `${chunk.join('\n')}\n` : '');
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      workers: { type: 'string', default: '100000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '20' },
    },
  });
  const count = Number(values.workers);
  const path = values.out ?? `bench/out/workers-${count}.csv`;
  const started = performance.now();
  await writeWorkersCsv(path, count, Number(values.seed));
  console.log(
    `${count.toLocaleString('vi-VN')} người lao động → ${path} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
