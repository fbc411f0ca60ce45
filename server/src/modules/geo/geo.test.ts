import type { AdminUnitDetailT, AdminUnitT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { countUnits } from './index.ts';

let t: TestContext;
let s: Session;

beforeAll(async () => {
  t = await createTestApp();
  s = (await signInAs(t, { role: 'commune_officer', unitCode: '00004' })).session;
});
afterAll(() => t.close());

describe('administrative units, time-versioned across the 2025 reform', () => {
  it('has 34 provinces and 3,321 communes and no districts from 2025-07-01', async () => {
    expect(await countUnits(t.database.db, '2025-07-01')).toEqual({ province: 34, district: 0, commune: 3321 });
  });

  it('has 63 provinces, 696 districts and 10,051 communes until 2025-06-30', async () => {
    expect(await countUnits(t.database.db, '2025-06-30')).toEqual({ province: 63, district: 696, commune: 10051 });
  });

  it.each([
    ['01', 'Thành phố Hà Nội'],
    ['79', 'Thành phố Hồ Chí Minh'],
    ['20', 'Tỉnh Lạng Sơn'],
    ['91', 'Tỉnh An Giang'],
  ])('knows province %s as %s', async (code, name) => {
    const res = await s.get(`/api/geo/units/${code}?asOf=2026-01-01`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as AdminUnitDetailT).unit.name).toBe(name);
  });

  it('lists the provinces as of a date', async () => {
    const before = (await s.get('/api/geo/units?asOf=2025-06-30')).json() as AdminUnitT[];
    const after = (await s.get('/api/geo/units?asOf=2025-07-01')).json() as AdminUnitT[];
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(before.some((u) => u.name === 'Tỉnh Hà Giang')).toBe(true);
    // Lạng Sơn had 11 districts before the reform and has its communes directly after it.
    expect(before.find((u) => u.code === '20')?.childCount).toBe(11);
    expect(after.find((u) => u.code === '20')?.childCount).toBe(65);
    expect(after.some((u) => u.name === 'Tỉnh Hà Giang')).toBe(false);
  });

  it('counts the units of each level on a date', async () => {
    expect((await s.get('/api/geo/counts?asOf=2025-06-30')).json()).toEqual({
      province: 63,
      district: 696,
      commune: 10051,
    });
    expect((await s.get('/api/geo/counts?asOf=2026-01-01')).json()).toEqual({
      province: 34,
      district: 0,
      commune: 3321,
    });
  });

  it('walks the pre-reform tree province → district → commune', async () => {
    const districts = (await s.get('/api/geo/units?asOf=2024-01-01&parent=01')).json() as AdminUnitT[];
    expect(districts.length).toBe(30);
    expect(districts.every((d) => d.level === 'district')).toBe(true);
    const communes = (
      await s.get(`/api/geo/units?asOf=2024-01-01&parent=${districts[0]?.code}`)
    ).json() as AdminUnitT[];
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((c) => c.level === 'commune' && c.provinceCode === '01')).toBe(true);
  });

  it('finds Lạng Sơn without diacritics, first', async () => {
    const found = (await s.get('/api/geo/units?q=lang%20son&asOf=2026-01-01')).json() as AdminUnitT[];
    expect(found[0]).toMatchObject({ code: '20', name: 'Tỉnh Lạng Sơn' });
  });

  it('finds a commune from NFD-encoded input', async () => {
    const nfd = 'Ba Đình'.normalize('NFD');
    const found = (await s.get(`/api/geo/units?q=${encodeURIComponent(nfd)}&asOf=2026-01-01`)).json() as AdminUnitT[];
    expect(found.map((u) => u.code)).toContain('00004');
  });

  it('shows what an old commune became and what a new commune came from', async () => {
    const old = (await s.get('/api/geo/units/00001?asOf=2025-01-01')).json() as AdminUnitDetailT;
    expect(old.unit.name).toBe('Phường Phúc Xá');
    expect(old.becameUnits.map((b) => b.code)).toContain('00097');
    expect(old.ancestors.map((a) => a.code)).toEqual(['01', '001']);
    const merged = (await s.get('/api/geo/units/00097?asOf=2026-01-01')).json() as AdminUnitDetailT;
    expect(merged.cameFromUnits.map((c) => c.code)).toContain('00001');
    expect(merged.cameFromUnits[0]?.provinceName).toBe('Thành phố Hà Nội');
  });

  it('answers 404 with a Vietnamese message for a unit that did not exist on the date', async () => {
    const res = await s.get('/api/geo/units/02?asOf=2026-01-01');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('Không có đơn vị hành chính mã 02 vào ngày 01/01/2026');
  });
});
