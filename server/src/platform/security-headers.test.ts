import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, TEST_PASSWORD, type TestContext } from '../test/harness.ts';

let t: TestContext;
let proxied: TestContext;

beforeAll(async () => {
  t = await createTestApp();
  proxied = await createTestApp({ TRUST_PROXY: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
  await proxied.close();
});

describe('security headers', () => {
  it('sends a Content-Security-Policy, nosniff, frame-ancestors none and a Referrer-Policy on every response', async () => {
    for (const url of ['/api/health', '/api/geo/units', '/api/docs', '/no-such-page']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('forbids storing API responses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/geo/units' })).headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only when the client came over HTTPS', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBe(
      undefined,
    );
    const https = await proxied.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('cookies and client address behind a proxy (TRUST_PROXY)', () => {
  const loginVia = (ctx: TestContext, username: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
    });

  it('marks the session cookie Secure when a trusted proxy reports HTTPS, and logs the client address', async () => {
    const user = await buildUser(proxied, { role: 'viewer', unitCode: '20' });
    const res = await loginVia(proxied, user.username);
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'lmis_session')?.secure).toBe(true);
    const { rows } = await proxied.database.pool.query(
      "SELECT ip FROM security_event WHERE actor_name = $1 AND kind = 'login'",
      [user.username],
    );
    expect(rows).toEqual([{ ip: '203.0.113.9' }]);
  });

  it('ignores forwarded headers from a client when no proxy is trusted', async () => {
    const user = await buildUser(t, { role: 'viewer', unitCode: '20' });
    const res = await loginVia(t, user.username);
    expect(res.cookies.find((c) => c.name === 'lmis_session')?.secure).toBeFalsy();
    const { rows } = await t.database.pool.query(
      "SELECT ip FROM security_event WHERE actor_name = $1 AND kind = 'login'",
      [user.username],
    );
    expect(rows).toEqual([{ ip: '127.0.0.1' }]);
  });
});
