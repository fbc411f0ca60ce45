import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreviewT, ImportStatusT, WorkerT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { buildPeople, type SheetPerson, writeRegisterCsv, writeRegisterXlsx } from '../../test/register-files.ts';
import { uploadRegister } from '../../test/uploads.ts';
import { markImportsInterrupted } from './index.ts';
import { IMPORT_BATCH_ROWS } from './run-import.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'lmis-import-test-'));

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
});
afterAll(async () => {
  await t.close();
});

/** Uploads a file as multipart/form-data, the way the browser does. */
const upload = (s: Session, path: string, fields: Record<string, string> = {}) => uploadRegister(t, s, path, fields);

async function waitDone(s: Session, id: number): Promise<ImportStatusT> {
  for (let i = 0; i < 600; i++) {
    const status = (await s.get(`/api/worker-imports/${id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return status;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}

async function importFile(s: Session, path: string, fields: Record<string, string> = {}) {
  const res = await upload(s, path, fields);
  expect(res.statusCode, res.body).toBe(201);
  const preview = res.json() as ImportPreviewT;
  const run = await s.post(`/api/worker-imports/${preview.import.id}/run`, {});
  expect(run.statusCode, run.body).toBe(202);
  return { preview, status: await waitDone(s, preview.import.id) };
}

async function errorRows(s: Session, id: number): Promise<(string | number)[][]> {
  const res = await s.get(`/api/worker-imports/${id}/errors.xlsx`);
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: (string | number)[][] = [];
  workbook.worksheets[0]?.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as (string | number)[]).slice(1, 3));
  });
  return rows;
}

const countIn = async (commune: string) =>
  (await t.database.pool.query('SELECT count(*)::int AS n FROM worker WHERE commune_code = $1', [commune])).rows[0]
    .n as number;

describe('importing a commune register from Excel', () => {
  const commune = '06019';
  let officer: Session;
  let path: string;
  let people: SheetPerson[];
  let firstImport: ImportStatusT;

  beforeAll(async () => {
    officer = (await signInAs(t, { role: 'commune_officer', unitCode: commune })).session;
    people = buildPeople(100, 1);
    // 5 % bad rows, each wrong in its own way.
    people[10] = { ...(people[10] as SheetPerson), birth: '31/02/1990' };
    people[20] = { ...(people[20] as SheetPerson), id: '123456789' };
    people[30] = { ...(people[30] as SheetPerson), sex: 'X' };
    people[40] = { ...(people[5] as SheetPerson), name: 'Nguyễn Văn Trùng' };
    people[50] = { ...(people[50] as SheetPerson), ethnic: 'Không rõ' };
    path = join(dir, 'danh-sach-thon.xlsx');
    await writeRegisterXlsx(path, people);
  });

  it('finds the header under a merged title and maps the Vietnamese columns', async () => {
    const res = await upload(officer, path);
    expect(res.statusCode).toBe(201);
    const preview = res.json() as ImportPreviewT;
    expect(preview.import.headerRow).toBe(3);
    expect(preview.import.mapping).toMatchObject({
      fullName: 1,
      birthDate: 2,
      sex: 3,
      ethnicityCode: 4,
      personId: 5,
      qualificationCode: 6,
      employmentStatus: 7,
      needTraining: 8,
    });
    expect(preview.sample[0]?.rowNumber).toBe(5);
  });

  it('is not misled by a title row naming a thôn and a phường (no commune column)', async () => {
    const path2 = join(dir, 'khong-cot-xa.xlsx');
    await writeRegisterXlsx(path2, people.slice(0, 5), { communeColumn: false });
    const preview = (await upload(officer, path2)).json() as ImportPreviewT;
    expect(preview.import.mapping).toEqual({
      fullName: 1,
      birthDate: 2,
      sex: 3,
      ethnicityCode: 4,
      personId: 5,
      qualificationCode: 6,
      employmentStatus: 7,
      needTraining: 8,
    });
  });

  it('lands exactly the 95 good rows and reports exactly the 5 bad ones with row numbers and reasons', async () => {
    const { preview, status } = await importFile(officer, path);
    firstImport = status;
    expect(status).toMatchObject({
      status: 'done',
      totalRows: 100,
      rowsDone: 100,
      inserted: 95,
      updated: 0,
      unchanged: 0,
      failed: 5,
    });
    expect(await countIn(commune)).toBe(95);
    const errors = await errorRows(officer, preview.import.id);
    expect(errors.map((e) => e[0])).toEqual([15, 25, 35, 45, 55]);
    expect(errors[0]?.[1]).toContain('Ngày sinh: 31/02/1990 không có ngày này');
    expect(errors[1]?.[1]).toContain('phải gồm đúng 12 chữ số');
    expect(errors[2]?.[1]).toContain('Giới tính: "X" không hợp lệ');
    expect(errors[3]?.[1]).toContain('trùng với dòng 10 trong tệp');
    expect(errors[4]?.[1]).toContain('Dân tộc: "Không rõ" không có trong danh mục');
  });

  it('restores IDs stored as numbers, reads Excel and text dates, and normalises NFD names', async () => {
    const numeric = people[0] as SheetPerson; // i % 4 === 0: the ID was written as a number
    expect(typeof numeric.id).toBe('number');
    const id = String(numeric.id).padStart(12, '0');
    const w = (await officer.get(`/api/workers/${id}`)).json() as WorkerT;
    expect(w.fullName).toBe(numeric.name.trim().normalize('NFC'));
    expect(w.fullName).toBe(w.fullName.normalize('NFC'));
    expect(w.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(w.sourceImportId).toBe(firstImport.id);
    const found = (
      await officer.get(
        `/api/workers?q=${encodeURIComponent(
          numeric.name
            .trim()
            .normalize('NFC')
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd'),
        )}`,
      )
    ).json();
    expect(found.items.map((x: WorkerT) => x.personId)).toContain(id);
  });

  it('re-importing the same file changes nothing and writes no audit', async () => {
    const audits = async () =>
      (
        await t.database.pool.query(
          "SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'worker' AND unit_code = $1",
          [commune],
        )
      ).rows[0].n as number;
    const before = await audits();
    const { status } = await importFile(officer, path);
    expect(status).toMatchObject({ inserted: 0, updated: 0, unchanged: 95, failed: 5 });
    expect(await countIn(commune)).toBe(95);
    expect(await audits()).toBe(before);
  });

  it('updates only the rows that changed, with audit', async () => {
    const changed = people.map((p, i) => (i === 1 || i === 2 ? { ...p, status: 'Thất nghiệp' } : p));
    const path2 = join(dir, 'danh-sach-thon-sua.xlsx');
    await writeRegisterXlsx(path2, changed);
    const { status } = await importFile(officer, path2);
    expect(status).toMatchObject({ inserted: 0, updated: 2, unchanged: 93 });
    const id = String((people[1] as SheetPerson).id).padStart(12, '0');
    const history = (await officer.get(`/api/audit?entityType=worker&entityId=${id}`)).json();
    expect(history.items[0]).toMatchObject({
      action: 'update',
      before: { employmentStatus: '1' },
      after: { employmentStatus: '2' },
    });
    // The first import created the record: the bulk entry of its batch lists it, and the history finds it.
    expect(history.items).toHaveLength(2);
    expect(history.items[1]).toMatchObject({ action: 'create', entityId: null, entityCount: 95 });
    expect(history.items[1].note).toMatch(new RegExp(`^lần nhập #${firstImport.id}, dòng \\d+–\\d+$`));
  });
});

