// The LMIS API client: openapi-fetch over the types generated from the OpenAPI document (schema.d.ts), with the
// two ways to authenticate the document describes — an API token, or a session signed in through the API (its
// cookie kept and the anti-forgery header sent on every change). Plain JavaScript with its types beside it, so
// Node runs it without a build step.
import createClient from 'openapi-fetch';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createLmisClient({ baseUrl, token, fetch: fetchImpl }) {
  const client = createClient({ baseUrl, ...(fetchImpl && { fetch: fetchImpl }) });
  const session = { cookie: undefined, csrfToken: undefined };
  client.use({
    onRequest({ request }) {
      if (token) {
        request.headers.set('authorization', `Bearer ${token}`);
        return request;
      }
      if (session.cookie) request.headers.set('cookie', session.cookie);
      if (session.csrfToken && CHANGES.has(request.method)) request.headers.set('x-csrf-token', session.csrfToken);
      return request;
    },
    onResponse({ response }) {
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .find((c) => c.startsWith('lmis_session='));
      if (cookie) session.cookie = cookie;
      return response;
    },
  });
  return Object.assign(client, {
    session,
    /** Signs in through POST /api/auth/login; later calls carry the session and its anti-forgery token. */
    async signIn(username, password) {
      const result = await client.POST('/api/auth/login', { body: { username, password } });
      if (result.error) throw new Error(`sign-in of ${username}: ${result.response.status} ${result.error.error.code}`);
      session.csrfToken = result.data.csrfToken;
      return result.data.user;
    },
    /** Uses an existing session (a browser's cookie value and csrfToken). */
    useSession(cookieValue, csrfToken) {
      session.cookie = `lmis_session=${cookieValue}`;
      session.csrfToken = csrfToken;
    },
  });
}
