import type { WorkerStatsT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../test/factories.ts';
import { createTestApp, signInAs, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('labour statistics by commune', () => {
  it('names every commune, nation-wide too, never by its bare code', async () => {
    const unit = '06037';
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
    expect((await session.post('/api/workers', buildWorker({ communeCode: unit, roundYear: 2026 }))).statusCode).toBe(
      201,
    );
    const { session: admin } = await signInAs(t, { role: 'system_admin', unitCode: null });
    const stats = (await admin.get('/api/workers/stats?roundYear=2026')).json() as WorkerStatsT;
    const row = stats.byCommune.find((r) => r.key === unit);
    expect(row?.name).toMatch(/^(Xã|Phường|Đặc khu) /);
    for (const r of stats.byCommune) expect(r.name).not.toBe(r.key);
  });
});
