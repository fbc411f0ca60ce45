import type { ApiTokenRowT, AuditEntryT, CreatedApiTokenT, SecurityEventT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;
let admin: Session;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const withToken = (secret: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(secret), ...(payload && { payload }) });

async function createToken(body: Record<string, unknown>): Promise<CreatedApiTokenT> {
  const res = await admin.post('/api/api-tokens', { name: uniqueName('Kho dữ liệu'), expiresInDays: 30, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CreatedApiTokenT;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signInAs(t, { role: 'system_admin' })).session;
});
afterAll(() => t.close());

describe('API tokens', () => {
  it('shows the secret once, keeps only its hash and lists the token by its prefix', async () => {
    const { token, secret } = await createToken({ role: 'province_officer', unitCode: LANG_SON.province });
    expect(secret).toMatch(/^lmis_[A-Za-z0-9_-]{40}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({
      status: 'active',
      unitName: 'Tỉnh Lạng Sơn',
      roleName: 'Cán bộ cấp tỉnh (Sở Nội vụ)',
    });
    const { rows } = await t.database.pool.query('SELECT token_hash FROM api_token WHERE id = $1', [token.id]);
    expect(rows[0].token_hash).not.toContain(secret.slice(5));
    const list = (await admin.get('/api/api-tokens')).json() as ApiTokenRowT[];
    const listed = list.find((x) => x.id === token.id);
    expect(listed?.prefix).toBe(token.prefix);
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('acts as its role in its unit without an anti-forgery token, and records its last use', async () => {
    const { token, secret } = await createToken({ role: 'commune_officer', unitCode: LANG_SON.communeA });
    const me = await withToken(secret, 'GET', '/api/auth/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().user).toMatchObject({ role: 'commune_officer', unitCode: LANG_SON.communeA });
    const input = buildWorker({ communeCode: LANG_SON.communeA });
    const created = await withToken(secret, 'POST', '/api/workers', input);
    expect(created.statusCode, created.body).toBe(201);
    const list = (await admin.get('/api/api-tokens')).json() as ApiTokenRowT[];
    expect(list.find((x) => x.id === token.id)?.lastUsedAt).not.toBeNull();
    // The change names the token as the actor.
    const history = (await admin.get(`/api/audit?entityType=worker&entityId=${input.personId}`)).json();
    expect(history.items[0].actorName).toBe(`api:${token.prefix}`);
    expect(history.items[0].actor).toMatchObject({ kind: 'api_token', label: expect.stringContaining(token.prefix) });
    // Filtered by the token, not by the administrator answerable for it.
    const byToken = (await admin.get(`/api/audit?user=api:${token.prefix}`)).json();
    expect(byToken.items.map((e: AuditEntryT) => e.entityId)).toEqual([input.personId]);
  });

  it("answers another unit's record exactly like a missing one (404, same body)", async () => {
    const inB = buildWorker({ communeCode: LANG_SON.communeB });
    const officerB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
    expect((await officerB.post('/api/workers', inB)).statusCode).toBe(201);
    const { secret } = await createToken({ role: 'commune_officer', unitCode: LANG_SON.communeA });
    const other = await withToken(secret, 'GET', `/api/workers/${inB.personId}`);
    const missing = await withToken(secret, 'GET', `/api/workers/${buildWorker().personId}`);
    expect(other.statusCode).toBe(404);
    const strip = (body: string) => ({ ...JSON.parse(body).error, requestId: undefined });
    expect(strip(other.body)).toEqual(strip(missing.body));
  });

  it('never creates tokens or accounts, even as a system administrator', async () => {
    const { secret } = await createToken({ role: 'system_admin', unitCode: null });
    const token = await withToken(secret, 'POST', '/api/api-tokens', {
      name: 'x',
      role: 'viewer',
      unitCode: '20',
      expiresInDays: 1,
    });
    expect(token.statusCode).toBe(403);
    const user = await withToken(secret, 'POST', '/api/users', {
      username: uniqueName('u'),
      fullName: 'Người Máy',
      role: 'viewer',
      unitCode: '20',
      password: 'Passw0rd-long-enough',
    });
    expect(user.statusCode).toBe(403);
    const me = (await withToken(secret, 'GET', '/api/auth/me')).json();
    expect(me.user.capabilities).not.toContain('user:create');
    expect(me.user.capabilities).not.toContain('api_token:manage');
    expect(me.user.capabilities).toContain('user:read');
    // Nor does it reach the session's own routes (password, sign-out).
    expect((await withToken(secret, 'POST', '/api/auth/logout')).statusCode).toBe(403);
  });

  it('answers 401 once revoked, and once expired, and logs the refused use', async () => {
    const revoked = await createToken({ role: 'viewer', unitCode: LANG_SON.province });
    expect((await withToken(revoked.secret, 'GET', '/api/workers')).statusCode).toBe(200);
    const res = await admin.post(`/api/api-tokens/${revoked.token.id}/revoke`);
    expect(res.json()).toMatchObject({ status: 'revoked' });
    expect((await withToken(revoked.secret, 'GET', '/api/workers')).statusCode).toBe(401);

    const expiring = await createToken({ role: 'viewer', unitCode: LANG_SON.province });
    await t.database.pool.query("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1", [
      expiring.token.id,
    ]);
    expect((await withToken(expiring.secret, 'GET', '/api/workers')).statusCode).toBe(401);
    expect(
      (await admin.get('/api/api-tokens')).json().find((x: ApiTokenRowT) => x.id === expiring.token.id),
    ).toMatchObject({ status: 'expired' });
    expect((await withToken('lmis_not-a-token', 'GET', '/api/workers')).statusCode).toBe(401);

    const events = (await admin.get('/api/security-events?kind=api_token_use&pageSize=50')).json()
      .items as SecurityEventT[];
    const reasons = events.map((e) => `${e.reason} ${e.target ?? ''}`);
    expect(reasons).toContain(`mã API đã thu hồi mã API ${revoked.token.prefix}…`);
    expect(reasons).toContain(`mã API hết hạn mã API ${expiring.token.prefix}…`);
    expect(events.every((e) => e.outcome === 'refused')).toBe(true);
  });

  it('audits creation and revocation in the change log, without the secret or its hash', async () => {
    const { token, secret } = await createToken({ role: 'viewer', unitCode: LANG_SON.province });
    await admin.post(`/api/api-tokens/${token.id}/revoke`);
    const history = (await admin.get(`/api/audit?entityType=api_token&entityId=${token.id}`)).json()
      .items as AuditEntryT[];
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'revoke']);
    expect(JSON.stringify(history)).not.toContain(secret.slice(5));
  });

  it('requires an expiry of at most a year, and a unit for a role that works in one', async () => {
    const long = await admin.post('/api/api-tokens', { name: 'x', role: 'viewer', unitCode: '20', expiresInDays: 366 });
    expect(long.statusCode).toBe(400);
    const none = await admin.post('/api/api-tokens', { name: 'x', role: 'viewer', unitCode: '20' });
    expect(none.statusCode).toBe(400);
    const unitless = await admin.post('/api/api-tokens', {
      name: 'x',
      role: 'viewer',
      unitCode: null,
      expiresInDays: 1,
    });
    expect(unitless.statusCode).toBe(400);
  });

  it('is managed by system administrators only', async () => {
    const province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
    expect((await province.get('/api/api-tokens')).statusCode).toBe(403);
    const res = await province.post('/api/api-tokens', { name: 'x', role: 'viewer', unitCode: '20', expiresInDays: 1 });
    expect(res.statusCode).toBe(403);
  });

  it('still requires the anti-forgery token of a cookie session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/workers',
      headers: { cookie: admin.cookie },
      payload: buildWorker(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });
});

describe('the Authorization header', () => {
  it('reads only the Bearer scheme, so a proxy’s Basic credentials leave the session cookie in use', async () => {
    const { bearerSecret } = await import('../../platform/auth/api-tokens.ts');
    expect(bearerSecret('Bearer lmis_abc')).toBe('lmis_abc');
    expect(bearerSecret('bearer   lmis_abc  ')).toBe('lmis_abc');
    expect(bearerSecret('Bearer')).toBe('');
    expect(bearerSecret('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerSecret(undefined)).toBeUndefined();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: admin.cookie, authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(res.statusCode).toBe(200);
  });
});
