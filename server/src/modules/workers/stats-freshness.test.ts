import type { WorkerStatsT } from '@lmis/contracts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildWorker, LANG_SON } from '../../test/factories.ts';
import { createTestApp, reservedCommunes, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('register answers (statistics, list counts) stay exact while they are reused', () => {
  it('shows a change made through the API at once, and one committed by another process on the next read', async () => {
    // Counted in a commune of its own: other test files add workers to the shared communes meanwhile.
    const [unit = ''] = await reservedCommunes(t, 'stats-freshness');
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
    const read = async () =>
      ((await session.get(`/api/workers/stats?unitCode=${unit}&roundYear=2026`)).json() as WorkerStatsT).totals;
    const before = await read();
    expect(await read()).toEqual(before);

    const created = buildWorker({ communeCode: unit, employmentStatus: '2', roundYear: 2026 });
    expect((await session.post('/api/workers', created)).statusCode).toBe(201);
    const afterCreate = await read();
    expect(afterCreate.total).toBe(before.total + 1);
    expect(afterCreate.unemployed).toBe(before.unemployed + 1);

    // Another LMIS process (or an administrator's SQL) changes the register behind this process's back.
    await t.database.db.execute(sql`UPDATE worker SET employment_status = '1' WHERE person_id = ${created.personId}`);
    const afterOther = await read();
    expect(afterOther.unemployed).toBe(before.unemployed);
    expect(afterOther.employed).toBe(afterCreate.employed + 1);
  });

  it('counts a list once per change: reused exactly while nothing changed, exact again after any committed change', async () => {
    const [unit = ''] = await reservedCommunes(t, 'stats-freshness');
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
    const suffix = `Đếm${[...Date.now().toString(26)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('')}`;
    const count = async (q: string) => {
      const res = await session.get(`/api/workers?unitCode=${unit}&q=${encodeURIComponent(q)}&pageSize=10`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { total: number; totalKind: string };
      expect(body.totalKind).toBe('exact');
      return body.total;
    };
    const people = ['Một', 'Hai', 'Ba'].map((i) =>
      buildWorker({ communeCode: unit, fullName: `Lò Văn ${suffix} ${i}`, roundYear: 2026 }),
    );
    for (const w of people) expect((await session.post('/api/workers', w)).statusCode).toBe(201);
    expect(await count(suffix)).toBe(3);
    expect(await count(suffix)).toBe(3);

    // A rename committed by another process (or an administrator's SQL) touches person alone.
    const renamed = people[0]?.personId as string;
    await t.database.db.execute(sql`UPDATE person SET full_name = 'Lò Thị Mai' WHERE person_id = ${renamed}`);
    expect(await count(suffix)).toBe(2);
    expect(await count('lo thi mai')).toBeGreaterThanOrEqual(1);

    const added = buildWorker({ communeCode: unit, fullName: `Lò Văn ${suffix} Bốn`, roundYear: 2026 });
    expect((await session.post('/api/workers', added)).statusCode).toBe(201);
    expect(await count(suffix)).toBe(3);
    // A transfer to another commune, committed behind this process's back.
    await t.database.db.execute(
      sql`UPDATE person SET commune_code = ${LANG_SON.communeB} WHERE person_id = ${people[1]?.personId as string}`,
    );
    expect(await count(suffix)).toBe(2);
  });

  it('counts the household list the same way: a household or a review changed elsewhere shows on the next read', async () => {
    const [unit = ''] = await reservedCommunes(t, 'stats-freshness');
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
    const suffix = `Hộ${[...Date.now().toString(26)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('')}`;
    const count = async (query: string) => {
      const res = await session.get(`/api/households?communeCode=${unit}&pageSize=10&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { total: number; totalKind: string };
      expect(body.totalKind).toBe('exact');
      return body.total;
    };
    const byName = `q=${encodeURIComponent(suffix)}`;
    const ids: number[] = [];
    for (const i of ['Một', 'Hai', 'Ba']) {
      const res = await session.post('/api/households', {
        householdCode: uniqueName('HO'),
        headName: `Vi Văn ${suffix} ${i}`,
        communeCode: unit,
        areaType: 'rural',
        registeredOn: '2020-01-01',
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push((res.json() as { household: { id: number } }).household.id);
    }
    expect(await count(byName)).toBe(3);
    expect(await count(byName)).toBe(3);

    // The head renamed by another process (or an administrator's SQL).
    await t.database.db.execute(sql`UPDATE household SET head_name = 'Vi Thị Hoa' WHERE id = ${ids[0] as number}`);
    expect(await count(byName)).toBe(2);

    // A review written behind this process's back classes one household poor in 2026.
    const poorIn2026 = `${byName}&classYear=2026&finalClass=poor`;
    expect(await count(poorIn2026)).toBe(0);
    await t.database.db.execute(sql`
      INSERT INTO poverty_review (household_id, review_year, province_code, commune_code, area_type, member_count,
        income_per_capita_vnd, deprivations, standard_id, computed_class, final_class, reviewed_on)
      SELECT h.id, 2026, h.province_code, h.commune_code, 'rural', 4, 1000000, ARRAY['01','04','09'],
        (SELECT id FROM poverty_standard WHERE area_type = 'rural' ORDER BY valid_from DESC LIMIT 1),
        'poor', 'poor', '2026-10-01'
      FROM household h WHERE h.id = ${ids[1] as number}`);
    expect(await count(poorIn2026)).toBe(1);
  });

  // PostgreSQL only: the embedded database runs one transaction at a time, so nothing there can deadlock.
  it.skipIf(inject('databaseKind') === 'embedded')(
    'takes the province counter before any statistics row, so a household write and a worker edit never deadlock',
    async () => {
      const [unit = ''] = await reservedCommunes(t, 'stats-freshness');
      const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
      // Two workers counted in the same statistics row (same commune, round, sex, age band, status, level).
      const [one, two] = [buildWorker({ communeCode: unit }), buildWorker({ communeCode: unit })];
      for (const w of [one, two]) expect((await session.post('/api/workers', w)).statusCode).toBe(201);
      const [a, b] = [0, 1].map(() => new pg.Client({ connectionString: inject('databaseUrl') }));
      await Promise.all([a, b].map((c) => c?.connect()));
      try {
        // A: a household import's transaction has written a household of the province.
        await a?.query('BEGIN');
        await a?.query(
          `INSERT INTO household (household_code, head_name, province_code, commune_code, area_type, registered_on)
           VALUES ($1, 'Vi Văn Khóa', '20', $2, 'rural', '2020-01-01')`,
          [uniqueName('HO'), unit],
        );
        // B: an officer edits one worker meanwhile (it waits for A); then A links the other worker.
        await b?.query('BEGIN');
        const edit = b?.query("UPDATE worker SET employment_status = '2' WHERE person_id = $1", [one.personId]);
        await new Promise((ok) => setTimeout(ok, 300));
        await a?.query("UPDATE worker SET employment_status = '2' WHERE person_id = $1", [two.personId]);
        await a?.query('COMMIT');
        await edit;
        await b?.query('COMMIT');
      } finally {
        await Promise.all([a, b].map((c) => c?.end()));
      }
      const stats = (await session.get(`/api/workers/stats?unitCode=${unit}&roundYear=2026`)).json() as WorkerStatsT;
      expect(stats.totals.unemployed).toBeGreaterThanOrEqual(2);
    },
  );
});
