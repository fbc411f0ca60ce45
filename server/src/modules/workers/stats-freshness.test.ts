import type { WorkerStatsT } from '@lmis/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../test/factories.ts';
import { createTestApp, reservedCommunes, signInAs, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('labour statistics stay exact while answers are reused', () => {
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
});
