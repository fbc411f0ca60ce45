import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HouseholdDetailT, HouseholdRowT, ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersonId, LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { uploadRegister } from '../../test/uploads.ts';

let t: TestContext;
let province: Session;
const dir = mkdtempSync(join(tmpdir(), 'lmis-household-import-'));
const tag = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
});
afterAll(() => t.close());

const HEADERS = [
  'STT',
  'Mã hộ',
  'Họ và tên chủ hộ',
  'Số định danh cá nhân chủ hộ',
  'Thôn, tổ dân phố',
  'Xã/Phường',
  'Khu vực',
  'Phân loại hộ',
];

/**
 * A province's list of poor and near-poor households as communes send it up: the People's Committee and the list's
 * title above the header, the columns numbered under it, then one household per row.
 */
async function writeHouseholdList(path: string, rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['UBND TỈNH LẠNG SƠN']);
  sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025']);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  sheet.addRow(HEADERS.map((_, i) => `(${i + 1})`));
  rows.forEach((r, i) => {
    sheet.addRow([i + 1, ...r]);
  });
  await workbook.xlsx.writeFile(path);
}

async function waitDone(s: Session, id: number): Promise<ImportStatusT> {
  for (let i = 0; i < 600; i++) {
    const status = (await s.get(`/api/household-imports/${id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return status;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}

async function errorRows(s: Session, id: number): Promise<[number, string][]> {
  const res = await s.get(`/api/household-imports/${id}/errors.xlsx`);
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: [number, string][] = [];
  workbook.worksheets[0]?.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1, 3) as [number, string]);
  });
  return rows;
}

async function householdsOf(s: Session, communeCode: string): Promise<HouseholdRowT[]> {
  const res = await s.get(`/api/households?communeCode=${communeCode}&pageSize=200`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: HouseholdRowT[] }).items.filter((h) => h.householdCode.startsWith(tag));
}

describe('importing a commune list of poor and near-poor households', () => {
  const headId = buildPersonId({ sex: 'female', birthYear: 1979 });
  const rows = [
    [`${tag}-01`, 'Hoàng Thị Mai', headId, 'Khối 3', 'Phường Đông Kinh', 'Thành thị', 'Hộ nghèo'],
    [`${tag}-02`, 'Vi Văn Thắng', null, 'Khối 5', LANG_SON.communeA, 'Thành thị', 'Hộ cận nghèo'],
    // The bad row: an area that is neither urban nor rural, and no head.
    [`${tag}-03`, null, null, 'Khối 7', 'Phường Đông Kinh', 'Miền núi', 'Hộ nghèo'],
    [`${tag}-04`, 'Lộc Văn Sơn', null, 'Thôn Nà Chuông', LANG_SON.communeB, 'Nông thôn', 'Hộ cận nghèo'],
    // A commune of another province (Hà Nội): outside the officer's scope.
    [`${tag}-05`, 'Nguyễn Văn Nam', null, 'Tổ 1', '00004', 'Thành thị', 'Hộ nghèo'],
  ];
  let preview: ImportPreviewT;
  let status: ImportStatusT;

  beforeAll(async () => {
    const path = join(dir, 'ds-ho-ngheo.xlsx');
    await writeHouseholdList(path, rows);
    const res = await uploadRegister(t, province, path, {}, '/api/household-imports');
    expect(res.statusCode, res.body).toBe(201);
    preview = res.json() as ImportPreviewT;
    const run = await province.post(`/api/household-imports/${preview.import.id}/run`, {});
    expect(run.statusCode, run.body).toBe(202);
    status = await waitDone(province, preview.import.id);
  });

  it('finds the header under the title rows and maps the list columns to the declared fields', () => {
    expect(preview.import.headerRow).toBe(4);
    expect(preview.import.mapping).toMatchObject({
      householdCode: 1,
      headName: 2,
      headPersonId: 3,
      address: 4,
      communeCode: 5,
      areaType: 6,
    });
    // The numbering row under the header is no data row.
    expect(preview.sample[0]?.rowNumber).toBe(6);
    expect(preview.communeNote).toContain('lấy từ cột "Xã/Phường"');
  });

  it('lands the good rows in the commune each names, and reports each bad row with its row number and reason', async () => {
    expect(status, status.errorMessage ?? '').toMatchObject({ status: 'done', inserted: 3, failed: 2, rowsDone: 5 });
    const errors = new Map(await errorRows(province, preview.import.id));
    expect([...errors.keys()].sort((a, b) => a - b)).toEqual([8, 10]);
    expect(errors.get(8)).toContain('Chủ hộ: bắt buộc nhập');
    expect(errors.get(8)).toContain('Khu vực: "Miền núi" không hợp lệ (Thành thị/Nông thôn)');
    expect(errors.get(10)).toContain('nằm ngoài phạm vi quản lý của bạn');

    const inA = await householdsOf(province, LANG_SON.communeA);
    expect(inA.map((h) => [h.householdCode, h.headName, h.areaType]).sort()).toEqual([
      [`${tag}-01`, 'Hoàng Thị Mai', 'urban'],
      [`${tag}-02`, 'Vi Văn Thắng', 'urban'],
    ]);
    const inB = await householdsOf(province, LANG_SON.communeB);
    expect(inB.map((h) => [h.householdCode, h.address, h.areaType])).toEqual([
      [`${tag}-04`, 'Thôn Nà Chuông', 'rural'],
    ]);
    // The head with a personal ID is the household's first member, linked to the person registry.
    const first = inA.find((h) => h.householdCode === `${tag}-01`) as HouseholdRowT;
    const detail = (await province.get(`/api/households/${first.id}`)).json() as HouseholdDetailT;
    expect(detail.members.map((m) => [m.personId, m.fullName, m.relation])).toEqual([
      [headId, 'Hoàng Thị Mai', 'Chủ hộ'],
    ]);
    const person = await t.database.pool.query('SELECT commune_code FROM person WHERE person_id = $1', [headId]);
    expect(person.rows).toEqual([{ commune_code: LANG_SON.communeA }]);
  });

  it('changes nothing when the same list is imported again', async () => {
    const run = await province.post(`/api/household-imports/${preview.import.id}/run`, {});
    expect(run.statusCode, run.body).toBe(202);
    const again = await waitDone(province, preview.import.id);
    expect(again).toMatchObject({ status: 'done', inserted: 0, unchanged: 3, failed: 2 });
    expect(await householdsOf(province, LANG_SON.communeA)).toHaveLength(2);
  });

  it('keeps a household import apart from the worker imports, and out of another unit’s reach', async () => {
    expect((await province.get(`/api/worker-imports/${preview.import.id}`)).statusCode).toBe(404);
    expect((await province.get('/api/worker-imports')).json()).not.toContainEqual(
      expect.objectContaining({ id: preview.import.id }),
    );
    const other = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
    const missing = await other.get('/api/household-imports/2147483000');
    const outside = await other.get(`/api/household-imports/${preview.import.id}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.message).toBe(missing.json().error.message);
  });

  it('offers a template with the recognised headers, which imports as it is', async () => {
    const res = await province.get('/api/household-imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = ((workbook.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toEqual([
      'Mã hộ',
      'Chủ hộ',
      'Số định danh cá nhân của chủ hộ',
      'Địa chỉ',
      'Xã/phường',
      'Huyện/quận (trước 2025)',
      'Tỉnh/thành phố',
      'Khu vực',
      'Ngày ghi nhận',
    ]);
  });
});
