// Security: the web app and the API docs run under the Content-Security-Policy without a single violation, a
// wrong current password is a field error that keeps the user signed in, and the admin reads the security log.
import { assert, openMenuGroup, signIn } from '../helpers.mjs';

export const name = 'security';

/** Collects CSP violations the page reports (the event fires for every blocked script, style, image or frame). */
async function watchCsp(page) {
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

export async function run({ page, baseUrl, shot }) {
  const violations = await watchCsp(page);

  // The API docs (Swagger UI) render their operations under the policy.
  await page.goto(`${baseUrl}/api/docs`);
  await page.locator('.opblock').first().waitFor();
  await shot('api-docs');
  const csp = await page.evaluate(async () => (await fetch('/api/health')).headers.get('content-security-policy'));
  assert(csp?.includes("frame-ancestors 'none'"), `no CSP on API answers: ${csp}`);

  // The web app: sign-in, home, the register list and the admin pages.
  await signIn(page, baseUrl, 'admin');
  await openMenuGroup(page, 'Cung lao động');
  await page.getByRole('menuitem', { name: 'Danh sách' }).first().click();
  await page.locator('.ant-table-row').first().waitFor();
  await openMenuGroup(page, 'Quản trị');
  await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
  await page.getByRole('cell', { name: 'canbo.xa1', exact: true }).waitFor();

  // A wrong current password: the field says so, and the user stays signed in.
  await page.goto(`${baseUrl}/doi-mat-khau`);
  await page.locator('#currentPassword').fill('khong-dung-2026');
  await page.locator('#newPassword').fill('MatKhauMoi2026');
  await page.locator('#confirm').fill('MatKhauMoi2026');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.locator('.ant-form-item-explain-error').getByText('Mật khẩu hiện tại không đúng').first().waitFor();
  assert(!page.url().includes('/dang-nhap'), 'a wrong current password signed the user out');
  await shot('wrong-current-password');

  // The security log lists that failure and the sign-in, filtered by kind.
  await openMenuGroup(page, 'Quản trị');
  await page.getByRole('menuitem', { name: 'Nhật ký an ninh' }).click();
  await page.getByRole('cell', { name: 'sai mật khẩu hiện tại' }).first().waitFor();
  await page.getByRole('cell', { name: 'Đăng nhập', exact: true }).first().waitFor();
  await shot('security-log');

  assert(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
}
