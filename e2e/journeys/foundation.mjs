// Foundation: sign-in, home page, the administrative-unit browser (diacritics-free search, 2025 crosswalk),
// sign-out, and the menu a commune officer sees.
import { apiGet, assert, openMenuGroup, signIn, signOut } from '../helpers.mjs';

export const name = 'foundation';

export async function run({ page, baseUrl, shot }) {
  // Sign-in page, in Vietnamese, with a Vietnamese error for a wrong password.
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByText('LMIS — Hệ thống thông tin thị trường lao động').waitFor();
  await page.locator('#username').fill('admin');
  await page.locator('#password').fill('sai-mat-khau-1');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
  await shot('login-error');

  // Home: who I am and the state of the system.
  await signIn(page, baseUrl, 'admin');
  const me = (await apiGet(page, '/api/auth/me')).user;
  await page.getByTestId('home-user').getByText(me.fullName).first().waitFor();
  await page.getByTestId('current-user').getByText(me.fullName, { exact: true }).waitFor();
  await page.getByTestId('current-user').getByText('Quản trị hệ thống · Toàn quốc').waitFor();
  await page.getByTestId('home-pending').waitFor();
  await shot('home');

  // System facts live on the administrators' system page.
  await openMenuGroup(page, 'Quản trị');
  await page.getByRole('menuitem', { name: 'Thông tin hệ thống' }).click();
  const provinces = await apiGet(page, '/api/geo/units');
  await page.getByText('Tỉnh, thành phố (hiện hành)').waitFor();
  await page.locator('.ant-statistic').first().getByText(String(provinces.length), { exact: true }).waitFor();
  await page.getByTestId('system-facts').getByText('Hoạt động bình thường').waitFor();
  await shot('system');

  // Unit browser, reached from the menu.
  await openMenuGroup(page, 'Quản trị');
  await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
  await page.waitForURL(/\/admin\/units/);
  // The tree loads a province's communes when it is expanded.
  const langSonNode = page.locator('.ant-tree-treenode:not([aria-hidden])').filter({ hasText: 'Tỉnh Lạng Sơn' });
  await langSonNode.waitFor();
  const langSonChildren = await apiGet(page, '/api/geo/units?parent=20');
  assert(langSonChildren.length > 0, 'the API lists no unit under Tỉnh Lạng Sơn');
  await langSonNode.locator('.ant-tree-switcher').click();
  await page.locator('.ant-tree-title').getByText(langSonChildren[0].name, { exact: true }).waitFor();
  await shot('units-tree');

  // Diacritics-free search finds Tỉnh Lạng Sơn.
  const search = page.getByTestId('unit-search');
  await search.fill('lang son');
  await page.getByTestId('unit-result').filter({ hasText: 'Tỉnh Lạng Sơn' }).first().waitFor();
  await page.getByTestId('unit-result').filter({ hasText: 'Tỉnh Lạng Sơn' }).first().click();
  await page.getByTestId('unit-detail').getByTestId('unit-name').getByText('Tỉnh Lạng Sơn').waitFor();
  await shot('search-lang-son');

  // A pre-reform commune, searched without diacritics, and what it became on 01/07/2025.
  await page.getByRole('button', { name: 'Trước sáp nhập (30/06/2025)' }).click();
  await page.waitForURL(/asOf=2025-06-30/);
  await search.fill('phuc xa');
  const found = await apiGet(page, '/api/geo/units?asOf=2025-06-30&q=phuc%20xa&limit=50');
  const phucXa = found.find((u) => u.name === 'Phường Phúc Xá');
  assert(phucXa, `the API does not find Phường Phúc Xá on 30/06/2025: ${JSON.stringify(found)}`);
  const result = page.getByTestId('unit-result').filter({ hasText: 'Phường Phúc Xá' }).first();
  await result.waitFor();
  await result.click();
  const detail = page.getByTestId('unit-detail');
  await detail.getByTestId('unit-name').getByText('Phường Phúc Xá').waitFor();
  const phucXaDetail = await apiGet(page, `/api/geo/units/${phucXa.code}?asOf=2025-06-30`);
  assert(phucXaDetail.becameUnits.length > 0, 'Phường Phúc Xá has no becameUnits in the API');
  await detail.getByText('Đã sáp nhập vào').waitFor();
  for (const ancestor of phucXaDetail.ancestors) {
    await detail.locator('.ant-breadcrumb').getByText(ancestor.name).waitFor();
  }
  for (const link of phucXaDetail.becameUnits) {
    const row = detail.getByTestId('crosswalk-link').filter({ hasText: link.name });
    await row.waitFor();
    const tag = { full: 'Toàn bộ', partial: 'Một phần', unchanged: 'Giữ nguyên' }[link.mergeType];
    if (tag) await detail.getByText(tag, { exact: true }).first().waitFor();
  }
  await shot('phuc-xa-became');

  // Following the crosswalk opens the new commune today, which lists Phúc Xá among the units it came from.
  const target = phucXaDetail.becameUnits[0];
  await detail
    .getByTestId('crosswalk-link')
    .filter({ hasText: target.name })
    .getByText(target.name, { exact: true })
    .click();
  await page.waitForURL(new RegExp(`code=${target.code}`));
  await detail.getByTestId('unit-name').getByText(target.name).waitFor();
  await detail.getByText('Hình thành từ').waitFor();
  await detail.getByTestId('crosswalk-link').filter({ hasText: 'Phường Phúc Xá' }).waitFor();
  await shot('new-commune-came-from');

  await signOut(page);
  await shot('signed-out');

  // A commune officer does not see account management.
  await signIn(page, baseUrl, 'canbo.xa1');
  const officer = (await apiGet(page, '/api/auth/me')).user;
  await page.getByTestId('current-user').getByText(officer.fullName, { exact: true }).waitFor();
  await openMenuGroup(page, 'Quản trị');
  await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).waitFor();
  const accountItems = await page.getByRole('menuitem', { name: 'Tài khoản', exact: true }).count();
  assert(accountItems === 0, `a commune officer sees the "Tài khoản" menu item (${accountItems})`);
  await shot('commune-officer-home');
  await signOut(page);
}
