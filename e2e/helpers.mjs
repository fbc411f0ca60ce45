// Steps every browser journey shares. Kept outside e2e/journeys, whose every file the runner runs as a journey.
export const DEMO_PASSWORD = 'LmisDemo2026';

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Calls the API with the page's session, to assert on what the server really returns. */
export async function apiGet(page, path) {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`GET ${p} → ${res.status}`);
    return res.json();
  }, path);
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
}
