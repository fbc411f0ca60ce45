import type { HomeSummaryT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;
let province = '';
let communeA = '';
let communeB = '';
let officerA: Session;
let officerB: Session;
let provinceOfficer: Session;

const home = async (s: Session, query = ''): Promise<HomeSummaryT> => {
  const res = await s.get(`/api/home${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as HomeSummaryT;
};

async function register(s: Session, communeCode: string, employmentStatus: '1' | '2') {
  const res = await s.post('/api/workers', buildWorker({ communeCode, employmentStatus }));
  expect(res.statusCode, res.body).toBe(201);
}

async function household(s: Session, communeCode: string, reviews: { year: number; income: number }[]) {
  const created = await s.post('/api/households', {
    householdCode: uniqueName('HO'),
    headName: 'Hoàng Văn Sáng',
    communeCode,
    areaType: 'rural',
    registeredOn: '2020-01-01',
  });
  expect(created.statusCode, created.body).toBe(201);
  for (const r of reviews) {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/households/${created.json().household.id}/reviews/${r.year}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: {
        incomePerCapitaVnd: r.income,
        memberCount: 4,
        deprivations: ['01', '04', '09'],
        reviewedOn: `${r.year}-10-01`,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  // A province no other test writes to, and two of its communes: not one that has people yet, nor one another file
  // fills while this one runs (the demo test seeds 04; others write to 20, 01 and 91).
  const { rows } = await t.database.pool.query<{ province: string; commune: string }>(
    `SELECT p.code AS province, c.code AS commune FROM admin_unit p JOIN admin_unit c ON c.parent_code = p.code
      WHERE p.level = 'province' AND p.valid_to IS NULL AND c.valid_to IS NULL
        AND p.code NOT IN (SELECT DISTINCT province_code FROM person) AND p.code NOT IN ('20', '01', '91', '04')
      ORDER BY p.code, c.code LIMIT 2`,
  );
  province = rows[0]?.province ?? '';
  [communeA = '', communeB = ''] = rows.map((r) => r.commune);
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: communeA })).session;
  officerB = (await signInAs(t, { role: 'commune_officer', unitCode: communeB })).session;
  provinceOfficer = (await signInAs(t, { role: 'province_officer', unitCode: province })).session;
  // Commune A: 3 employed, 1 unemployed; commune B: 2 employed.
  for (const status of ['1', '1', '1', '2'] as const) await register(officerA, communeA, status);
  for (const status of ['1', '1'] as const) await register(officerB, communeB, status);
  // Commune A: two households reviewed in two years; commune B: one, reviewed in one year.
  await household(officerA, communeA, [
    { year: 2024, income: 1_200_000 },
    { year: 2025, income: 1_200_000 },
  ]);
  await household(officerA, communeA, [
    { year: 2024, income: 1_200_000 },
    { year: 2025, income: 9_000_000 },
  ]);
  await household(officerB, communeB, [{ year: 2025, income: 1_200_000 }]);
});
afterAll(() => t.close());

describe('home summary', () => {
  it("gives a commune officer their commune's figures and no other commune's", async () => {
    const a = await home(officerA);
    expect(a.unit).toMatchObject({ code: communeA, level: 'commune' });
    expect(a.labour).toMatchObject({ labourForce: 4, employed: 3, unemployed: 1, unemploymentRate: 25 });
    expect(a.poverty).toMatchObject({ year: 2025, households: 2, poorRate: 50, changePoorPp: -50 });
    const b = await home(officerB);
    expect(b.labour).toMatchObject({ labourForce: 2, employed: 2, unemployed: 0 });
    expect(b.poverty).toMatchObject({ year: 2025, households: 1, changePoorPp: null });
  });

  it("gives a province officer their province's figures, all its communes together", async () => {
    const p = await home(provinceOfficer);
    expect(p.unit).toMatchObject({ code: province, level: 'province' });
    expect(p.labour).toMatchObject({ labourForce: 6, employed: 5, unemployed: 1 });
    expect(p.poverty).toMatchObject({ year: 2025, households: 3 });
    // The same figures as the statistics pages.
    const stats = (await provinceOfficer.get(`/api/workers/stats?unitCode=${province}`)).json();
    expect(p.labour?.trainedShare).toBe(stats.totals.trainedShare);
    const rates = (await provinceOfficer.get(`/api/households/poverty-rates?unitCode=${province}&year=2025`)).json();
    expect(p.poverty?.poorRate).toBe(rates.poorRate);
    // A commune of the province, chosen.
    expect((await home(provinceOfficer, `?unitCode=${communeB}`)).labour?.labourForce).toBe(2);
  });

  it('refuses a unit outside the reader’s scope, and the nation to anyone but an administrator', async () => {
    for (const [s, query] of [
      [officerA, `?unitCode=${communeB}`],
      [officerA, `?unitCode=${province}`],
      [provinceOfficer, '?unitCode=20'],
    ] as const) {
      const res = await s.get(`/api/home${query}`);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('OUT_OF_SCOPE');
    }
  });

  it('lets a system administrator see the nation or a chosen province', async () => {
    const admin = (await signInAs(t, { role: 'system_admin' })).session;
    const nation = await home(admin);
    expect(nation.unit).toMatchObject({ code: null, level: 'national' });
    expect(nation.labour?.labourForce).toBeGreaterThanOrEqual(6);
    expect(nation.poverty).toBeNull();
    expect((await home(admin, `?unitCode=${province}`)).labour?.labourForce).toBe(6);
  });

  it('lists pending work only where the capabilities allow it', async () => {
    expect((await home(officerA)).pending).toEqual({
      imports: { uploaded: 0, interrupted: 0 },
      unitReview: 0,
      transfers: 0,
    });
    const viewer = (await signInAs(t, { role: 'viewer', unitCode: province })).session;
    const v = await home(viewer);
    expect(v.pending).toEqual({ imports: null, unitReview: null, transfers: null });
    expect(v.labour?.labourForce).toBe(6);
  });

  it('counts transfer requests waiting on the holding commune', async () => {
    const held = buildWorker({ communeCode: communeA });
    expect((await officerA.post('/api/workers', held)).statusCode).toBe(201);
    const asked = await officerB.post('/api/people/transfers', { personId: held.personId });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await home(officerA)).pending.transfers).toBe(1);
    expect((await home(officerB)).pending.transfers).toBe(0);
  });
});

describe('system facts', () => {
  it('are for system administrators only', async () => {
    const admin = (await signInAs(t, { role: 'system_admin' })).session;
    const res = await admin.get('/api/system');
    expect(res.statusCode).toBe(200);
    expect(res.json().migrations.applied).toBeGreaterThan(10);
    expect((await provinceOfficer.get('/api/system')).statusCode).toBe(403);
  });
});
