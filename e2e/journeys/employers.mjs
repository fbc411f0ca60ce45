// The employers register: a commune officer imports the commune's employer list (title rows, pre-2025 commune names
// with their district, a branch's 13-digit tax code, one wrong check digit), sees the counts and the refused row,
// then finds an employer by its name typed without diacritics and opens it. The demo employer account sees its own
// employer only: the list answers one employer, and another employer is not found.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEmployerList } from '../fixtures/employer-list.mjs';
import { apiClient, apiGet, assert, signIn, signOut } from '../helpers.mjs';

export const name = 'employers';

export async function run({ page, baseUrl, shot }) {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-employers-'));
  try {
    const file = join(dir, 'danh-sach-doanh-nghiep-dong-kinh.xlsx');
    await writeEmployerList(file);

    await signIn(page, baseUrl, 'canbo.xa1');
    const me = (await apiGet(page, '/api/auth/me')).user;
    // The list's old communes (Vĩnh Trại, Mai Pha, Yên Trạch of Cao Lộc) all lie in today's Phường Đông Kinh.
    assert(me.unitCode === '05977', `canbo.xa1 works in ${me.unitCode}, not Phường Đông Kinh (05977)`);

    // 1. The register from its menu entry, then the import page.
    await page.getByRole('menuitem', { name: 'Người sử dụng lao động' }).click();
    await page.waitForURL(/\/employers$/);
    await page.getByTestId('employer-row').first().waitFor();
    await page.getByTestId('import-employers').click();
    await page.waitForURL(/\/employers\/import$/);
    // The kit's import page: upload, the columns as the server recognised them, then the run.
    await page.getByRole('heading', { name: 'Nhập danh sách người sử dụng lao động từ Excel' }).waitFor();
    await page.locator('.ant-upload input[type=file]').setInputFiles(file);
    await page.getByTestId('import-file-name').getByText('danh-sach-doanh-nghiep-dong-kinh.xlsx').waitFor();
    await shot('import-chosen');
    await page.getByTestId('import-upload').click();
    const mapping = page.getByTestId('import-mapping');
    for (const [field, column] of [
      ['taxCode', 'Mã số thuế'],
      ['communeCode', 'Xã/phường'],
      ['districtName', 'Huyện/quận'],
    ]) {
      const mapped = (await mapping.getByTestId(`map-${field}`).textContent()) ?? '';
      assert(mapped.includes(column), `field ${field} is mapped to "${mapped}", expected "${column}"`);
    }
    await shot('import-mapping');
    await page.getByTestId('import-run').click();
    const result = page.getByTestId('import-run-status');
    await result.and(page.locator('[data-status="done"], [data-status="failed"]')).waitFor({ timeout: 60_000 });
    const text = (await result.textContent()) ?? '';
    assert((await result.getAttribute('data-status')) === 'done', `the import failed: ${text}`);
    const counter = async (key) =>
      Number(
        (await page.getByTestId(`import-${key}`).locator('.ant-statistic-content').textContent()).replace(/\./g, ''),
      );
    assert((await counter('inserted')) === 4, `expected 4 employers added: ${text}`);
    assert((await counter('failed')) === 1, `expected 1 refused row: ${text}`);
    await page.getByTestId('download-errors').waitFor();
    await shot('import-done');

    // 2. A diacritics-free search finds the cooperative of the former Xã Yên Trạch (Huyện Cao Lộc).
    await page.goto(`${baseUrl}/employers`);
    await page.getByTestId('employer-search').locator('input').fill('nong nghiep yen trach');
    const row = page.getByTestId('employer-row').filter({ hasText: 'Hợp tác xã Nông nghiệp Yên Trạch' });
    await row.waitFor();
    // The list answers the search after its debounce: wait for the filtered answer, not the one before it.
    await page
      .waitForFunction(() => document.querySelectorAll('[data-testid="employer-row"]').length === 1, null, {
        timeout: 15_000,
      })
      .catch(() => undefined);
    assert((await page.getByTestId('employer-row').count()) === 1, 'the search should find exactly one employer');
    await shot('search');
    await row.getByRole('link').click();
    await page.getByTestId('employer-title').getByText('Hợp tác xã Nông nghiệp Yên Trạch').waitFor();
    await page.getByText('Phường Đông Kinh').first().waitFor();
    const cooperativeId = Number(page.url().split('/').pop());
    await shot('detail');
    await signOut(page);

    // 3. The employer account: its own employer only.
    await signIn(page, baseUrl, 'doanhnghiep.langson');
    await page.getByRole('menuitem', { name: 'Người sử dụng lao động' }).click();
    await page.getByTestId('employer-title').getByText('Công ty TNHH May mặc Xứ Lạng').waitFor();
    await shot('employer-account');
    const own = await apiGet(page, '/api/employers?pageSize=50');
    assert(
      own.total === 1 && own.items[0].name === 'Công ty TNHH May mặc Xứ Lạng',
      'the account lists its employer only',
    );
    const client = await apiClient(page);
    const other = await client.GET('/api/employers/{id}', { params: { path: { id: cooperativeId } } });
    assert(other.response.status === 404, `another employer should be not found, got ${other.response.status}`);
    await signOut(page);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
