import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('platform HTTP', () => {
  it('reports health as the database state only, leaving the engine and migration level to administrators', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database.state).toBe('up');
    expect(body.database.kind).toBeUndefined();
    expect(body.database.version).toBeUndefined();
    expect(body.migrations).toBeUndefined();
  });

  it('serves an OpenAPI 3.1 document at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/geo/units', '/api/users']));
  });

  it('gives every response a request id, repeated in error bodies', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['x-request-id']).toBe(res.json().error.requestId);
  });
});
