import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, signInAs, type TestContext } from '../../test/harness.ts';

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('security log', () => {
  it('records a CSRF refusal and an access refusal with the route', async () => {
    const { user, session } = await signInAs(t, { role: 'viewer', unitCode: '20' });
    const csrf = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie } });
    expect(csrf.statusCode).toBe(403);
    expect((await session.get('/api/users')).statusCode).toBe(403);
    const { rows } = await t.database.pool.query(
      'SELECT kind, outcome, target FROM security_event WHERE actor_id = $1 AND outcome = $2 ORDER BY id',
      [user.id, 'refused'],
    );
    expect(rows).toEqual([
      { kind: 'csrf_refused', outcome: 'refused', target: 'POST /api/auth/logout' },
      { kind: 'access_refused', outcome: 'refused', target: 'GET /api/users' },
    ]);
  });

  it('lets a system administrator list and filter it by kind, user, outcome and date, paged', async () => {
    const victim = await buildUser(t, { role: 'viewer', unitCode: '20' });
    for (const p of ['sai-1', 'sai-2']) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: victim.username, password: p },
      });
    }
    const { session: admin } = await signInAs(t, { role: 'system_admin' });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const res = await admin.get(
      `/api/security-events?kind=login&outcome=failure&user=${victim.username.toUpperCase()}&from=${today}&to=${today}&pageSize=1`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      kind: 'login',
      outcome: 'failure',
      actorName: victim.username,
      ip: '127.0.0.1',
    });
    const yesterday = await admin.get(`/api/security-events?user=${victim.username}&to=2020-01-01`);
    expect(yesterday.json().total).toBe(0);
  });

  it('is for system administrators only', async () => {
    const { session } = await signInAs(t, { role: 'province_officer', unitCode: '20' });
    expect((await session.get('/api/security-events')).statusCode).toBe(403);
  });

  it('refuses an impossible date with a field-level 400', async () => {
    const { session } = await signInAs(t, { role: 'system_admin' });
    const res = await session.get('/api/security-events?from=2023-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('from');
  });
});

describe('append-only logs', () => {
  for (const table of ['audit_log', 'security_event']) {
    it(`refuses UPDATE, DELETE and TRUNCATE on ${table}`, async () => {
      await signIn(t, (await buildUser(t, { role: 'viewer', unitCode: '20' })).username);
      const { rows } = await t.database.pool.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0].n).toBeGreaterThan(0);
      await expect(t.database.pool.query(`UPDATE ${table} SET at = now()`)).rejects.toThrow(/append-only/);
      await expect(t.database.pool.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(t.database.pool.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
      const after = await t.database.pool.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(after.rows[0].n).toBeGreaterThanOrEqual(rows[0].n);
    });
  }
});
