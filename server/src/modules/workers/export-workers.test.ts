import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
  for (const w of [
    buildWorker({ communeCode: LANG_SON.communeB, fullName: 'Lục Thị Mai', birthDate: '1990-02-28' }),
    buildWorker({ communeCode: LANG_SON.communeB, fullName: '=cmd|calc', birthDate: '2001-12-01' }),
  ])
    expect((await officer.post('/api/workers', w)).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('worker list export', () => {
  it('writes .xlsx with real date cells shown dd/mm/yyyy, a frozen header with an autofilter and names for codes', async () => {
    const res = await officer.get('/api/workers/export.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const birth = headers.indexOf('Ngày sinh') + 1;
    const name = headers.indexOf('Họ và tên') + 1;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(name).value === 'Lục Thị Mai') row = n;
    });
    expect(row).toBeGreaterThan(1);
    expect(sheet.getRow(row).getCell(birth).value).toEqual(new Date('1990-02-28T00:00:00Z'));
    expect(sheet.getRow(row).getCell(birth).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(row).getCell(1).value).toEqual(expect.any(Number));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(headers).toContain('Tên xã/phường');
  });

  it('writes CSV with BOM, a semicolon variant, and a name that looks like a formula neutralised', async () => {
    const comma = await officer.get('/api/workers/export.csv');
    expect(comma.body.startsWith('\ufeffSTT,')).toBe(true);
    expect(comma.body).toContain(",'=cmd|calc,");
    expect(comma.body).toContain('28/02/1990');
    const semicolon = await officer.get('/api/workers/export.csv?separator=semicolon');
    expect(semicolon.body.startsWith('\ufeffSTT;')).toBe(true);
  });
});

describe('import template', () => {
  it('offers the recognised headers with one example row that imports as it is', async () => {
    const res = await officer.get('/api/worker-imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('mau-danh-sach-nguoi-lao-dong.xlsx');
    const boundary = '----lmis-template';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mau.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      res.rawPayload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/worker-imports',
      headers: {
        cookie: officer.cookie,
        'x-csrf-token': officer.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const preview = uploaded.json() as ImportPreviewT;
    expect((await officer.post(`/api/worker-imports/${preview.import.id}/run`, {})).statusCode).toBe(202);
    let status: ImportStatusT | undefined;
    for (let i = 0; i < 300 && !['done', 'failed', 'interrupted'].includes(status?.status ?? ''); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      status = (await officer.get(`/api/worker-imports/${preview.import.id}`)).json() as ImportStatusT;
    }
    const errors = await officer.get(`/api/worker-imports/${preview.import.id}/errors.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
    const reasons: unknown[] = [];
    book.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) reasons.push(row.values);
    });
    expect(reasons).toEqual([]);
    expect(status).toMatchObject({ status: 'done', inserted: 1, failed: 0 });
  });
});
