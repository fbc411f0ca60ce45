import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreviewT } from '@lmis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmployer, buildPersonId, buildWorker, LANG_SON } from '../../test/factories.ts';
import { buildUser, createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { uploadRegister } from '../../test/uploads.ts';

/**
 * Out of scope answers exactly like not found: for every record type, a user of another unit gets the status and
 * the body (apart from the request id) that a nonexistent id gets, so nothing tells that the record exists.
 */
let t: TestContext;
let officerA: Session;
let province91: Session;
let employer: Session;
const records: {
  name: string;
  existing: string;
  missing: string;
  method: 'GET' | 'PUT' | 'PATCH' | 'POST';
  body?: object;
}[] = [];

const call = (s: Session, method: string, url: string, body?: object) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    ...(body && { payload: body }),
  });

/** The body without the request id, which differs on every call. */
const comparable = (res: LightMyRequestResponse) => {
  const body = res.json() as { error: { code: string; requestId?: string } };
  const { requestId: _id, ...error } = body.error;
  return { status: res.statusCode, error };
};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-scope-'));
  t = await createTestApp({ DATA_DIR: dir });
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  province91 = (await signInAs(t, { role: 'province_officer', unitCode: '91' })).session;
  employer = (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province })).session;
  const officerB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;

  const worker = buildWorker({ communeCode: LANG_SON.communeB });
  expect((await officerB.post('/api/workers', worker)).statusCode).toBe(201);
  const missingWorker = buildPersonId({ birthYear: 1992, sex: 'female' });
  records.push(
    {
      name: 'worker read',
      method: 'GET',
      existing: `/api/workers/${worker.personId}`,
      missing: `/api/workers/${missingWorker}`,
    },
    {
      name: 'worker change',
      method: 'PUT',
      existing: `/api/workers/${worker.personId}`,
      missing: `/api/workers/${missingWorker}`,
      body: { ...worker, communeCode: LANG_SON.communeA, version: 1 },
    },
  );

  const household = await officerB.post('/api/households', {
    householdCode: uniqueName('HO'),
    headName: 'Hoàng Văn Sáng',
    communeCode: LANG_SON.communeB,
    areaType: 'rural',
  });
  expect(household.statusCode, household.body).toBe(201);
  const householdId = household.json().household.id as number;
  const missingId = 2_000_000_000;
  records.push(
    {
      name: 'household read',
      method: 'GET',
      existing: `/api/households/${householdId}`,
      missing: `/api/households/${missingId}`,
    },
    {
      name: 'household change',
      method: 'PATCH',
      existing: `/api/households/${householdId}`,
      missing: `/api/households/${missingId}`,
      body: { version: 1, headName: 'Tên Khác' },
    },
    {
      name: 'poverty review',
      method: 'PUT',
      existing: `/api/households/${householdId}/reviews/2025`,
      missing: `/api/households/${missingId}/reviews/2025`,
      body: { incomePerCapitaVnd: 1_200_000, memberCount: 4, deprivations: ['01'], reviewedOn: '2025-10-01' },
    },
  );

  const file = join(dir, 'b.csv');
  writeRegisterCsv(file, buildPeople(1, 8));
  const upload = await uploadRegister(t, officerB, file);
  expect(upload.statusCode, upload.body).toBe(201);
  const importId = (upload.json() as ImportPreviewT).import.id;
  records.push(
    {
      name: 'import read',
      method: 'GET',
      existing: `/api/worker-imports/${importId}`,
      missing: `/api/worker-imports/${missingId}`,
    },
    {
      name: 'import run',
      method: 'POST',
      existing: `/api/worker-imports/${importId}/run`,
      missing: `/api/worker-imports/${missingId}/run`,
      body: {},
    },
    {
      name: 'import error file',
      method: 'GET',
      existing: `/api/worker-imports/${importId}/errors.xlsx`,
      missing: `/api/worker-imports/${missingId}/errors.xlsx`,
    },
  );

  const employerB = await officerB.post('/api/employers', buildEmployer({ communeCode: LANG_SON.communeB }));
  expect(employerB.statusCode, employerB.body).toBe(201);
  const employerId = employerB.json().id as number;
  const list = join(dir, 'doanh-nghiep.csv');
  writeFileSync(list, `Mã số thuế,Tên doanh nghiệp\n${buildEmployer().taxCode},Công ty TNHH Phạm Vi\n`);
  const employerUpload = await uploadRegister(t, officerB, list, {}, '/api/employer-imports');
  expect(employerUpload.statusCode, employerUpload.body).toBe(201);
  const employerImportId = (employerUpload.json() as ImportPreviewT).import.id;
  const institution = await (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session.post(
    '/api/institutions',
    {
      code: uniqueName('GDNN'),
      name: 'Trung tâm GDNN Phạm Vi',
      typeCode: 'ttgdnn',
      ownershipCode: 'public',
      communeCode: LANG_SON.communeB,
    },
  );
  expect(institution.statusCode, institution.body).toBe(201);
  const institutionId = institution.json().id as number;
  records.push(
    {
      name: 'employer read',
      method: 'GET',
      existing: `/api/employers/${employerId}`,
      missing: `/api/employers/${missingId}`,
    },
    {
      name: 'employer change',
      method: 'PUT',
      existing: `/api/employers/${employerId}`,
      missing: `/api/employers/${missingId}`,
      body: { ...buildEmployer({ communeCode: LANG_SON.communeB }), version: 1 },
    },
    {
      name: 'employer_import read',
      method: 'GET',
      existing: `/api/employer-imports/${employerImportId}`,
      missing: `/api/employer-imports/${missingId}`,
    },
    {
      name: 'institution read',
      method: 'GET',
      existing: `/api/institutions/${institutionId}`,
      missing: `/api/institutions/${missingId}`,
    },
  );

  const account = await buildUser(t, { role: 'viewer', unitCode: LANG_SON.communeB });
  records.push(
    { name: 'account read', method: 'GET', existing: `/api/users/${account.id}`, missing: `/api/users/${missingId}` },
    {
      name: 'account change',
      method: 'PATCH',
      existing: `/api/users/${account.id}`,
      missing: `/api/users/${missingId}`,
      body: { version: 1, fullName: 'Tên Khác' },
    },
  );
});
afterAll(() => t.close());

