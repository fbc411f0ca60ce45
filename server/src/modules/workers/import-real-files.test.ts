import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreviewT, WorkerT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestContext } from '../../test/harness.ts';
import { importErrorRows, importRegister, uploadRegister } from '../../test/import-helpers.ts';
import { buildPeople, type OldLayoutRow, type SheetPerson, writeOldLayoutXlsx } from '../../test/register-files.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'lmis-real-files-'));
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
});
afterAll(async () => {
  await t.close();
});

const idOf = (p: SheetPerson) => String(p.id).padStart(12, '0');
const TUYEN_QUANG = '08';
const HAM_YEN = '02374'; // Xã Hàm Yên since 2025-07-01: Thị trấn Tân Yên, Xã Tân Thành, Nhân Mục, Bằng Cốc
const PHU_LUU = '02392'; // Xã Phù Lưu since 2025-07-01: Xã Phù Lưu and Xã Minh Dân (huyện Hàm Yên)

/**
 * A Hàm Yên register of 2024 as a commune sends it: old layout, units written with their district in every way
 * seen, communes of the province and outside it, an unknown one, an ambiguous one, and the usual typing errors.
 */
function hamYenRows(seed: number) {
  const p = buildPeople(15, seed);
  const at = (i: number) => p[i] as SheetPerson;
  const rows: (OldLayoutRow & { lands: string | null })[] = [
    { person: at(0), unit: 'Xã Phù Lưu, huyện Hàm Yên', lands: PHU_LUU },
    { person: at(1), unit: 'TT. Tân Yên - H. Hàm Yên', lands: HAM_YEN },
    { person: at(2), unit: 'Xã Minh Dân (Hàm Yên, Tuyên Quang)', lands: PHU_LUU },
    { person: at(3), unit: 'Xa Tan Thanh - H. Ham Yen', lands: HAM_YEN },
    { person: at(4), unit: 'Xã Tân Thành, huyện Bắc Quang, tỉnh Hà Giang', lands: '01171' },
    { person: at(5), unit: 'Xã Tân Thành', lands: null }, // two old Xã Tân Thành in today's Tuyên Quang
    { person: at(6), unit: 'Phường 3, TP Sóc Trăng', lands: null }, // today in Cần Thơ
    { person: at(7), unit: 'Xã Hàm Yên', lands: HAM_YEN }, // today's name
    { person: at(8), unit: 'Xã Nhân Mục, huyện Hàm Yên'.normalize('NFD'), lands: HAM_YEN },
    { person: at(9), unit: 'Xã Bình Yên Không Có, huyện Hàm Yên', lands: null },
    { person: at(10), unit: '', lands: null },
    { person: at(0), unit: 'Xã Phù Lưu, huyện Hàm Yên', lands: null }, // row 6 again, exactly
    { person: { ...at(11), id: idOf(at(11)).slice(1) }, unit: 'Xã Hàm Yên', lands: null },
    { person: { ...at(12), birth: '31/02/1992' }, unit: 'Xã Hàm Yên', lands: null },
    { person: { ...at(13), birth: '15/06/2099' }, unit: 'Xã Hàm Yên', lands: null },
  ];
  return rows;
}
// Data rows start at spreadsheet row 6 (two titles, a blank row, the header, the numbering row).
const rowOf = (i: number) => i + 6;

