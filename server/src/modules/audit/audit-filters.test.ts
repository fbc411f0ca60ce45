import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntryT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { importRegister } from '../../test/uploads.ts';

type Paged = { items: AuditEntryT[]; total: number };

let t: TestContext;
let dir = '';
let province = '';
let communeA = '';
let communeB = '';
let admin: Session;
let officerA: Session;
let officerAName = '';
let officerB: Session;
let workerA = '';
let workerB = '';
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

const audit = async (s: Session, query: string): Promise<Paged> => {
  const res = await s.get(`/api/audit?pageSize=200&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Paged;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lmis-audit-filters-'));
  t = await createTestApp({ DATA_DIR: dir });
  // A province no other test writes to (from the end of the list), and two of its communes.
  const { rows } = await t.database.pool.query<{ province: string; commune: string }>(
    `SELECT p.code AS province, c.code AS commune FROM admin_unit p JOIN admin_unit c ON c.parent_code = p.code
      WHERE p.level = 'province' AND p.valid_to IS NULL AND c.valid_to IS NULL
        AND p.code NOT IN (SELECT DISTINCT province_code FROM person) AND p.code NOT IN ('20', '01', '91')
      ORDER BY p.code DESC, c.code LIMIT 2`,
  );
  province = rows[0]?.province ?? '';
  [communeA = '', communeB = ''] = rows.map((r) => r.commune);
  admin = (await signInAs(t, { role: 'system_admin' })).session;
  const a = await signInAs(t, { role: 'commune_officer', unitCode: communeA });
  officerA = a.session;
  officerAName = a.user.username;
  officerB = (await signInAs(t, { role: 'commune_officer', unitCode: communeB })).session;
  const inA = buildWorker({ communeCode: communeA });
  const inB = buildWorker({ communeCode: communeB });
  workerA = inA.personId;
  workerB = inB.personId;
  const created = await officerA.post('/api/workers', inA);
  expect(created.statusCode, created.body).toBe(201);
  const changed = await officerA.put(`/api/workers/${workerA}`, {
    ...inA,
    version: created.json().version,
    phone: '0912345678',
  });
  expect(changed.statusCode, changed.body).toBe(200);
  expect((await officerB.post('/api/workers', inB)).statusCode).toBe(201);
  const file = join(dir, 'register.csv');
  writeRegisterCsv(file, buildPeople(2, 23));
  const { status } = await importRegister(t, officerA, file);
  expect(status).toMatchObject({ status: 'done', inserted: 2 });
});
afterAll(() => t.close());

describe('change log filters', () => {
  it('filters by account, action, record type and unit together', async () => {
    const updates = await audit(admin, `user=${officerAName.toUpperCase()}&action=update&entityType=worker`);
    expect(updates.items.map((e) => e.entityId)).toEqual([workerA]);
    expect(updates.total).toBe(1);
    const inB = await audit(admin, `unitCode=${communeB}&entityType=worker`);
    expect(inB.items.map((e) => e.entityId)).toEqual([workerB]);
    const inProvince = await audit(admin, `unitCode=${province}&entityType=worker`);
    expect(inProvince.items.map((e) => e.entityId)).toEqual(expect.arrayContaining([workerA, workerB]));
    expect(inProvince.items.every((e) => [communeA, communeB].includes(e.unitCode ?? ''))).toBe(true);
    expect((await audit(admin, 'user=no.such.account')).total).toBe(0);
  });

  it('filters by days in Vietnam time, both bounds inclusive', async () => {
    const todays = await audit(admin, `unitCode=${communeA}&from=${today}&to=${today}`);
    expect(todays.total).toBeGreaterThanOrEqual(4);
    expect((await audit(admin, `unitCode=${communeA}&to=2020-01-01`)).total).toBe(0);
    expect((await audit(admin, `unitCode=${communeA}&from=2999-01-01`)).total).toBe(0);
    expect((await admin.get('/api/audit?from=2026-02-30')).statusCode).toBe(400);
  });

  it('names the actor in words: the full name of a person, "hệ thống (nhập tệp)" for an import', async () => {
    const entries = (await audit(admin, `unitCode=${communeA}&entityType=worker`)).items;
    const byHand = entries.find((e) => e.action === 'update');
    expect(byHand?.actor).toMatchObject({ kind: 'user', label: 'Người Kiểm Thử' });
    const imported = entries.find((e) => e.entityId === null);
    expect(imported?.actor).toMatchObject({
      kind: 'import',
      label: 'hệ thống (nhập tệp)',
      labelEn: 'system (file import)',
    });
    expect(imported?.actor.userId).toBe(byHand?.actor.userId);
  });

  it('never widens what the reader may read: another unit filtered for gives nothing', async () => {
    expect((await audit(officerA, `unitCode=${communeB}`)).total).toBe(0);
    expect((await audit(officerA, `entityType=worker&entityId=${workerB}`)).total).toBe(0);
    const own = await audit(officerA, `unitCode=${communeA}&entityType=worker`);
    expect(own.total).toBeGreaterThan(0);
  });
});
