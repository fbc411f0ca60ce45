import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_PER_MINUTE: '1000' });
});
afterAll(() => t.close());

const login = (username: string, password: string, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

describe('sign-in', () => {
  it('signs in with the right password and sets an HttpOnly SameSite session cookie', async () => {
    const user = await buildUser(t, { role: 'province_officer', unitCode: '20' });
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lmis_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().user).toMatchObject({
      username: user.username,
      role: 'province_officer',
      unitName: 'Tỉnh Lạng Sơn',
    });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `lmis_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);
  });

  it('refuses a wrong password with a Vietnamese message', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const res = await login(user.username, 'wrong-password-1');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await login('no.such.user', 'whatever-123');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses every API call without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/geo/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Vui lòng đăng nhập');
  });

  it('signs out: the cookie stops working', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    expect((await s.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('anti-forgery protection', () => {
  it('refuses a mutation that carries the cookie but not the token', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: s.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'AnotherPass99' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it("refuses another session's token", async () => {
    const a = await signIn(t, (await buildUser(t, { role: 'viewer', unitCode: '20' })).username);
    const b = await signIn(t, (await buildUser(t, { role: 'viewer', unitCode: '20' })).username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrf },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('login rate limit', () => {
  it('answers 429 past the per-minute limit of an address', async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'x' },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