describe('a pre-2025 commune register (old layout, units with their district)', () => {
  it('lands every valid row in the right new commune for a province officer, and refuses the rest with reasons', async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: TUYEN_QUANG });
    const rows = hamYenRows(21);
    const path = join(dir, 'ham-yen-2024.xlsx');
    await writeOldLayoutXlsx(path, rows);
    const { preview, status } = await importRegister(t, session, path);
    expect(preview.import.headerRow).toBe(4);
    expect(preview.import.mapping).toMatchObject({ fullName: 1, birthDate: 2, sex: 3, personId: 4, communeCode: 6 });
    expect(preview.communeNote).toContain('lấy từ cột "Xã/Thị trấn"');
    expect(status).toMatchObject({ status: 'done', inserted: 7, failed: 7, repeated: 1 });
    for (const r of rows.filter((x) => x.lands)) {
      const w = (await session.get(`/api/workers/${idOf(r.person)}`)).json() as WorkerT;
      expect(w.communeCode, r.unit).toBe(r.lands);
    }
    const byRow = new Map((await importErrorRows(session, preview.import.id)).map((e) => [e[0], e]));
    expect(byRow.get(rowOf(5))?.[1]).toMatch(/"Xã Tân Thành" khớp nhiều đơn vị \(.*Huyện Bắc Quang.*Huyện Hàm Yên/);
    expect(byRow.get(rowOf(6))?.[1]).toContain('nằm ngoài phạm vi quản lý của bạn');
    expect(byRow.get(rowOf(9))?.[1]).toContain('không có trong danh mục đơn vị hành chính');
    expect(byRow.get(rowOf(10))?.[1]).toContain('Xã/phường: bắt buộc nhập');
    expect(byRow.get(rowOf(11))).toEqual([rowOf(11), 'Lặp lại y hệt dòng 6 (chỉ nhập một lần)', 'Thông báo']);
    expect(byRow.get(rowOf(12))?.[1]).toContain('có 11 chữ số');
    expect(byRow.get(rowOf(13))?.[1]).toContain('Ngày sinh: 31/02/1992 không có ngày này');
    expect(byRow.get(rowOf(14))?.[1]).toContain('Ngày sinh: 15/06/2099 là ngày trong tương lai');
    expect([...byRow.values()].filter((e) => e[2] === 'Lỗi')).toHaveLength(7);

    const again = await importRegister(t, session, path);
    expect(again.status, again.status.errorMessage ?? '').toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 7,
      failed: 7,
      repeated: 1,
    });
  });

  it("lands exactly a commune officer's own rows and refuses every other row with its reason", async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: HAM_YEN });
    const rows = hamYenRows(22);
    const path = join(dir, 'ham-yen-xa.xlsx');
    await writeOldLayoutXlsx(path, rows);
    const { preview, status } = await importRegister(t, session, path);
    const own = rows.filter((r) => r.lands === HAM_YEN);
    expect(status).toMatchObject({ inserted: own.length, failed: rows.length - own.length });
    const stored = await t.database.pool.query('SELECT person_id FROM worker WHERE person_id = ANY($1) ORDER BY 1', [
      rows.map((r) => idOf(r.person)),
    ]);
    expect(stored.rows.map((r: { person_id: string }) => r.person_id)).toEqual(own.map((r) => idOf(r.person)).sort());
    const errors = new Map((await importErrorRows(session, preview.import.id)).map((e) => [e[0], e[1]]));
    expect(errors.get(rowOf(0))).toContain('Xã/phường: Xã Phù Lưu nằm ngoài phạm vi quản lý của bạn');
    expect(errors.get(rowOf(4))).toContain('nằm ngoài phạm vi quản lý của bạn');
    expect(errors.get(rowOf(5))).toContain('khớp nhiều đơn vị');
    expect(errors.get(rowOf(6))).toContain('nằm ngoài phạm vi quản lý của bạn');
    expect(errors.get(rowOf(9))).toContain('không có trong danh mục');
    expect(errors.get(rowOf(10))).toContain('bắt buộc nhập');
    expect(errors.size).toBe(rows.length - own.length);
    const again = await importRegister(t, session, path);
    expect(again.status).toMatchObject({ inserted: 0, updated: 0, unchanged: own.length });
  });

  it('warns about an unmapped column that looks like the commune, and will not run until the person decides', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: HAM_YEN });
    const rows = hamYenRows(23).slice(0, 4);
    const path = join(dir, 'don-vi.xlsx');
    // The commune column's header is unknown; its values are unit names.
    await writeOldLayoutXlsx(
      path,
      rows.map((r) => ({ ...r, unit: '' })),
      { header: 'Nơi đăng ký', values: (r) => rows.find((x) => x.person === r.person)?.unit ?? '' },
    );
    const res = await uploadRegister(t, session, path);
    const preview = res.json() as ImportPreviewT;
    expect(preview.warnings).toContainEqual(expect.objectContaining({ column: 9, field: 'communeCode', mappedTo: 6 }));
    expect(preview.warnings.find((w) => w.column === 9)?.message).toBe(
      'Cột "Nơi đăng ký" có giá trị giống "Xã/phường", trường này đang lấy từ cột "Xã/Thị trấn"',
    );
    // Without the "Xã/Thị trấn" column mapped, every row would land in the user's commune: the run asks first.
    const { communeCode: _unmapped, ...mapping } = preview.import.mapping;
    const refused = await session.post(`/api/worker-imports/${preview.import.id}/run`, { mapping });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Nơi đăng ký');
    const mapped = await session.post(`/api/worker-imports/${preview.import.id}/run`, {
      mapping: { ...mapping, communeCode: 9 },
    });
    expect(mapped.statusCode).toBe(202);
  });

  it('says in plain words that a file without a commune column lands in the user’s commune', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: HAM_YEN });
    const { writeRegisterCsv } = await import('../../test/register-files.ts');
    const path = join(dir, 'khong-cot-xa.csv');
    writeRegisterCsv(path, buildPeople(2, 24));
    const preview = (await uploadRegister(t, session, path)).json() as ImportPreviewT;
    expect(preview.import.mapping.communeCode).toBeUndefined();
    expect(preview.communeNote).toBe('Tệp không có cột xã/phường: mọi dòng sẽ được nhập vào Xã Hàm Yên.');
    expect(preview.warnings).toEqual([]);
  });
});

