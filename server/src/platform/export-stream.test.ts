import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { type Cell, csvCell, exportStream } from './export-stream.ts';

async function* batches(fail: 'never' | 'first' | 'later'): AsyncGenerator<Cell[][]> {
  if (fail === 'first') throw new Error('database gone');
  for (let b = 0; b < 40; b++) {
    if (fail === 'later' && b === 20) throw new Error('database gone');
    yield Array.from({ length: 500 }, (_, i): Cell[] => [b * 500 + i, `Người số ${i}`, 'x'.repeat(100)]);
  }
}

/** Serves one export over a real socket and reports how the client saw the transfer end. */
async function download(fail: 'never' | 'first' | 'later', failures: unknown[]) {
  const app = Fastify({ logger: false });
  app.get('/export', async (_request, reply) => {
    const stream = await exportStream({
      format: 'csv',
      sheetName: 'x',
      headers: ['STT', 'Họ tên', 'Ghi chú'],
      batches: batches(fail),
      onFailed: (error) => {
        failures.push(error);
      },
    });
    return reply.header('content-type', 'text/csv').send(stream);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  try {
    return await new Promise<{ status: number; bytes: number; outcome: 'complete' | 'aborted' }>((done) => {
      const req = request({ host: '127.0.0.1', port, path: '/export' }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, bytes, outcome: res.complete ? 'complete' : 'aborted' }),
        );
        res.on('error', () => done({ status: res.statusCode ?? 0, bytes, outcome: 'aborted' }));
        res.on('aborted', () => done({ status: res.statusCode ?? 0, bytes, outcome: 'aborted' }));
      });
      req.on('error', () => done({ status: 0, bytes: 0, outcome: 'aborted' }));
      req.end();
    });
  } finally {
    await app.close();
  }
}

describe('file exports', () => {
  it('neutralises formula injection in CSV cells but keeps real numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+cmd|calc')).toBe('"\'+cmd|calc"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+84912345678')).toBe('+84912345678');
    expect(csvCell('3,5')).toBe('"3,5"');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('15/03/1992')).toBe('15/03/1992');
    expect(csvCell('Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });

  it('fails before the first byte when the first batch cannot be read', async () => {
    const failures: unknown[] = [];
    const result = await download('first', failures);
    expect(result.status).toBe(500);
    expect(failures).toHaveLength(1);
  });

  it('aborts the transfer (the client sees it) when the export fails mid-way, and reports the failure', async () => {
    const failures: unknown[] = [];
    const result = await download('later', failures);
    expect(result.status).toBe(200);
    expect(result.outcome).toBe('aborted');
    expect(result.bytes).toBeGreaterThan(0);
    expect(failures).toHaveLength(1);
  });

  it('ends a complete export normally', async () => {
    const failures: unknown[] = [];
    const result = await download('never', failures);
    expect(result.outcome).toBe('complete');
    expect(failures).toHaveLength(0);
  });
});
