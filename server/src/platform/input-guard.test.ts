import { isCalendarDate, textProblem } from '@lmis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, LANG_SON } from '../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../test/harness.ts';

let t: TestContext;
let officer: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  admin = (await signInAs(t, { role: 'system_admin' })).session;
});
afterAll(() => t.close());

/** A refusal in the shared error shape, with at least one field-level reason in Vietnamese and English. */
function expectFieldRefusal(res: LightMyRequestResponse, field?: string) {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json() as {
    error: { code: string; details: { field: string; message: string; messageEn: string }[] };
  };
  expect(error.code).toBe('VALIDATION');
  expect(Array.isArray(error.details)).toBe(true);
  for (const d of error.details) {
    expect(typeof d.field).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.messageEn.length).toBeGreaterThan(0);
  }
  if (field) expect(error.details.map((d) => d.field)).toContain(field);
}

describe('shared input formats', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('refuses control, bidi-override, zero-width characters and lone surrogates in text', () => {
    expect(textProblem('Nguyễn Văn Hùng')).toBeNull();
    for (const bad of [
      'a\u0000b',
      'a\u0007b',
      'Hà\u202Egnòh',
      'Hà\u200Bnội',
      'a\u2066b',
      'x\uD800',
      'a\uFEFFb',
      'a\nb',
    ]) {
      expect(textProblem(bad), JSON.stringify(bad)).not.toBeNull();
    }
    expect(textProblem('dòng 1\ndòng 2', { multiline: true })).toBeNull();
  });
});

describe('hostile input gets 400 with a field-level reason, never 500', () => {
  it('refuses a NUL byte in the sign-in name before anyone signs in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000', password: 'x' },
    });
    expectFieldRefusal(res, 'username');
  });

  it('refuses a NUL byte in a password too (as a field error, not a server error)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'someone', password: 'pa\u0000ss' },
    });
    expectFieldRefusal(res, 'password');
  });

  it('refuses a NUL byte in a query, in a path and inside an open-ended value', async () => {
    expectFieldRefusal(await officer.get('/api/workers?q=ab%00c'), 'q');
    expectFieldRefusal(await officer.get('/api/workers/%00'));
    expectFieldRefusal(await officer.get('/api/audit?entityId=a%00'), 'entityId');
    const res = await officer.post('/api/worker-imports/1/run', { mapping: { 'person\u0000Id': 1 } });
    expectFieldRefusal(res);
  });

  it('refuses integers beyond int4 in paths, queries and version', async () => {
    expectFieldRefusal(await admin.get('/api/users/99999999999'), 'id');
    expectFieldRefusal(await admin.get('/api/users/9223372036854775808'), 'id');
    expectFieldRefusal(await officer.get('/api/worker-imports/2147483648'), 'id');
    expectFieldRefusal(await officer.get('/api/households/99999999999'), 'id');
    expectFieldRefusal(await officer.get('/api/workers?page=99999999999'), 'page');
    expectFieldRefusal(await admin.get('/api/audit?page=3000000000'), 'page');
    const w = buildWorker();
    expectFieldRefusal(await officer.put(`/api/workers/${w.personId}`, { ...w, version: 99999999999 }), 'version');
  });

  it('refuses 1e400 as an integer, in JSON and in a query', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/workers/${buildWorker().personId}`,
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...buildWorker(), version: 1 }).replace('"version":1', '"version":1e400'),
    });
    expect(res.statusCode).toBe(400);
    expectFieldRefusal(await officer.get('/api/workers?page=1e400'), 'page');
    expectFieldRefusal(await officer.get('/api/workers?ageBand=1e400'), 'ageBand');
  });

  it('refuses impossible dates that match the date pattern', async () => {
    expectFieldRefusal(await officer.get('/api/geo/units?asOf=2023-02-30'), 'asOf');
    const res = await officer.post('/api/households', {
      householdCode: 'HX-DATE',
      headName: 'Lê Văn Tám',
      communeCode: LANG_SON.communeA,
      areaType: 'urban',
      registeredOn: '2023-02-30',
    });
    expectFieldRefusal(res, 'registeredOn');
    const worker = await officer.post('/api/workers', buildWorker({ birthDate: '1990-02-30' }));
    expect(worker.statusCode).toBe(400);
  });

  it('refuses names with bidi overrides, zero-width characters, controls and lone surrogates', async () => {
    for (const fullName of ['Nguyễn \u202EnăV', 'Nguyễn\u200B Văn', 'Nguyễn\u0007', 'Nguyễn \uD800']) {
      expectFieldRefusal(await officer.post('/api/workers', buildWorker({ fullName })), 'fullName');
    }
    const res = await officer.post('/api/households', {
      householdCode: 'HX-BIDI',
      headName: 'Lê\u2066 Văn',
      communeCode: LANG_SON.communeA,
      areaType: 'urban',
    });
    expectFieldRefusal(res, 'headName');
  });

  it('refuses a malformed multipart boundary as a bad request', async () => {
    const body = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc';
    for (const contentType of [
      'multipart/form-data; boundary=XYZ',
      'multipart/form-data',
      'multipart/form-data; boundary=',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/worker-imports',
        headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': contentType },
        payload: body,
      });
      expect(res.statusCode, `${contentType}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${contentType}: ${res.body}`).toBeLessThan(500);
    }
  });
});
