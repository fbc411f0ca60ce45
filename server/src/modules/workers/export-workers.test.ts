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
    const row = [2, 3].find((r) => sheet.getRow(r).getCell(name).value === 'Lục Thị Mai') ?? 0;
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
