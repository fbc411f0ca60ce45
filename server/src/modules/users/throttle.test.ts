import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let address = 0;
/** A client address of its own for each test: throttling is per address. */
const nextAddress = () => `198.51.100.${++address}`;

beforeAll(async () => {
  // A first delay of a minute: a burst that a busy machine spreads over many seconds still meets it.
  t = await createTestApp({
    LOGIN_MAX_FAILURES: '5',
    LOGIN_DELAY_SECONDS: '60',
    LOGIN_ADDRESS_MAX_FAILURES: '1000',
    LOGIN_RATE_PER_MINUTE: '10000',
  });
});
afterAll(() => t.close());

const login = (username: string, password: string, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

const events = async (username: string, kind: string) =>
  (
    await t.database.pool.query(
      'SELECT outcome, reason, ip FROM security_event WHERE actor_name = $1 AND kind = $2 ORDER BY id',
      [username, kind],
    )
  ).rows as { outcome: string; reason: string; ip: string }[];

describe('sign-in throttling (OWASP ASVS 2.2.1)', { timeout: 240_000 }, () => {
  it('signs in zero times from a burst of 40 parallel wrong guesses followed by the right password', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const ip = nextAddress();
    const burst = [
      ...Array.from({ length: 40 }, (_, i) => login(user.username, `wrong-guess-${i}`, ip)),
      login(user.username, TEST_PASSWORD, ip),
    ];
    const codes = (await Promise.all(burst)).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(0);
    // Only the free attempts had their password checked; every other one was refused before it.
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(36);
    expect((await events(user.username, 'login')).every((e) => e.outcome === 'failure')).toBe(true);
    expect((await events(user.username, 'login_throttled')).length).toBeGreaterThan(0);
  });

  it('slows further guesses with an exponential delay, answered 429 with Retry-After, never 423', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const ip = nextAddress();
    for (let i = 0; i < 5; i++) expect((await login(user.username, `bad-${i}`, ip)).statusCode).toBe(401);
    const refused = await login(user.username, TEST_PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await t.database.pool.query(
      "UPDATE login_throttle SET next_allowed_at = now() - interval '1 second' WHERE key LIKE $1",
      [`account:${user.username.toLowerCase()}%`],
    );
    expect((await login(user.username, 'bad-again', ip)).statusCode).toBe(401);
    const { rows } = await t.database.pool.query(
      'SELECT extract(epoch FROM next_allowed_at - last_failure_at)::int AS wait FROM login_throttle WHERE key = $1',
      [`account:${user.username.toLowerCase()}@${ip}`],
    );
    expect(rows[0].wait).toBeGreaterThanOrEqual(120); // 60 s after the 5th failure, 120 s after the 6th
  });

  it('answers an unknown username exactly like a real one, throttled or not', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    const ipA = nextAddress();
    const ipB = nextAddress();
    for (let i = 0; i < 7; i++) {
      const a = await login(user.username, `nope-${i}`, ipA);
      const b = await login(`${user.username}.ghost`, `nope-${i}`, ipB);
      real.push([a.statusCode, a.json().error.code]);
      unknown.push([b.statusCode, b.json().error.code]);
    }
    expect(unknown).toEqual(real);
    expect(real).toContainEqual([429, 'RATE_LIMITED']);
  });

  it('lets the right password in from another address while an attacker is throttled', async () => {
    const user = await buildUser(t, { role: 'system_admin' });
    const attacker = nextAddress();
    await Promise.all(Array.from({ length: 12 }, (_, i) => login(user.username, `guess-${i}`, attacker)));
    expect((await login(user.username, TEST_PASSWORD, attacker)).statusCode).toBe(429);
    const owner = await login(user.username, TEST_PASSWORD, nextAddress());
    expect(owner.statusCode).toBe(200);
  });

  it('bounds the delay an account gets from guesses spread over many addresses to 30 seconds', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const key = `account:${user.username.toLowerCase()}`;
    // As if thousands of addresses had each guessed a little.
    await t.database.pool.query(
      "INSERT INTO login_throttle (key, failures, next_allowed_at, last_failure_at) VALUES ($1, 5000, now() - interval '1 second', now())",
      [key],
    );
    expect((await login(user.username, 'spread-guess', nextAddress())).statusCode).toBe(401);
    const { rows } = await t.database.pool.query(
      'SELECT extract(epoch FROM next_allowed_at - last_failure_at)::float8 AS wait FROM login_throttle WHERE key = $1',
      [key],
    );
    expect(rows[0].wait).toBeGreaterThan(29);
    expect(rows[0].wait).toBeLessThanOrEqual(31);
  });

  it('lets an administrator clear the throttling of an account', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const ip = nextAddress();
    for (let i = 0; i < 6; i++) await login(user.username, `x-${i}`, ip);
    expect((await login(user.username, TEST_PASSWORD, ip)).statusCode).toBe(429);
    const admin = await signIn(t, (await buildUser(t, { role: 'system_admin' })).username);
    expect((await admin.patch(`/api/users/${user.id}`, { version: user.version, unlock: true })).statusCode).toBe(200);
    expect((await login(user.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('records sign-in failures and successes in the security log with address and user agent', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const ip = nextAddress();
    await login(user.username, 'wrong-password-9', ip);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
      remoteAddress: ip,
      headers: { 'user-agent': 'Kiểm thử/1.0' },
    });
    const { rows } = await t.database.pool.query(
      "SELECT outcome, ip, user_agent FROM security_event WHERE actor_name = $1 AND kind = 'login' ORDER BY id",
      [user.username],
    );
    expect(rows).toEqual([
      expect.objectContaining({ outcome: 'failure', ip }),
      { outcome: 'success', ip, user_agent: 'Kiểm thử/1.0' },
    ]);
  });
});

describe('password change', { timeout: 240_000 }, () => {
  it('changes the password, ends other sessions, and refuses a weak one', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const first = await signIn(t, user.username);
    const second = await signIn(t, user.username);
    const weak = await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const ok = await first.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'MoiMatKhau2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
    const ip = nextAddress();
    expect((await login(user.username, TEST_PASSWORD, ip)).statusCode).toBe(401);
    expect((await login(user.username, 'MoiMatKhau2026', ip)).statusCode).toBe(200);
    expect((await events(user.username, 'password_change')).map((e) => e.outcome)).toEqual(['failure', 'success']);
  });

  it('refuses a wrong current password with 400 on the field, keeps the session and logs the failure', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    const res = await s.post('/api/auth/password', {
      currentPassword: 'not-my-password-1',
      newPassword: 'MoiMatKhau2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'WRONG_CURRENT_PASSWORD',
      message: 'Mật khẩu hiện tại không đúng',
      details: [expect.objectContaining({ field: 'currentPassword' })],
    });
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
    expect(await events(user.username, 'password_change')).toEqual([
      expect.objectContaining({ outcome: 'failure', reason: 'sai mật khẩu hiện tại' }),
    ]);
  });

  it('throttles repeated wrong current passwords, even the right one, and logs it', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const s = await signIn(t, user.username);
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) {
      codes.push(
        (await s.post('/api/auth/password', { currentPassword: `wrong-${i}`, newPassword: 'MoiMatKhau2026' }))
          .statusCode,
      );
    }
    expect(codes.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
    const right = await s.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'MoiMatKhau2026' });
    expect(right.statusCode).toBe(429);
    expect((await events(user.username, 'password_change_throttled')).length).toBe(4);
  });
});