describe('import scope', () => {
  it("refuses a commune officer's upload into another commune", async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA });
    const path = join(dir, 'other.csv');
    writeRegisterCsv(path, buildPeople(3, 2));
    const res = await upload(session, path, { unitCode: LANG_SON.communeB });
    expect(res.statusCode).toBe(403);
  });

  it('refuses rows of people registered in another commune without naming it, and rows naming another commune', async () => {
    const holder = (await signInAs(t, { role: 'commune_officer', unitCode: '06058' })).session;
    const person = buildPeople(1, 3)[0] as SheetPerson;
    const first = join(dir, 'holder.csv');
    writeRegisterCsv(first, [person]);
    expect((await importFile(holder, first)).status.inserted).toBe(1);

    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: '06037' });
    const others = buildPeople(2, 4);
    const path = join(dir, 'clash.csv');
    writeRegisterCsv(path, [
      { ...person, commune: '06037' },
      { ...(others[0] as SheetPerson), commune: '06058' },
      { ...(others[1] as SheetPerson), commune: '06037' },
    ]);
    const { preview, status } = await importFile(session, path);
    expect(status).toMatchObject({ inserted: 1, failed: 2 });
    const errors = await errorRows(session, preview.import.id);
    expect(errors).toEqual([
      [
        2,
        expect.stringMatching(
          /^Số định danh cá nhân \d{12} đã được đăng ký tại đơn vị khác; có thể gửi yêu cầu chuyển đến$/,
        ),
      ],
      [3, expect.stringContaining('Xã Quốc Việt nằm ngoài phạm vi quản lý của bạn')],
    ]);
  });
});

