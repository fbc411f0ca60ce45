import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, LANG_SON } from '../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../test/harness.ts';
import { appErrorFromDatabase, findPgError } from './db-errors.ts';

let t: TestContext;
let officer: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  admin = (await signInAs(t, { role: 'system_admin' })).session;
});
afterAll(() => t.close());

const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

describe('a unique key answers 409, never 500', () => {
  it('finds the unique violation inside the ORM wrapper and maps it to 409 with a Vietnamese message', () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "worker_pkey"'), {
      code: '23505',
      severity: 'ERROR',
      constraint: 'worker_pkey',
      detail: 'Key (person_id)=(020192000001) already exists.',
    });
    const wrapped = Object.assign(new Error('Failed query: insert into "worker" ... params: 020192000001'), {
      cause: pgError,
    });
    expect(findPgError(wrapped)?.code).toBe('23505');
    const mapped = appErrorFromDatabase(wrapped);
    expect(mapped?.status).toBe(409);
    expect(mapped?.messageVi).toMatch(/Số định danh cá nhân/);
    expect(JSON.stringify(mapped?.details)).not.toContain('020192000001');
    for (const code of ['23P01', '40001', '40P01']) {
      expect(appErrorFromDatabase({ cause: { code, severity: 'ERROR' } })?.status).toBe(409);
    }
  });

  it('20 concurrent identical worker creations: exactly one 201, the rest 409', { timeout: 180_000 }, async () => {
    const input = buildWorker();
    const responses = await Promise.all(Array.from({ length: 20 }, () => officer.post('/api/workers', input)));
    expect(statuses(responses)).toEqual([201, ...Array(19).fill(409)]);
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.code).toBe('DUPLICATE');
      expect(r.json().error.message).toMatch(/đã có/);
    }
  });

  it('20 concurrent identical user creations: exactly one 201, the rest 409', { timeout: 180_000 }, async () => {
    const body = {
      username: uniqueName('dup'),
      fullName: 'Trùng Tên',
      role: 'viewer',
      unitCode: LANG_SON.province,
      password: 'Matkhau12345',
    };
    const responses = await Promise.all(Array.from({ length: 20 }, () => admin.post('/api/users', body)));
    expect(statuses(responses)).toEqual([201, ...Array(19).fill(409)]);
  });

  it('20 concurrent identical household creations: exactly one 201, the rest 409', { timeout: 180_000 }, async () => {
    const body = {
      householdCode: uniqueName('HH'),
      headName: 'Lò Văn Mười',
      communeCode: LANG_SON.communeA,
      areaType: 'rural',
    };
    const responses = await Promise.all(Array.from({ length: 20 }, () => officer.post('/api/households', body)));
    expect(statuses(responses)).toEqual([201, ...Array(19).fill(409)]);
  });
});
