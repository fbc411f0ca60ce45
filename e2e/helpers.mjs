// Steps every browser journey shares. Kept outside e2e/journeys, whose every file the runner runs as a journey.
import { readFileSync } from 'node:fs';
import { createLmisClient } from '../packages/api-client/src/index.js';

/** The OpenAPI document the API client was generated from (npm run api:generate). */
const GENERATED_FROM = JSON.parse(
  readFileSync(new URL('../packages/api-client/openapi.json', import.meta.url), 'utf8'),
);
const DOCUMENTED_GETS = Object.entries(GENERATED_FROM.paths)
  .filter(([, item]) => item.get)
  .map(([template]) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  }));
const checkedServers = new Set();
export const DEMO_PASSWORD = 'LmisDemo2026';

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * The generated API client (packages/api-client) with the browser page's session: its cookie, and the anti-forgery
 * token the server gives that session. The first client of a server checks that the document the server serves is
 * the one the client was generated from, so the journeys fail when the routes drift from the committed document.
 */
export async function apiClient(page) {
  const baseUrl = new URL(page.url()).origin;
  const client = createLmisClient({ baseUrl });
  const session = (await page.context().cookies(baseUrl)).find((c) => c.name === 'lmis_session');
  if (session) {
    client.useSession(session.value, '');
    const me = await client.GET('/api/auth/me', {});
    if (me.data) client.useSession(session.value, me.data.csrfToken);
  }
  if (!checkedServers.has(baseUrl)) {
    const served = await client.GET('/api/docs/json', {});
    assert(
      JSON.stringify(served.data) === JSON.stringify(GENERATED_FROM),
      'the server serves another OpenAPI document than packages/api-client was generated from: npm run api:generate',
    );
    checkedServers.add(baseUrl);
  }
  return client;
}

/** GET through the generated client with the page's session; the path must be one the document names. */
export async function apiGet(page, path) {
  const url = new URL(path, 'http://lmis.local');
  const route = DOCUMENTED_GETS.find((r) => r.pattern.test(url.pathname));
  assert(route, `GET ${url.pathname} is not in the OpenAPI document (packages/api-client/openapi.json)`);
  const client = await apiClient(page);
  const { data, error, response } = await client.GET(route.template, {
    params: { path: route.pattern.exec(url.pathname)?.groups ?? {}, query: Object.fromEntries(url.searchParams) },
  });
  if (error || !response.ok) throw new Error(`GET ${path} → ${response.status} ${error?.error?.code ?? ''}`);
  return data;
}

/** Signs in a demo account from a signed-out browser: the home page must send it to the sign-in page first. */
export async function signIn(page, baseUrl, username) {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/dang-nhap/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-user').waitFor();
}

export async function signOut(page) {
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/dang-nhap/);
  await page.getByTestId('login-submit').waitFor();
}

/** Opens a menu group (only the active group is open; opening one closes the other). Does nothing if open. */
export async function openMenuGroup(page, name) {
  const group = page
    .locator('.ant-menu-submenu')
    .filter({ has: page.locator(':scope > .ant-menu-submenu-title', { hasText: name }) });
  await group.first().waitFor();
  const open = await group.first().evaluate((el) => el.classList.contains('ant-menu-submenu-open'));
  if (!open) await group.first().locator(':scope > .ant-menu-submenu-title').click();
  // The entries are clicked only once the group has finished unfolding: a click during the animation can land
  // on an entry that is re-rendered between the press and the release, and is then lost.
  await page.waitForFunction(
    (el) => {
      const list = el.querySelector(':scope > ul.ant-menu-sub');
      return el.classList.contains('ant-menu-submenu-open') && list && !/motion/.test(list.className);
    },
    await group.first().elementHandle(),
  );
}