describe('pre-reform units in a file', () => {
  it('maps an old commune name through the 2025 crosswalk, and flags a partial merge for review', async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '01' });
    const [a, b, c] = buildPeople(3, 5) as [SheetPerson, SheetPerson, SheetPerson];
    const path = join(dir, 'ha-noi-cu.csv');
    writeRegisterCsv(path, [
      { ...a, commune: 'Phường Phúc Xá' }, // old 00001, fully merged into 00097 Phường Hồng Hà
      { ...b, commune: 'Phường Dịch Vọng Hậu' }, // old 00167, split between two new wards
      { ...c, commune: 'Phường Hồng Hà' },
    ]);
    const { status } = await importFile(session, path);
    expect(status).toMatchObject({ inserted: 3, failed: 0, flagged: 1 });
    const byId = async (p: SheetPerson) =>
      (await session.get(`/api/workers/${String(p.id).padStart(12, '0')}`)).json() as WorkerT;
    expect(await byId(a)).toMatchObject({
      communeCode: '00097',
      unitNeedsReview: false,
      sourceUnit: '00001 Phường Phúc Xá',
    });
    expect(await byId(b)).toMatchObject({ unitNeedsReview: true, sourceUnit: '00167 Phường Dịch Vọng Hậu' });
    expect(await byId(c)).toMatchObject({ communeCode: '00097', sourceUnit: null });
    const flagged = (await session.get('/api/workers?unitCode=01&unitNeedsReview=true')).json();
    expect(flagged.items.map((w: WorkerT) => w.personId)).toEqual([String(b.id).padStart(12, '0')]);
  });
});

