import type { AdminUnitDetailT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { closeEarlierVersions, correctRows } from './geo.loader.ts';
import { type CommuneResolver, countUnits, loadCommuneResolver, parseUnitName } from './index.ts';

let t: TestContext;
let s: Session;
let resolver: CommuneResolver;

beforeAll(async () => {
  t = await createTestApp();
  s = (await signInAs(t, { role: 'commune_officer', unitCode: '00004' })).session;
  resolver = await loadCommuneResolver(t.database.db, '2026-11-29');
});
afterAll(() => t.close());

const unit = async (code: string, asOf: string) => {
  const res = await s.get(`/api/geo/units/${code}?asOf=${asOf}`);
  return res.statusCode === 200 ? (res.json() as AdminUnitDetailT) : null;
};

describe('unit data corrections (server/data/admin-units/corrections.csv)', () => {
  it('gives Xã Ia Mơ (Gia Lai) its own code 23938, and leaves 23737 to the old Xã Ia Mơ Nông', async () => {
    expect((await unit('23938', '2026-01-01'))?.unit).toMatchObject({ name: 'Xã Ia Mơ', provinceCode: '52' });
    expect(await unit('23737', '2026-01-01')).toBeNull();
    expect((await unit('23737', '2025-06-30'))?.unit.name).toBe('Xã Ia Mơ Nông');
    const old = await unit('23938', '2025-06-30');
    expect(old?.becameUnits).toEqual([expect.objectContaining({ code: '23938', mergeType: 'unchanged' })]);
    expect(await countUnits(t.database.db, '2025-07-01')).toEqual({ province: 34, district: 0, commune: 3321 });
  });

  it('refuses to apply a correction to a value that is not the one it corrects', () => {
    const rows = [{ code: '23737', level: 'commune', name: 'Xã Ia Mơ' }];
    const correction = { file: 'f.csv', key: 'commune 23737', field: 'name', oldValue: 'Xã Khác', newValue: 'X' };
    expect(() => correctRows('f.csv', rows, [correction])).toThrow(/expected "Xã Khác"/);
    expect(correctRows('f.csv', rows, [{ ...correction, oldValue: 'Xã Ia Mơ' }])[0]?.name).toBe('X');
  });
});

describe('the 2026 change in Đồng Nai (NQ 30/2026/QH16, NQ 237/NQ-UBTVQH16, from 30/04/2026)', () => {
  it('shows Tỉnh Đồng Nai and Xã Long Thành before 30/04/2026, Thành phố Đồng Nai and Phường Long Thành from it', async () => {
    expect((await unit('75', '2026-04-29'))?.unit).toMatchObject({ name: 'Tỉnh Đồng Nai', validTo: '2026-04-29' });
    expect((await unit('75', '2026-04-30'))?.unit).toMatchObject({ name: 'Thành phố Đồng Nai', kind: 'Thành phố' });
    expect((await unit('26368', '2026-01-01'))?.unit.name).toBe('Xã Long Thành');
    expect((await unit('26368', '2026-05-01'))?.unit).toMatchObject({ name: 'Phường Long Thành', kind: 'Phường' });
    expect(await countUnits(t.database.db, '2026-05-01')).toEqual({ province: 34, district: 0, commune: 3321 });
    const wards = (await s.get('/api/geo/units?parent=75&asOf=2026-05-01&limit=500')).json() as { kind: string }[];
    const before = (await s.get('/api/geo/units?parent=75&asOf=2026-04-29&limit=500')).json() as { kind: string }[];
    const count = (list: { kind: string }[]) => list.filter((u) => u.kind === 'Phường').length;
    expect(count(wards) - count(before)).toBe(10);
  });

  it('ends an earlier version the day before a later one starts', () => {
    const rows = [
      { level: 'commune', code: '1', validFrom: '2025-07-01', validTo: null },
      { level: 'commune', code: '1', validFrom: '2026-04-30', validTo: null },
      { level: 'commune', code: '2', validFrom: '2025-07-01', validTo: null },
    ];
    expect(closeEarlierVersions(rows).map((r) => r.validTo)).toEqual(['2026-04-29', null, null]);
  });
});

describe('commune names as spreadsheets write them', () => {
  it('reads the type word, abbreviations, trailing district and province with the usual separators', () => {
    for (const text of [
      'Xã Phù Lưu, huyện Hàm Yên',
      'X. Phù Lưu - H. Hàm Yên',
      'Xã Phù Lưu (Hàm Yên, Tuyên Quang)',
      'Xã Phù Lưu / H.Hàm Yên / T.Tuyên Quang',
      'xa phu luu huyen ham yen',
      'Xã Phù Lưu – huyện Hàm Yên'.normalize('NFD'),
    ]) {
      expect(parseUnitName(text), text).toContainEqual(
        expect.objectContaining({
          key: 'phu luu',
          type: 'xa',
          qualifiers: expect.arrayContaining([expect.objectContaining({ key: 'ham yen' })]),
        }),
      );
    }
    expect(parseUnitName('Phường 03, TP Sóc Trăng')[0]).toEqual({
      key: '3',
      type: 'phuong',
      qualifiers: [{ level: 'any', key: 'soc trang', city: true }],
    });
    expect(parseUnitName('TT. Tân Yên')[0]).toMatchObject({ key: 'tan yen', type: 'thi tran' });
  });

  it.each([
    ['Xã Phù Lưu, huyện Hàm Yên', '02392', '02392 Xã Phù Lưu'],
    ['TT. Tân Yên - H. Hàm Yên', '02374', '02374 Thị trấn Tân Yên'],
    ['Thi tran Tan Yen, Ham Yen', '02374', '02374 Thị trấn Tân Yên'],
    ['Phường 3, TP Sóc Trăng', '31510', '31519 Phường 3'],
    ['Xã Phù Lưu, huyện Ứng Hòa, TP. Hà Nội', '10417', '10429 Xã Phù Lưu'],
    ['Phường Văn Miếu - Quốc Tử Giám', '00226', null],
    ['23938', '23938', null],
    ['Phường Long Thành', '26368', null],
    ['Xã Long Thành, tỉnh Đồng Nai', '26368', null],
  ])('resolves "%s" to today’s %s', (text, code, source) => {
    const r = resolver.resolve(text);
    expect(r).toMatchObject({ status: 'found', communeCode: code, sourceUnit: source });
  });

  it('flags a name that fits several units for a person to decide, listing them with their districts', () => {
    const r = resolver.resolve('Xã Phù Lưu');
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.description)).toEqual(
      expect.arrayContaining([
        'Xã Phù Lưu, Huyện Hàm Yên, Tỉnh Tuyên Quang',
        expect.stringContaining('Huyện Ứng Hòa'),
        expect.stringContaining('Tỉnh Hà Tĩnh'),
      ]),
    );
    // In a file of one province, the unit of that province is meant.
    expect(resolver.resolve('Xã Phù Lưu', { province: '01' })).toMatchObject({ status: 'found', communeCode: '10417' });
  });

  it('does not know a made-up name, and says so', () => {
    expect(resolver.resolve('Xã Không Có Thật, huyện Hàm Yên')).toEqual({ status: 'unknown' });
  });
});
