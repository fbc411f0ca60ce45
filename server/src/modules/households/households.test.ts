import type { HouseholdDetailT, PovertyRatesT, PovertyReviewT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../platform/dates.ts';
import { createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;
/** Communes of Lạng Sơn (20) valid today: A and B for access tests, C for the two-year rates; D of An Giang (91). */
let communeA: string;
let communeB: string;
let communeC: string;
let communeD: string;
let officerA: Session;
let province20: Session;

async function communesOf(province: string, count: number, offset = 0): Promise<string[]> {
  const { rows } = await t.database.pool.query<{ code: string }>(
    'SELECT code FROM admin_unit WHERE parent_code = $1 AND valid_to IS NULL ORDER BY code LIMIT $2 OFFSET $3',
    [province, count, offset],
  );
  return rows.map((r) => r.code);
}

beforeAll(async () => {
  t = await createTestApp();
  [communeA = '', communeB = '', communeC = ''] = await communesOf('20', 3);
  [communeD = ''] = await communesOf('91', 1, 5);
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: communeA })).session;
  province20 = (await signInAs(t, { role: 'province_officer', unitCode: '20' })).session;
});
afterAll(() => t.close());

/** The harness session has no PUT; same cookie and anti-forgery token. */
const put = (s: Session, url: string, body: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: body as object });

const newHousehold = (over: Record<string, unknown> = {}) => ({
  householdCode: uniqueName('HO'),
  headName: 'Hoàng Văn Sáng',
  address: 'Thôn Nà Pàn',
  communeCode: communeA,
  areaType: 'rural',
  registeredOn: '2020-01-01',
  ...over,
});

/** Factory: a household created through the API by a session allowed to. */
async function buildHousehold(s: Session, over: Record<string, unknown> = {}): Promise<HouseholdDetailT> {
  const res = await s.post('/api/households', newHousehold(over));
  if (res.statusCode !== 201) throw new Error(`household not created: ${res.statusCode} ${res.body}`);
  return res.json();
}

const review = (over: Record<string, unknown> = {}) => ({
  incomePerCapitaVnd: 1_200_000,
  memberCount: 4,
  deprivations: ['01', '04', '09'],
  reviewedOn: '2025-10-01',
  ...over,
});

const history = async (s: Session, entityType: string, id: number) =>
  (await s.get(`/api/audit?entityType=${entityType}&entityId=${id}`)).json().items as {
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];

