import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestContext } from '../../server/src/test/harness.ts';
import { renderClientTypes } from './generate.mjs';
import { createLmisClient } from './src/index.js';

let t: TestContext;
let document: unknown;

/** The client's fetch, answered by the app in this process (light-my-request) instead of a socket. */
const injectFetch = async (request: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const input = request instanceof Request ? request : new Request(request, init);
  const url = new URL(input.url);
  const body = input.method === 'GET' ? undefined : Buffer.from(await input.arrayBuffer());
  const res = await t.app.inject({
    method: input.method as 'GET',
    url: url.pathname + url.search,
    headers: Object.fromEntries(input.headers.entries()),
    ...(body && body.length > 0 && { payload: body }),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const v of [value].flat()) if (v !== undefined) headers.append(name, String(v));
  }
  return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
};

beforeAll(async () => {
  t = await createTestApp();
  document = t.app.swagger();
});
afterAll(() => t.close());

describe('generated API client', () => {
  it('is generated from the document the routes serve today (npm run api:generate)', async () => {
    const committed = readFileSync(new URL('./openapi.json', import.meta.url), 'utf8');
    expect(committed, 'openapi.json drifted: run npm run api:generate').toBe(`${JSON.stringify(document, null, 2)}\n`);
    const types = readFileSync(new URL('./src/schema.d.ts', import.meta.url), 'utf8');
    expect(types, 'schema.d.ts drifted: run npm run api:generate').toBe(await renderClientTypes(document));
  });

  it('signs in with a session, sends the anti-forgery header on changes, and works with an API token', async () => {
    const { user } = await signInAs(t, { role: 'system_admin' });
    const client = createLmisClient({ baseUrl: 'http://lmis.test', fetch: injectFetch });
    const me = await client.signIn(user.username, 'TestPassw0rd!');
    expect(me.role).toBe('system_admin');
    const created = await client.POST('/api/api-tokens', {
      body: { name: 'Kho dữ liệu thử', role: 'province_officer', unitCode: '20', expiresInDays: 7 },
    });
    expect(created.response.status).toBe(201);
    const secret = created.data?.secret ?? '';
    const machine = createLmisClient({ baseUrl: 'http://lmis.test', token: secret, fetch: injectFetch });
    const home = await machine.GET('/api/home', {});
    expect(home.data?.unit).toMatchObject({ code: '20', level: 'province' });
    const refused = await machine.GET('/api/api-tokens', {});
    expect(refused.response.status).toBe(403);
    expect(refused.error?.error.code).toBe('FORBIDDEN');
  });
});
