import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newAccount = (over: Record<string, unknown> = {}) => ({
  username: uniqueName('canbo'),
  fullName: 'Vi Thị Hoa',
  role: 'commune_officer',
  unitCode: '00004',
  password: 'KhoiTao2026x',
  ...over,
});

describe('account management', () => {
  it('lets a system admin create an account, audited without the password hash', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const body = newAccount();
    const res = await session.post('/api/users', body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ username: body.username, unitName: 'Phường Ba Đình', active: true, version: 1 });
    const history = (await session.get(`/api/audit?entityType=user&entityId=${created.id}`)).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({
      action: 'create',
      after: { username: body.username, role: 'commune_officer' },
    });
    expect(JSON.stringify(history.items[0])).not.toContain('argon2');
  });

  it('refuses a duplicate username', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const body = newAccount();
    expect((await session.post('/api/users', body)).statusCode).toBe(201);
    const again = await session.post('/api/users', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE');
  });

  it('reports each invalid field with a Vietnamese reason', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const res = await session.post('/api/users', {
      username: 'a b',
      role: 'commune_officer',
      unitCode: 'xx',
      password: 'p',
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    const fields = error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'fullName']));
    expect(error.details.find((d: { field: string }) => d.field === 'fullName').message).toBe('bắt buộc nhập');
  });

  it('refuses a unit code that does not exist today', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const res = await session.post('/api/users', newAccount({ unitCode: '02' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Mã đơn vị 02 không tồn tại');
  });

  it('refuses an edit based on a stale version instead of overwriting it', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const target = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const first = await session.patch(`/api/users/${target.id}`, { version: target.version, fullName: 'Tên Mới' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(target.version + 1);
    const stale = await session.patch(`/api/users/${target.id}`, { version: target.version, fullName: 'Tên Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const history = (await session.get(`/api/audit?entityType=user&entityId=${target.id}`)).json();
    expect(history.items[0]).toMatchObject({
      action: 'update',
      before: { fullName: 'Người Kiểm Thử' },
      after: { fullName: 'Tên Mới' },
    });
  });

  it('disabling an account ends its sessions and blocks sign-in', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const target = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const victim = await signIn(t, target.username);
    expect((await session.patch(`/api/users/${target.id}`, { version: 1, active: false })).statusCode).toBe(200);
    expect((await victim.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('unit scope on accounts', () => {
  it('refuses a commune officer the account administration (403)', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: '00004' });
    expect((await session.get('/api/users')).statusCode).toBe(403);
    expect((await session.post('/api/users', newAccount())).statusCode).toBe(403);
  });

  it("lets a province officer manage only the own province's accounts", async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '20' });
    const hanoi = await buildUser(t, { role: 'commune_officer', unitCode: '00004' });
    expect((await session.get(`/api/users/${hanoi.id}`)).statusCode).toBe(404);
    expect((await session.post('/api/users', newAccount({ unitCode: '00004' }))).statusCode).toBe(403);
    expect((await session.post('/api/users', newAccount({ unitCode: '20', role: 'viewer' }))).statusCode).toBe(201);
    const list = (await session.get('/api/users?pageSize=200')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((u: { unitCode: string }) => u.unitCode.startsWith('20') || u.unitCode.length === 5)).toBe(
      true,
    );
    expect(list.items.some((u: { id: number }) => u.id === hanoi.id)).toBe(false);
  });

  it('refuses a province officer handing out the system admin role', async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '20' });
    const res = await session.post('/api/users', newAccount({ role: 'system_admin', unitCode: null }));
    expect(res.statusCode).toBe(403);
  });

  it("hides another unit's history from a commune officer", async () => {
    const admin = (await signInAs(t, { role: 'system_admin' })).session;
    const created = (await admin.post('/api/users', newAccount({ unitCode: '20', role: 'viewer' }))).json();
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: '00004' });
    const history = (await session.get(`/api/audit?entityType=user&entityId=${created.id}`)).json();
    expect(history.total).toBe(0);
  });
});
