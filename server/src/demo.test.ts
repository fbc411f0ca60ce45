import type { HouseholdDetailT, PovertyRatesT, WorkerStatsT } from '@lmis/contracts';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataWanted } from './bootstrap.ts';
import { DEMO_PASSWORD, demoStatusRoutes, seedDemo } from './demo.ts';
import { loadConfig } from './platform/config.ts';
import { AppError } from './platform/errors.ts';
import { createTestApp, type Session, signIn, type TestContext, uniqueName } from './test/harness.ts';

/** Other test files use Lạng Sơn (20) and An Giang (91); the demo goes into Cao Bằng (04) with its own usernames. */
const PROVINCE = '04';
const prefix = `${uniqueName('demo')}.`;
const quiet = { info: () => undefined };

let t: TestContext;
let province: Session;
let communes: string[];

const count = async (text: string, params: unknown[] = []) =>
  Number((await t.database.pool.query<{ n: string }>(text, params)).rows[0]?.n);

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({
    database: t.database,
    config: loadConfig({}),
    log: quiet,
    provinceCode: PROVINCE,
    usernamePrefix: prefix,
  });
  province = await signIn(t, `${prefix}sonoivu.langson`, DEMO_PASSWORD);
  const { rows } = await t.database.pool.query<{ code: string }>(
    'SELECT code FROM admin_unit WHERE parent_code = $1 AND valid_to IS NULL ORDER BY code LIMIT 2',
    [PROVINCE],
  );
  communes = rows.map((r) => r.code);
}, 180_000);
afterAll(() => t.close());

describe('demo workers', () => {
  it('counts 6,000 people in round 2025 and 10,000 in round 2026 in the trigger-kept statistics', async () => {
    const stats = async (roundYear: number) =>
      (await province.get(`/api/workers/stats?unitCode=${PROVINCE}&roundYear=${roundYear}`)).json() as WorkerStatsT;
    const [r2025, r2026] = [await stats(2025), await stats(2026)];
    expect(r2026.rounds).toEqual([2026, 2025]);
    expect(r2025.totals.total).toBe(6000);
    expect(r2025.byCommune.map((c) => c.key)).toEqual(communes);
    expect(r2026.totals.total).toBe(10000);
    expect(r2026.byCommune).toHaveLength(10);
    // The same 3,000 people of a followed commune, a year apart: some found work, some lost it or retired.
    const followed = (r: WorkerStatsT) => r.byCommune.find((c) => c.key === communes[0]);
    expect(followed(r2026)?.total).toBe(followed(r2025)?.total);
    expect(followed(r2026)?.employed).not.toBe(followed(r2025)?.employed);
    expect(followed(r2026)?.trained).toBeGreaterThan(followed(r2025)?.trained ?? 0);
  });

  it('keeps the 2025 data of every re-collected person as a snapshot, some with another status or qualification', async () => {
    const base = `FROM worker_snapshot s JOIN worker w USING (person_id)
                  WHERE s.province_code = $1 AND s.round_year = 2025 AND w.round_year = 2026`;
    expect(await count(`SELECT count(*) AS n ${base}`, [PROVINCE])).toBe(6000);
    const statusChanged = await count(
      `SELECT count(*) AS n ${base} AND s.employment_status IS DISTINCT FROM w.employment_status`,
      [PROVINCE],
    );
    const trained = await count(
      `SELECT count(*) AS n ${base} AND s.qualification_code IS DISTINCT FROM w.qualification_code`,
      [PROVINCE],
    );
    expect(statusChanged).toBeGreaterThan(100);
    expect(statusChanged).toBeLessThan(1000);
    expect(trained).toBeGreaterThan(50);
  });

  it('audits every worker insert (in bulk entries per batch and commune) and every re-collection', async () => {
    const where = `entity_type = 'worker' AND request_id = 'demo' AND province_code = $1`;
    const created = await count(
      `SELECT count(DISTINCT person_id) AS n FROM audit_log, unnest(entity_ids) AS person_id WHERE ${where} AND action = 'create'`,
      [PROVINCE],
    );
    const bulkEntries = await count(`SELECT count(*) AS n FROM audit_log WHERE ${where} AND action = 'create'`, [
      PROVINCE,
    ]);
    const updated = await count(`SELECT count(*) AS n FROM audit_log WHERE ${where} AND action = 'update'`, [PROVINCE]);
    expect(created).toBe(10000);
    expect(bulkEntries).toBeLessThan(100);
    expect(updated).toBe(6000);
  });
});