describe('an import whose process is killed', () => {
  it('leaves only whole batches, and running it again reaches the same final state', async () => {
    const commune = '06040';
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: commune });
    const people = buildPeople(20_000, 6);
    const path = join(dir, 'lon.csv');
    writeRegisterCsv(path, people);
    const preview = (await upload(session, path)).json() as ImportPreviewT;
    const id = preview.import.id;
    await t.database.pool.query("UPDATE worker_import SET status = 'queued' WHERE id = $1", [id]);

    // A separate process runs the import; it is killed with SIGKILL part-way through.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli.ts', 'worker-import:run', '--id', String(id)],
      {
        env: { ...process.env, DATABASE_URL: inject('databaseUrl'), LOG_LEVEL: 'silent', DEMO_DATA: 'off' },
        stdio: 'ignore',
      },
    );
    let done = 0;
    for (let i = 0; i < 1200 && done < IMPORT_BATCH_ROWS; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      done = (await t.database.pool.query('SELECT rows_done FROM worker_import WHERE id = $1', [id])).rows[0].rows_done;
    }
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));
    const killed = (await t.database.pool.query('SELECT status, rows_done FROM worker_import WHERE id = $1', [id]))
      .rows[0];
    // Left running by the killed process, unless another process of the run has started meanwhile and already
    // marked it interrupted (every start recovers the imports of processes that are gone).
    expect(['running', 'interrupted']).toContain(killed.status);
    expect(killed.rows_done).toBeGreaterThanOrEqual(IMPORT_BATCH_ROWS);
    expect(killed.rows_done).toBeLessThan(20_000);
    expect(killed.rows_done % IMPORT_BATCH_ROWS).toBe(0);
    expect(await countIn(commune)).toBe(killed.rows_done);

    // A start after the process is gone marks it interrupted (this import only: the other test files' imports
    // are running); running it again resumes after the last committed batch.
    await markImportsInterrupted(t.database.db, [id]);
    const marked = await t.database.pool.query('SELECT status FROM worker_import WHERE id = $1', [id]);
    expect(marked.rows[0].status).toBe('interrupted');
    const rerun = await session.post(`/api/worker-imports/${id}/run`, {});
    expect(rerun.statusCode).toBe(202);
    const status = await waitDone(session, id);
    expect(status).toMatchObject({ status: 'done', rowsDone: 20_000, inserted: 20_000, failed: 0 });
    expect(await countIn(commune)).toBe(20_000);
    const ids = new Set(people.map((p) => String(p.id).padStart(12, '0')));
    const stored = (await t.database.pool.query('SELECT person_id FROM worker WHERE commune_code = $1', [commune]))
      .rows;
    expect(stored.every((r: { person_id: string }) => ids.has(r.person_id))).toBe(true);
  }, 180_000);
});

describe('export', () => {
  it('streams the filtered list to .xlsx and .csv, audited, and the .xlsx imports back unchanged', async () => {
    const commune = '06046';
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: commune });
    const path = join(dir, 'xuat.csv');
    writeRegisterCsv(path, buildPeople(30, 7));
    await importFile(session, path);
    const xlsx = await session.get('/api/workers/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const csv = await session.get('/api/workers/export.csv?sex=female');
    expect(csv.body.trim().split('\r\n')).toHaveLength(16);
    const exported = join(dir, 'exported.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(exported, xlsx.rawPayload);
    const { status } = await importFile(session, exported);
    expect(status).toMatchObject({ inserted: 0, updated: 0, unchanged: 30, failed: 0 });
    const audits = (await session.get('/api/audit?entityType=worker_list')).json();
    expect(audits.items.map((a: { entityId: string }) => a.entityId)).toEqual(expect.arrayContaining(['xlsx', 'csv']));
  });
});

describe('uploads and exports leave a trace and stay owner-only', () => {
  it('stores an uploaded register 0600 in a 0700 folder and records the upload and an export in the security log', async () => {
    const { statSync } = await import('node:fs');
    const { user, session } = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA });
    const file = join(dir, 'owner-only.csv');
    writeRegisterCsv(file, buildPeople(3, 77));
    const res = await upload(session, file);
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as ImportPreviewT).import.id;
    const { rows } = await t.database.pool.query('SELECT stored_path FROM worker_import WHERE id = $1', [id]);
    const stored = rows[0].stored_path as string;
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    expect(statSync(join(stored, '..')).mode & 0o777).toBe(0o700);
    expect((await session.get('/api/workers/export.csv')).statusCode).toBe(200);
    const events = await t.database.pool.query(
      "SELECT kind, outcome, target FROM security_event WHERE actor_id = $1 AND kind IN ('upload', 'export') ORDER BY id",
      [user.id],
    );
    expect(events.rows).toEqual([
      { kind: 'upload', outcome: 'success', target: `worker_import ${id} .csv` },
      { kind: 'export', outcome: 'success', target: 'worker_list .csv' },
    ]);
  });
});
