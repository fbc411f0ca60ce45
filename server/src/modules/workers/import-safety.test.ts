import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, reservedCommunes, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { takeLogTail } from '../../test/log-tail.ts';
import { buildPeople, type SheetPerson, writeRegisterCsv } from '../../test/register-files.ts';
import { importFailure, landIsolatingBadRows } from './import-safety.ts';
import { IMPORT_UPLOADS } from './imports.service.ts';
import { sweepImportUploads } from './upload-retention.ts';
import type { PreparedWorkerBatch, WorkerBatch } from './workers.queries.ts';

let t: TestContext;
let officer: Session;
let commune: string;
const dir = mkdtempSync(join(tmpdir(), 'lmis-import-safety-'));
const uploads = resolve(dir, 'uploads', IMPORT_UPLOADS);

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
  [commune = ''] = await reservedCommunes(t, 'import-safety');
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: commune })).session;
});
afterAll(async () => {
  await t.close();
});

function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----lmis-safety-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const { body, contentType } = multipart(fileName, content, fields);
  return t.app.inject({
    method: 'POST',
    url: '/api/worker-imports',
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': contentType },
    payload: body,
  });
}

async function waitDone(id: number): Promise<ImportStatusT> {
  for (let i = 0; i < 600; i++) {
    const status = (await officer.get(`/api/worker-imports/${id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return status;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}

const csvOf = (people: SheetPerson[]) => {
  const path = join(dir, `list-${Math.random().toString(36).slice(2)}.csv`);
  writeRegisterCsv(path, people);
  return readFileSync(path);
};

describe('import rows that would break a batch', () => {
  it('refuses cells with NUL, control, bidi-override or zero-width characters as that row, and lands the rest', async () => {
    const people: SheetPerson[] = buildPeople(12, 71).map((p) => ({ ...p, commune: undefined }));
    people[2] = { ...(people[2] as SheetPerson), name: 'Nguyễn Văn\u0000 Nul' };
    people[5] = { ...(people[5] as SheetPerson), name: 'Lê Thị \u202Eanh' };
    people[8] = { ...(people[8] as SheetPerson), name: 'Hà\u200B Văn Ẩn' };
    const res = await upload('danh-sach.csv', csvOf(people));
    expect(res.statusCode, res.body).toBe(201);
    const { import: created } = res.json() as ImportPreviewT;
    const run = await officer.post(`/api/worker-imports/${created.id}/run`, {});
    expect(run.statusCode, run.body).toBe(202);
    const status = await waitDone(created.id);
    expect(status.status, status.errorMessage ?? '').toBe('done');
    expect(status.failed).toBe(3);
    expect(status.inserted).toBe(9);
    const { rows } = await t.database.pool.query<{ reasons: string }>(
      'SELECT reasons FROM worker_import_error WHERE import_id = $1 ORDER BY row_number',
      [created.id],
    );
    expect(rows.map((r) => r.reasons)).toEqual([
      expect.stringMatching(/Họ và tên.*NUL/),
      expect.stringMatching(/Họ và tên.*đảo chiều/),
      expect.stringMatching(/Họ và tên.*ẩn/),
    ]);
  });

  it('bisects a batch the database refuses to the rows that break it and lands every other row', async () => {
    const rows = Array.from({ length: 37 }, (_, i) => ({ personId: `p${i}`, fullName: `n${i}`, sourceRow: i + 2 }));
    const batch = {
      rows,
      scope: { kind: 'national' },
      importId: 1,
      ctx: { actor: null, requestId: 'r' },
      progress: { rowsRead: 40, invalid: [{ rowNumber: 99, reasons: 'x', raw: { fullName: 'a\u0000b' } }] },
    } as unknown as WorkerBatch;
    const landed: { rows: number[]; invalid: { rowNumber: number; raw: unknown }[]; rowsRead: number }[] = [];
    const breakers = new Set([7, 30]);
    const land = async (p: PreparedWorkerBatch) => {
      const b = p.batch;
      if (b.rows.some((r) => breakers.has(r.sourceRow))) {
        throw Object.assign(new Error('Failed query: insert … params: secret'), {
          cause: { code: '22P05', severity: 'ERROR', message: 'unsupported Unicode escape sequence' },
        });
      }
      landed.push({
        rows: b.rows.map((r) => r.sourceRow),
        invalid: b.progress?.invalid ?? [],
        rowsRead: b.progress?.rowsRead ?? 0,
      });
    };
    await landIsolatingBadRows({ query: undefined, batch } as unknown as PreparedWorkerBatch, land);
    const landedRows = landed.flatMap((l) => l.rows).sort((a, b) => a - b);
    expect(landedRows).toEqual(rows.map((r) => r.sourceRow).filter((n) => !breakers.has(n)));
    const invalid = landed.flatMap((l) => l.invalid);
    expect(invalid.map((e) => e.rowNumber).sort((a, b) => a - b)).toEqual([7, 30, 99]);
    expect(JSON.stringify(invalid)).not.toContain('\\u0000');
    expect(landed.reduce((sum, l) => sum + l.rowsRead, 0)).toBe(40);
  });

  it('records a failed import as a reason and a reference, never the statement or its parameters', () => {
    const error = Object.assign(
      new Error('Failed query: INSERT INTO worker (person_id, full_name) VALUES … params: 020192000001,Nguyễn Văn A'),
      { cause: { code: '08006', severity: 'FATAL', message: 'connection lost' } },
    );
    const { message, reference } = importFailure(error);
    expect(message).toContain(reference);
    expect(message).not.toMatch(/INSERT|params|020192000001|Nguyễn/);
  });
});

describe('uploaded files', () => {
  it('are stored owner-only (0600 in a 0700 folder)', async () => {
    const res = await upload('quyen.csv', csvOf(buildPeople(3, 3)));
    expect(res.statusCode, res.body).toBe(201);
    const { rows } = await t.database.pool.query<{ stored_path: string }>(
      'SELECT stored_path FROM worker_import WHERE id = $1',
      [(res.json() as ImportPreviewT).import.id],
    );
    const stored = rows[0]?.stored_path as string;
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    expect(statSync(uploads).mode & 0o777).toBe(0o700);
    expect(statSync(resolve(dir, 'uploads')).mode & 0o777).toBe(0o700);
  });

  it('leave no file behind when the upload is refused', async () => {
    const before = readdirSync(uploads).length;
    const broken = await upload('hong.xlsx', Buffer.from('this is not a workbook'));
    expect(broken.statusCode).toBe(400);
    const noHeader = await upload('trong.csv', Buffer.from('a,b,c\r\n1,2,3\r\n'));
    expect(noHeader.statusCode).toBe(400);
    expect(readdirSync(uploads).length).toBe(before);
  });

  it('refuse an unreadable file in Vietnamese and log the reader’s reason for the operator', async () => {
    takeLogTail();
    const broken = await upload('hong.xlsx', Buffer.from('this is not a workbook'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toBe('Không đọc được tệp: tệp hỏng hoặc không đúng định dạng');
    const logged = takeLogTail().map(
      (line) => JSON.parse(line) as { msg: string; code?: string; err?: { message?: string } },
    );
    const refusal = logged.find((line) => line.msg === 'request refused' && line.code === 'VALIDATION');
    expect(refusal?.err?.message).toBeTruthy();
    expect(refusal?.err?.message).not.toContain('Không đọc được tệp');
  });

  it('are deleted after the retention period and when orphaned; the import then asks for the file again', async () => {
    const res = await upload('han.csv', csvOf(buildPeople(3, 4)));
    const id = (res.json() as ImportPreviewT).import.id;
    const { rows } = await t.database.pool.query<{ stored_path: string }>(
      'SELECT stored_path FROM worker_import WHERE id = $1',
      [id],
    );
    const stored = rows[0]?.stored_path as string;
    const orphan = join(uploads, 'orphan-left-by-a-crash.csv');
    writeFileSync(orphan, 'x', { mode: 0o600 });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(orphan, twoHoursAgo, twoHoursAgo);

    const kept = await sweepImportUploads({ db: t.database.db, dataDir: dir, retentionDays: 30 });
    expect(kept.orphans).toBe(1);
    expect(readdirSync(uploads)).toContain(stored.split('/').pop());

    const later = new Date(Date.now() + 31 * 24 * 3600_000);
    const swept = await sweepImportUploads({ db: t.database.db, dataDir: dir, retentionDays: 30, now: later });
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect(readdirSync(uploads)).not.toContain(stored.split('/').pop());
    const run = await officer.post(`/api/worker-imports/${id}/run`, {});
    expect(run.statusCode).toBe(400);
    expect(run.json().error.message).toMatch(/thời hạn lưu giữ/);
  });

  it('a refused upload of 300 KB does not leave a kept-alive connection hanging for the next request', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (path: string, method: string, body?: Buffer, contentType?: string) =>
      new Promise<{ status: number; body: string }>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`${method} ${path} hung`)), 10_000);
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method,
            agent,
            headers: {
              cookie: officer.cookie,
              'x-csrf-token': officer.csrf,
              ...(contentType && { 'content-type': contentType }),
              ...(body && { 'content-length': body.length }),
            },
          },
          (res) => {
            let text = '';
            res.on('data', (c) => {
              text += c;
            });
            res.on('end', () => {
              clearTimeout(timer);
              done({ status: res.statusCode ?? 0, body: text });
            });
          },
        );
        req.on('error', (e) => {
          clearTimeout(timer);
          fail(e);
        });
        req.end(body);
      });
    // Refused for its unit (outside the officer's commune) before the file is read.
    const big = multipart('lon.csv', Buffer.alloc(400 * 1024, 'a'), { unitCode: '01' });
    const refused = await send('/api/worker-imports', 'POST', big.body, big.contentType);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const next = await send('/api/auth/me', 'GET');
    expect(next.status).toBe(200);
    agent.destroy();
  });
});