describe('CSV files in legacy Vietnamese encodings', () => {
  it('converts a Windows-1258 CSV and lands its rows with their Vietnamese names intact', async () => {
    const { encodeWindows1258 } = await import('../../test/legacy-encodings.ts');
    const { writeFileSync } = await import('node:fs');
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: TUYEN_QUANG });
    const { buildPersonId } = await import('../../test/factories.ts');
    const id = buildPersonId({ sex: 'female', birthYear: 1990, serial: 425001 });
    const csv = [
      'Họ và tên;Ngày sinh;Giới tính;Số CCCD;Xã/Thị trấn',
      `Nguyễn Thị Đượm;15/03/1990;Nữ;${id};Xã Phù Lưu, huyện Hàm Yên`,
    ].join('\r\n');
    const path = join(dir, 'cp1258.csv');
    writeFileSync(path, encodeWindows1258(csv));
    const { preview, status } = await importRegister(t, session, path);
    expect(preview.import.mapping).toMatchObject({ fullName: 0, personId: 3, communeCode: 4 });
    expect(status).toMatchObject({ inserted: 1, failed: 0 });
    const w = (await session.get(`/api/workers/${id}`)).json() as WorkerT;
    expect(w).toMatchObject({ fullName: 'Nguyễn Thị Đượm', communeCode: PHU_LUU });
  });

  it.each([
    ['TCVN3', 'TCVN3 (ABC'],
    ['VNI', 'VNI'],
  ])('refuses a CSV typed in the %s font encoding, saying how to convert it', async (font, named) => {
    const { TCVN3_HO_VA_TEN, VNI_HO_VA_TEN } = await import('../../test/legacy-encodings.ts');
    const { writeFileSync } = await import('node:fs');
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: HAM_YEN });
    const name = font === 'VNI' ? VNI_HO_VA_TEN : TCVN3_HO_VA_TEN;
    const path = join(dir, `${font}.csv`);
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('STT,'), name, Buffer.from(',CCCD\r\n1,'), name, Buffer.from(',001090000001\r\n')]),
    );
    const res = await uploadRegister(t, session, path);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(`Tệp CSV dùng bảng mã ${named}`);
  });
});
