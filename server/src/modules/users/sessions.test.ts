import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ SESSION_MAX_PER_USER: '2', SESSION_ABSOLUTE_HOURS: '24', SESSION_TTL_HOURS: '12' });
});
afterAll(() => t.close());

const eventKinds = async (username: string) =>
  (
    await t.database.pool.query('SELECT kind, outcome FROM security_event WHERE actor_name = $1 ORDER BY id', [
      username,
    ])
  ).rows;

describe('session lifetime and count (OWASP ASVS 3.3)', () => {
  it('ends a session at its absolute lifetime even while it is in use, and logs the expiry', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    // Active a minute ago (idle expiry far ahead), but signed in 25 hours ago.
    await t.database.pool.query(
      "UPDATE user_session SET created_at = now() - interval '25 hours', last_seen_at = now() - interval '1 minute', expires_at = now() + interval '11 hours' WHERE user_id = $1",
      [user.id],
    );
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
    expect(await eventKinds(user.username)).toContainEqual({ kind: 'session_expired', outcome: 'success' });
  });

  it('never slides the idle expiry past the absolute end', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    await t.database.pool.query(
      "UPDATE user_session SET created_at = now() - interval '20 hours', last_seen_at = now() - interval '5 minutes' WHERE user_id = $1",
      [user.id],
    );
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
    const { rows } = await t.database.pool.query(
      "SELECT expires_at <= created_at + interval '24 hours' AS bounded FROM user_session WHERE user_id = $1",
      [user.id],
    );
    expect(rows[0].bounded).toBe(true);
  });

  it('keeps at most the configured number of sessions per account, ending the oldest', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const first = await signIn(t, user.username);
    const second = await signIn(t, user.username);
    const third = await signIn(t, user.username);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
    expect((await third.get('/api/auth/me')).statusCode).toBe(200);
    expect(await eventKinds(user.username)).toContainEqual({ kind: 'session_revoked', outcome: 'success' });
  });

  it('logs a sign-out', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    expect((await s.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await eventKinds(user.username)).toContainEqual({ kind: 'logout', outcome: 'success' });
  });
});

describe('temporary password', () => {
  it('confines an account on its temporary password to me, password change and sign-out', async () => {
    const admin = await signIn(t, (await buildUser(t, { role: 'system_admin' })).username);
    const created = await admin.post('/api/users', {
      username: `tam.${Date.now()}`,
      fullName: 'Người Dùng Mới',
      role: 'province_officer',
      unitCode: '20',
      password: 'MatKhauTam2026',
    });
    expect(created.statusCode).toBe(201);
    const s = await signIn(t, created.json().username, 'MatKhauTam2026');
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);
    const refused = await s.get('/api/geo/units');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục',
    });
    expect((await s.post('/api/workers', {})).statusCode).toBe(403);
    expect(
      (await s.post('/api/auth/password', { currentPassword: 'MatKhauTam2026', newPassword: TEST_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await s.get('/api/geo/units')).statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
  });
});