describe('demo households', () => {
  it('registers 750 urban households per followed commune, members 15+ linked to the worker register', async () => {
    for (const commune of communes) {
      const list = (await province.get(`/api/households?communeCode=${commune}&pageSize=5`)).json();
      expect(list.total).toBe(750);
    }
    const mismatched = await count(
      `SELECT count(*) AS n FROM household h JOIN household_member m ON m.household_id = h.id
       LEFT JOIN worker w ON w.person_id = m.person_id
       WHERE h.province_code = $1 AND m.person_id IS NOT NULL
         AND (w.household_id IS DISTINCT FROM h.id OR w.household_relation IS DISTINCT FROM m.relation)`,
      [PROVINCE],
    );
    expect(mismatched).toBe(0);
    const children = await count(
      `SELECT count(*) AS n FROM household h JOIN household_member m ON m.household_id = h.id
       WHERE h.province_code = $1 AND m.person_id IS NULL AND m.birth_date > '2011-12-31'`,
      [PROVINCE],
    );
    expect(children).toBeGreaterThan(500);

    const { rows } = await t.database.pool.query<{ id: number }>(
      `SELECT h.id FROM household h WHERE h.province_code = $1 AND h.area_type = 'urban'
       AND (SELECT count(*) FROM household_member m WHERE m.household_id = h.id) >= 4 ORDER BY h.id LIMIT 1`,
      [PROVINCE],
    );
    const detail = (await province.get(`/api/households/${rows[0]?.id}`)).json() as HouseholdDetailT;
    expect(detail.members.length).toBeGreaterThanOrEqual(4);
    expect(detail.members[0]?.relation).toBe('Chủ hộ');
    expect(detail.members.filter((m) => m.personId).every((m) => m.workerExists)).toBe(true);
    expect(detail.reviews.map((r) => r.reviewYear)).toEqual([2025, 2026]);
    expect(detail.reviews[0]?.standard.incomeThresholdVnd).toBe(2_000_000);
  });

  it('classifies about 5 % poor and 7 % near-poor in 2025, and fewer poor in 2026', async () => {
    const rates = async (year: number) =>
      (await province.get(`/api/households/poverty-rates?unitCode=${PROVINCE}&year=${year}`)).json() as PovertyRatesT;
    const [y2025, y2026] = [await rates(2025), await rates(2026)];
    expect(y2025.households).toBe(1500);
    expect(y2025.poorRate).toBeGreaterThanOrEqual(4);
    expect(y2025.poorRate).toBeLessThanOrEqual(6);
    expect(y2025.nearPoorRate).toBeGreaterThanOrEqual(6);
    expect(y2025.nearPoorRate).toBeLessThanOrEqual(8);
    expect(y2026.previousYear?.poor).toBe(y2025.poor);
    expect(y2026.poor).toBeLessThan(y2025.poor);
    expect(y2026.changePoorPp).toBeLessThan(0);
    expect(y2026.escapedPoverty).toBeGreaterThan(0);
    expect(y2026.newlyPoor).toBeGreaterThan(0);
  });

  it('audits every household and review it creates', async () => {
    const audited = (entity: string) =>
      count(
        `SELECT count(*) AS n FROM audit_log
         WHERE entity_type = $2 AND request_id = 'demo' AND province_code = $1 AND action = 'create'`,
        [PROVINCE, entity],
      );
    expect(await audited('household')).toBe(1500);
    expect(await audited('poverty_review')).toBe(3000);
  });
});

describe('seeding twice', () => {
  it('refuses with a Vietnamese message and writes nothing more', async () => {
    const workersBefore = await count('SELECT count(*) AS n FROM worker WHERE province_code = $1', [PROVINCE]);
    const again = seedDemo({
      database: t.database,
      config: loadConfig({}),
      log: quiet,
      provinceCode: PROVINCE,
      usernamePrefix: prefix,
    });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({
      code: 'DUPLICATE',
      messageVi: expect.stringContaining('Dữ liệu mẫu đã có'),
    });
    expect(await count('SELECT count(*) AS n FROM worker WHERE province_code = $1', [PROVINCE])).toBe(workersBefore);
  });
});

describe('demo installations', () => {
  it('loads demo accounts by default only into the embedded database, into PostgreSQL only when asked', () => {
    expect(demoDataWanted({ DEMO_DATA: 'auto' }, 'embedded')).toBe(true);
    expect(demoDataWanted({ DEMO_DATA: 'auto' }, 'postgres')).toBe(false);
    expect(demoDataWanted({ DEMO_DATA: 'on' }, 'postgres')).toBe(true);
    expect(demoDataWanted({ DEMO_DATA: 'off' }, 'embedded')).toBe(false);
  });

  it('tells the web it is a demo while the demo administrator opens with the published password, and not otherwise', async () => {
    const demoApp = Fastify();
    await demoApp.register(demoStatusRoutes, { db: t.database.db, username: `${prefix}admin` });
    const seen = await demoApp.inject({ url: '/api/demo' });
    expect(seen.json()).toEqual({ demo: true });
    await demoApp.close();
    const plain = await t.app.inject({ url: '/api/demo' });
    expect(plain.statusCode).toBe(200);
    expect(plain.json()).toEqual({ demo: false });
  });
});