describe('household register', () => {
  it('creates a household with members, links members to the worker register, and audits it', async () => {
    const personId = `0201${String(Date.now()).slice(-8)}`;
    await t.database.pool.query(
      `INSERT INTO person (person_id, full_name, birth_date, sex, province_code, commune_code)
       VALUES ($1, 'Hoàng Văn Sáng', '1980-05-01', 'male', '20', $2)`,
      [personId, communeA],
    );
    await t.database.pool.query(
      `INSERT INTO worker (person_id, birth_date, sex, province_code, commune_code, round_year)
       VALUES ($1, '1980-05-01', 'male', '20', $2, 2025)`,
      [personId, communeA],
    );
    const res = await officerA.post(
      '/api/households',
      newHousehold({
        members: [
          { personId, fullName: 'Hoàng Văn Sáng', birthDate: '1980-05-01', sex: 'male', relation: 'Chủ hộ' },
          { personId: '020199999999', fullName: ' Lương Thị  Mai ', sex: 'female', relation: 'Vợ' },
          { fullName: 'Hoàng Minh Khang', birthDate: '2015-03-02', relation: 'Con' },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json() as HouseholdDetailT;
    expect(created.household).toMatchObject({
      communeCode: communeA,
      provinceCode: '20',
      version: 1,
      finalClass: null,
    });
    expect(created.members.map((m) => [m.fullName, m.workerExists])).toEqual([
      ['Hoàng Văn Sáng', true],
      ['Lương Thị Mai', false],
      ['Hoàng Minh Khang', false],
    ]);
    expect(created.reviews).toEqual([]);
    const audit = await history(officerA, 'household', created.household.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', after: { householdCode: created.household.householdCode } });
    expect(audit[0]?.after?.members).toHaveLength(3);
  });

  it('reports each invalid field with a Vietnamese reason', async () => {
    const res = await officerA.post('/api/households', {
      householdCode: '',
      communeCode: '123',
      areaType: 'city',
      members: [{ fullName: 'Nông Văn A', personId: '12345' }],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    const fields = error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['householdCode', 'headName', 'communeCode', 'areaType', 'members.0.personId']),
    );
    expect(error.details.find((d: { field: string }) => d.field === 'headName').message).toBe('bắt buộc nhập');
  });

  it('refuses a commune code that does not exist today', async () => {
    const res = await province20.post('/api/households', newHousehold({ communeCode: '99999' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('mã xã 99999 không tồn tại');
  });

  it('refuses impossible and future dates, field by field', async () => {
    const res = await officerA.post(
      '/api/households',
      newHousehold({
        registeredOn: '2099-01-01',
        members: [{ fullName: 'Nông Thị B', birthDate: '2024-02-30' }],
      }),
    );
    expect(res.statusCode).toBe(400);
    // An impossible date is refused by the shared date format at the edge, before the household rules run.
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'members.0.birthDate', message: 'không phải ngày có thật (YYYY-MM-DD)' }),
    ]);
    const future = await officerA.post('/api/households', newHousehold({ registeredOn: '2099-01-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toEqual([
      expect.objectContaining({ field: 'registeredOn', message: 'không được sau ngày hôm nay' }),
    ]);
  });

  it('refuses a second household with the same code in the commune, but not in another commune', async () => {
    const body = newHousehold();
    expect((await province20.post('/api/households', body)).statusCode).toBe(201);
    const again = await province20.post('/api/households', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE');
    expect(again.json().error.message).toMatch(new RegExp(`^Mã hộ "${body.householdCode}" đã có trong `));
    expect((await province20.post('/api/households', { ...body, communeCode: communeB })).statusCode).toBe(201);
  });

  it('refuses an edit based on a stale version instead of overwriting it', async () => {
    const h = await buildHousehold(officerA);
    const first = await officerA.patch(`/api/households/${h.household.id}`, {
      version: 1,
      headName: 'Hoàng Văn Sương',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().household.version).toBe(2);
    const stale = await officerA.patch(`/api/households/${h.household.id}`, { version: 1, headName: 'Hoàng Văn Hà' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const audit = await history(officerA, 'household', h.household.id);
    expect(audit[0]).toMatchObject({
      action: 'update',
      before: { headName: 'Hoàng Văn Sáng', version: 1 },
      after: { headName: 'Hoàng Văn Sương', version: 2 },
    });
  });

  it('replaces the member list and records that the household was dissolved', async () => {
    const h = await buildHousehold(officerA, { members: [{ fullName: 'Hoàng Văn Sáng', relation: 'Chủ hộ' }] });
    const early = await officerA.patch(`/api/households/${h.household.id}`, { version: 1, dissolvedOn: '2019-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0]).toMatchObject({
      field: 'dissolvedOn',
      message: 'không được trước ngày đăng ký hộ',
    });
    const res = await officerA.patch(`/api/households/${h.household.id}`, {
      version: 1,
      dissolvedOn: '2025-06-30',
      members: [{ fullName: 'Lương Thị Mai', relation: 'Chủ hộ' }],
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as HouseholdDetailT;
    expect(after.household.dissolvedOn).toBe('2025-06-30');
    expect(after.members.map((m) => m.fullName)).toEqual(['Lương Thị Mai']);
    const late = await put(officerA, `/api/households/${h.household.id}/reviews/2025`, review());
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toContain('hộ đã giải thể từ ngày 30/06/2025');
  });

  it("finds a household by the head's name typed without diacritics or in NFD", async () => {
    const h = await buildHousehold(officerA, { headName: 'Đặng Thị Ánh Nguyệt' });
    for (const q of ['dang thi anh', 'ÁNH NGUYỆT'.normalize('NFD'), 'Ánh']) {
      const list = (await officerA.get(`/api/households?q=${encodeURIComponent(q)}&pageSize=200`)).json();
      expect(list.items.map((i: { id: number }) => i.id)).toContain(h.household.id);
    }
    const none = (await officerA.get('/api/households?q=khong%20co%20ai')).json();
    expect(none.total).toBe(0);
  });

  it('answers 404 for a household that does not exist', async () => {
    expect((await officerA.get('/api/households/99999999')).statusCode).toBe(404);
  });
});

describe('poverty review (NĐ 07/2021/NĐ-CP, QĐ 24/2021/QĐ-TTg)', () => {
  it('classifies with the standard in force on the review date and shows it', async () => {
    const h = await buildHousehold(officerA);
    const res = await put(officerA, `/api/households/${h.household.id}/reviews/2025`, review());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      computedClass: 'poor',
      finalClass: 'poor',
      previousClass: null,
      // Registered in 2020 and not reviewed for 2024 here: nothing to compare with, so not "newly poor".
      transition: null,
      deprivations: ['01', '04', '09'],
      standard: { incomeThresholdVnd: 1_500_000, deprivationThreshold: 3 },
      version: 1,
    });
  });

  it('refuses an override without a reason, and keeps both classes with one', async () => {
    const h = await buildHousehold(officerA);
    const url = `/api/households/${h.household.id}/reviews/2025`;
    const body = review({ incomePerCapitaVnd: 1_800_000, overrideClass: 'near_poor' });
    const missing = await put(officerA, url, body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([
      expect.objectContaining({
        field: 'overrideReason',
        message: 'bắt buộc nhập lý do khi điều chỉnh kết quả phân loại',
      }),
    ]);
    expect((await put(officerA, url, { ...body, overrideReason: '   ' })).statusCode).toBe(400);
    const ok = await put(officerA, url, {
      ...body,
      overrideReason: 'Chủ hộ ốm nặng, thu nhập thực tế thấp hơn kê khai',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      computedClass: 'other',
      overrideClass: 'near_poor',
      finalClass: 'near_poor',
      overrideReason: 'Chủ hộ ốm nặng, thu nhập thực tế thấp hơn kê khai',
    });
  });

  it('refuses an indicator code outside the catalogue, a service group code, and a date outside the year', async () => {
    const h = await buildHousehold(officerA);
    const url = `/api/households/${h.household.id}/reviews/2025`;
    const badCodes = await put(officerA, url, review({ deprivations: ['01', '13', '99'] }));
    expect(badCodes.statusCode).toBe(400);
    expect(badCodes.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'deprivations.1',
      'deprivations.2',
    ]);
    expect(badCodes.json().error.message).toContain(
      'chỉ số thiếu hụt "13" không có trong danh mục áp dụng ngày 01/10/2025',
    );
    const group = await put(officerA, url, review({ deprivations: ['S1'] }));
    expect(group.statusCode).toBe(400);
    const repeated = await put(officerA, url, review({ deprivations: ['01', '01'] }));
    expect(repeated.statusCode).toBe(400);
    const wrongYear = await put(officerA, url, review({ reviewedOn: '2024-10-01' }));
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.details[0]).toMatchObject({
      field: 'reviewedOn',
      message: 'phải là một ngày của năm rà soát 2025',
    });
    const tomorrow = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await put(
      officerA,
      `/api/households/${h.household.id}/reviews/${tomorrow.slice(0, 4)}`,
      review({ reviewedOn: tomorrow, deprivations: [] }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0]).toMatchObject({
      field: 'reviewedOn',
      message: 'không được sau ngày hôm nay',
    });
    const noDate = await put(officerA, url, review({ reviewedOn: undefined }));
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.details[0].field).toBe('reviewedOn');
    const noStandard = await put(officerA, `/api/households/${h.household.id}/reviews/2021`, {
      ...review({ reviewedOn: '2021-10-01', deprivations: [] }),
    });
    expect(noStandard.statusCode).toBe(400);
    expect(noStandard.json().error.message).toBe('Chưa có chuẩn nghèo khu vực nông thôn áp dụng vào ngày 01/10/2021');
  });

  it('requires the version to change an existing review, refuses a stale one, and audits before and after', async () => {
    const h = await buildHousehold(officerA);
    const url = `/api/households/${h.household.id}/reviews/2025`;
    const created = (await put(officerA, url, review())).json() as PovertyReviewT;
    const blind = await put(officerA, url, review({ incomePerCapitaVnd: 2_000_000 }));
    expect(blind.statusCode).toBe(409);
    expect(blind.json().error.code).toBe('CONFLICT');
    const updated = await put(officerA, url, review({ incomePerCapitaVnd: 2_000_000, version: 1 }));
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ finalClass: 'other', transition: null, version: 2 });
    const stale = await put(officerA, url, review({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    const audit = await history(officerA, 'poverty_review', created.id);
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({
      before: { finalClass: 'poor', incomePerCapitaVnd: 1_200_000 },
      after: { finalClass: 'other', incomePerCapitaVnd: 2_000_000, householdId: h.household.id },
    });
  });

  it("recomputes the next year's change when an earlier year is entered afterwards", async () => {
    const h = await buildHousehold(officerA);
    const base = `/api/households/${h.household.id}/reviews`;
    const later = await put(officerA, `${base}/2025`, review({ incomePerCapitaVnd: 1_600_000 }));
    expect(later.json()).toMatchObject({ finalClass: 'other', previousClass: null, transition: null });
    await put(officerA, `${base}/2024`, review({ reviewedOn: '2024-10-01' }));
    const detail = (await officerA.get(`/api/households/${h.household.id}`)).json() as HouseholdDetailT;
    expect(detail.reviews.map((r) => [r.reviewYear, r.finalClass, r.previousClass, r.transition, r.version])).toEqual([
      [2024, 'poor', null, null, 1],
      [2025, 'other', 'poor', 'escaped_poverty', 2],
    ]);
    expect(detail.household).toMatchObject({ reviewYear: 2025, finalClass: 'other' });
  });
});

describe('poverty rates', () => {
  /**
   * Ten households of commune C over two rounds (reviews dated 01/10; rural line 1,500,000, urban 2,000,000 VND):
   * H8 is dissolved on 30/06/2025, H9 registered on 01/05/2025, H10 is urban; H6 is overridden to near-poor in 2025.
   */
  const SET: {
    key: string;
    areaType?: 'urban';
    registeredOn?: string;
    dissolvedOn?: string;
    y2024?: [number, number];
    y2025?: [number, number];
    override2025?: 'near_poor';
  }[] = [
    { key: 'H1', y2024: [1_200_000, 4], y2025: [1_600_000, 4] }, // poor → other: escaped poverty
    { key: 'H2', y2024: [1_500_000, 3], y2025: [1_300_000, 2] }, // poor (at the line) → near-poor: escaped poverty
    { key: 'H3', y2024: [1_400_000, 1], y2025: [1_450_000, 3] }, // near-poor → poor: newly poor
    { key: 'H4', y2024: [1_500_001, 5], y2025: [1_500_000, 0] }, // other (1 VND above) → near-poor
    { key: 'H5', y2024: [900_000, 2], y2025: [1_700_000, 2] }, // near-poor → other
    { key: 'H6', y2024: [2_500_000, 0], y2025: [3_000_000, 0], override2025: 'near_poor' }, // other → near-poor
    { key: 'H7', y2024: [1_000_000, 3], y2025: [1_000_000, 4] }, // still poor
    { key: 'H8', dissolvedOn: '2025-06-30', y2024: [1_100_000, 3] }, // poor in 2024, gone in 2025
    { key: 'H9', registeredOn: '2025-05-01', y2025: [800_000, 3] }, // new household, newly poor
    { key: 'H10', areaType: 'urban', y2024: [1_900_000, 3], y2025: [2_100_000, 3] }, // urban poor → other
  ];
  const CODES = ['01', '02', '03', '04', '05'];
  let ids: Record<string, number> = {};

  beforeAll(async () => {
    const officerC = (await signInAs(t, { role: 'commune_officer', unitCode: communeC })).session;
    ids = {};
    for (const h of SET) {
      const created = await buildHousehold(officerC, {
        householdCode: h.key,
        communeCode: communeC,
        areaType: h.areaType ?? 'rural',
        registeredOn: h.registeredOn ?? '2020-01-01',
      });
      ids[h.key] = created.household.id;
      for (const [year, figures] of [
        [2024, h.y2024],
        [2025, h.y2025],
      ] as const) {
        if (!figures) continue;
        const res = await put(officerC, `/api/households/${created.household.id}/reviews/${year}`, {
          incomePerCapitaVnd: figures[0],
          memberCount: 3,
          deprivations: CODES.slice(0, figures[1]),
          reviewedOn: `${year}-10-01`,
          ...(year === 2025 &&
            h.override2025 && { overrideClass: h.override2025, overrideReason: 'Hộ có người ốm đau dài ngày' }),
        });
        if (res.statusCode !== 201) throw new Error(`review not saved: ${res.body}`);
      }
      if (h.dissolvedOn) {
        const res = await officerC.patch(`/api/households/${created.household.id}`, {
          version: 1,
          dissolvedOn: h.dissolvedOn,
        });
        if (res.statusCode !== 200) throw new Error(`not dissolved: ${res.body}`);
      }
    }
  });

  it('counts households on the register at year end and classes them by their final class', async () => {
    const res = await province20.get(`/api/households/poverty-rates?unitCode=${communeC}&year=2025`);
    expect(res.statusCode).toBe(200);
    const rates = res.json() as PovertyRatesT;
    expect(rates).toMatchObject({
      unitCode: communeC,
      year: 2025,
      households: 9,
      poor: 3,
      nearPoor: 3,
      poorRate: 33.33,
      nearPoorRate: 33.33,
      previousYear: { year: 2024, households: 9, poor: 5, nearPoor: 2, poorRate: 55.56, nearPoorRate: 22.22 },
      changePoorPp: -22.23,
      changeNearPoorPp: 11.11,
      escapedPoverty: 3,
      newlyPoor: 2,
    });
    expect(rates.byCommune).toEqual([
      expect.objectContaining({ communeCode: communeC, households: 9, poor: 3, nearPoor: 3, poorRate: 33.33 }),
    ]);
  });

  it('records each transition, the urban line and the override', async () => {
    const expected: Record<string, [string, string | null]> = {
      H1: ['other', 'escaped_poverty'],
      H2: ['near_poor', 'escaped_poverty'],
      H3: ['poor', 'newly_poor'],
      H4: ['near_poor', 'newly_near_poor'],
      H5: ['other', 'escaped_near_poverty'],
      H6: ['near_poor', 'newly_near_poor'],
      H7: ['poor', 'still_poor'],
      H9: ['poor', 'newly_poor'],
      H10: ['other', 'escaped_poverty'],
    };
    for (const [key, [finalClass, change]] of Object.entries(expected)) {
      const detail = (await province20.get(`/api/households/${ids[key]}`)).json() as HouseholdDetailT;
      const r2025 = detail.reviews.find((r) => r.reviewYear === 2025);
      expect([key, r2025?.finalClass, r2025?.transition]).toEqual([key, finalClass, change]);
    }
  });

  it("lists a commune's poor households of a year", async () => {
    const list = (
      await province20.get(`/api/households?communeCode=${communeC}&classYear=2025&finalClass=poor`)
    ).json();
    expect(list.items.map((i: { householdCode: string }) => i.householdCode).sort()).toEqual(['H3', 'H7', 'H9']);
    expect(list.items.every((i: { reviewYear: number }) => i.reviewYear === 2025)).toBe(true);
  });

  it('gives the province figure with a line per commune, and the first round without a previous year', async () => {
    const rates = (await province20.get('/api/households/poverty-rates?year=2024')).json() as PovertyRatesT;
    expect(rates.unitCode).toBe('20');
    expect(rates.unitName).toBe('Tỉnh Lạng Sơn');
    const c = rates.byCommune.find((r) => r.communeCode === communeC);
    expect(c).toMatchObject({ households: 9, poor: 5, nearPoor: 2, poorRate: 55.56, nearPoorRate: 22.22 });
    expect(rates.byCommune.length).toBeGreaterThanOrEqual(3);
    const first = (
      await province20.get(`/api/households/poverty-rates?unitCode=${communeC}&year=2024`)
    ).json() as PovertyRatesT;
    // The first round has no previous year to compare with: no household counts as newly poor.
    expect(first).toMatchObject({ previousYear: null, changePoorPp: null, newlyPoor: 0 });
  });

  it('reproduces An Phú 2023: 41,504 households, 2,354 poor (5.67 %), 3,092 near-poor (7.45 %)', async () => {
    const pool = t.database.pool;
    await pool.query(
      `INSERT INTO household (household_code, head_name, province_code, commune_code, area_type, registered_on)
       SELECT 'AP' || lpad(g::text, 6, '0'), 'Chủ hộ ' || g, '91', $1, 'rural', '2020-01-01'
       FROM generate_series(1, 41504) AS g`,
      [communeD],
    );
    // What the platform's maintenance does after an import: without it, the database checks each review's household
    // with the plan it made while the table was small (a scan of the whole table per row), and 41.504 reviews then
    // hold the shared test database for minutes (measured with 20.000 rows on the embedded one: 23,7 s against 0,5 s).
    await pool.query('ANALYZE household');
    await pool.query(
      `INSERT INTO poverty_review (household_id, review_year, province_code, commune_code, area_type, member_count,
         income_per_capita_vnd, deprivations, standard_id, computed_class, final_class, reviewed_on)
       SELECT h.id, 2023, '91', $1, 'rural', 4,
         CASE WHEN h.n <= 5446 THEN 1000000 ELSE 3000000 END,
         CASE WHEN h.n <= 2354 THEN ARRAY['01','04','09'] ELSE ARRAY[]::text[] END,
         s.id, h.cls, h.cls, '2023-10-01'
       FROM (SELECT id, n, CASE WHEN n <= 2354 THEN 'poor' WHEN n <= 5446 THEN 'near_poor' ELSE 'other' END AS cls
             FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM household WHERE commune_code = $1) AS x) AS h
       CROSS JOIN (SELECT id FROM poverty_standard WHERE area_type = 'rural' AND valid_from <= '2023-10-01'
                   AND (valid_to IS NULL OR valid_to >= '2023-10-01')) AS s`,
      [communeD],
    );
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '91' });
    const res = await session.get(`/api/households/poverty-rates?unitCode=${communeD}&year=2023`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      households: 41_504,
      poor: 2_354,
      nearPoor: 3_092,
      poorRate: 5.67,
      nearPoorRate: 7.45,
      previousYear: null,
    });
  });
});

describe('unit scope on households', () => {
  let inB: HouseholdDetailT;

  beforeAll(async () => {
    inB = await buildHousehold(province20, { communeCode: communeB });
  });

  it('refuses a commune officer of A the list and the figures of commune B (403), and answers its record as not found (404)', async () => {
    const list = await officerA.get(`/api/households?communeCode=${communeB}`);
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('OUT_OF_SCOPE');
    const own = (await officerA.get('/api/households?pageSize=200')).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((i: { communeCode: string }) => i.communeCode === communeA)).toBe(true);
    expect((await officerA.get(`/api/households/${inB.household.id}`)).statusCode).toBe(404);
    expect((await officerA.get(`/api/households/poverty-rates?unitCode=${communeB}&year=2025`)).statusCode).toBe(403);
    expect((await officerA.get('/api/households/poverty-rates?unitCode=20&year=2025')).statusCode).toBe(403);
  });

  it("refuses a commune officer of A changes to commune B's households", async () => {
    expect((await officerA.post('/api/households', newHousehold({ communeCode: communeB }))).statusCode).toBe(403);
    const patch = await officerA.patch(`/api/households/${inB.household.id}`, { version: 1, headName: 'X' });
    expect(patch.statusCode).toBe(404);
    expect((await put(officerA, `/api/households/${inB.household.id}/reviews/2025`, review())).statusCode).toBe(404);
    const after = (await province20.get(`/api/households/${inB.household.id}`)).json() as HouseholdDetailT;
    expect(after.household.version).toBe(1);
    expect(after.reviews).toEqual([]);
  });

  it("refuses a province officer another province's household", async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '91' });
    expect((await session.get(`/api/households/${inB.household.id}`)).statusCode).toBe(404);
    const list = (await session.get(`/api/households?pageSize=200`)).json();
    expect(list.items.some((i: { id: number }) => i.id === inB.household.id)).toBe(false);
  });

  it('lets a leader (viewer) read but not change, and refuses other roles', async () => {
    const viewer = (await signInAs(t, { role: 'viewer', unitCode: '20' })).session;
    expect((await viewer.get(`/api/households/${inB.household.id}`)).statusCode).toBe(200);
    expect((await viewer.get('/api/households/poverty-rates?year=2025')).statusCode).toBe(200);
    const create = await viewer.post('/api/households', newHousehold({ communeCode: communeB }));
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('FORBIDDEN');
    const employer = (await signInAs(t, { role: 'employer', unitCode: '20' })).session;
    expect((await employer.get('/api/households')).statusCode).toBe(403);
    expect((await employer.get(`/api/households/${inB.household.id}`)).statusCode).toBe(403);
  });
});