describe('out of scope answers exactly like not found', () => {
  it('covers every record type', () => {
    expect(records.map((r) => r.name.split(' ')[0])).toEqual(
      expect.arrayContaining([
        'worker',
        'household',
        'poverty',
        'import',
        'account',
        'employer',
        'employer_import',
        'institution',
      ]),
    );
  });

  it('answers a record of another unit with the 404 and body of a nonexistent id, for every record type', async () => {
    for (const r of records) {
      // Accounts and institutions are managed by province officers: the one of another province is the outsider there.
      const outsider = r.name.startsWith('account') || r.name.startsWith('institution') ? province91 : officerA;
      const existing = comparable(await call(outsider, r.method, r.existing, r.body));
      const missing = comparable(await call(outsider, r.method, r.missing, r.body));
      expect(existing, r.name).toEqual(missing);
      expect(existing.status, r.name).toBe(404);
      expect(existing.error.code, r.name).toBe('NOT_FOUND');
    }
  });

  it('answers an employer account asking for another employer exactly like one that does not exist', async () => {
    for (const r of records.filter((k) => k.name.startsWith('employer '))) {
      const existing = comparable(await call(employer, r.method, r.existing, r.body));
      const missing = comparable(await call(employer, r.method, r.missing, r.body));
      expect(existing, r.name).toEqual(missing);
      expect(existing.status, r.name).toBe(404);
    }
  });

  it('refuses a role without the right alike (403) whether the record exists or not', async () => {
    // An employer account holds employer:read and :update for its own employer (answered 404 above).
    for (const r of records.filter((k) => !k.name.startsWith('employer '))) {
      const existing = comparable(await call(employer, r.method, r.existing, r.body));
      const missing = comparable(await call(employer, r.method, r.missing, r.body));
      expect(existing, r.name).toEqual(missing);
      expect(existing.status, r.name).toBe(403);
    }
  });

  it('leaves the record of another unit unchanged', async () => {
    const owner = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
    const household = records.find((r) => r.name === 'household read');
    const detail = (await owner.get(household?.existing ?? '')).json();
    expect(detail.household.version).toBe(1);
    expect(detail.reviews).toEqual([]);
  });
});
