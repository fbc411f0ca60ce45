import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntryT, ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { buildPeople, writeRegisterXlsx } from '../../test/register-files.ts';
import { uploadRegister } from '../../test/uploads.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'lmis-discard-test-'));
const commune = '06019';
let officer: Session;
let path: string;

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir, UPLOAD_RETENTION_DAYS: '14' });
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: commune })).session;
  path = join(dir, 'danh-sach.xlsx');
  await writeRegisterXlsx(path, buildPeople(3, 7));
});
afterAll(async () => {
  await t.close();
});

async function uploaded(s: Session): Promise<{ id: number; storedPath: string }> {
  const res = await uploadRegister(t, s, path);
  expect(res.statusCode, res.body).toBe(201);
  const id = (res.json() as ImportPreviewT).import.id;
  const row = await t.database.pool.query('SELECT stored_path FROM worker_import WHERE id = $1', [id]);
  return { id, storedPath: row.rows[0].stored_path as string };
}

describe('discarding an upload that was never run', () => {
  it('deletes the import and its stored file, and the change log records who discarded which file', async () => {
    const { id, storedPath } = await uploaded(officer);
    expect(existsSync(storedPath)).toBe(true);
    const res = await officer.delete(`/api/worker-imports/${id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(existsSync(storedPath)).toBe(false);
    expect((await officer.get(`/api/worker-imports/${id}`)).statusCode).toBe(404);
    const audit = (await officer.get(`/api/audit?entityType=worker_import&action=discard`)).json() as {
      items: AuditEntryT[];
    };
    const entry = audit.items.find((e) => e.entityId === String(id));
    expect(entry?.before).toMatchObject({ fileName: 'danh-sach.xlsx', status: 'uploaded' });
  });

  it('refuses to discard an import that has been run (409), keeping it', async () => {
    const { id } = await uploaded(officer);
    expect((await officer.post(`/api/worker-imports/${id}/run`, {})).statusCode).toBe(202);
    const res = await officer.delete(`/api/worker-imports/${id}`);
    expect(res.statusCode).toBe(409);
    expect(((await officer.get(`/api/worker-imports/${id}`)).json() as ImportStatusT).id).toBe(id);
  });

  it("answers another commune's upload as not found, like a missing one", async () => {
    const { id } = await uploaded(officer);
    const other = (await signInAs(t, { role: 'commune_officer', unitCode: '06058' })).session;
    const res = await other.delete(`/api/worker-imports/${id}`);
    const missing = await other.delete('/api/worker-imports/999999');
    expect(res.statusCode).toBe(404);
    const { requestId: _a, ...body } = res.json().error;
    const { requestId: _b, ...missingBody } = missing.json().error;
    expect(body).toEqual(missingBody);
    expect((await officer.get(`/api/worker-imports/${id}`)).statusCode).toBe(200);
  });

  it('tells how many days uploads are kept (UPLOAD_RETENTION_DAYS)', async () => {
    expect((await officer.get('/api/worker-imports/retention')).json()).toEqual({ days: 14 });
  });
});
