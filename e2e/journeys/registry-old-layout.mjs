// Labour-supply register, pre-2025 file: a commune officer imports a register kept in the old layout ("Số
// CMND/CCCD", "Xã/Thị trấn", units written with their district). The preview says each row's commune comes from
// that column; the rows of the officer's commune land in today's Phường Đông Kinh, every other row is refused with
// its reason in the error file, and the row pasted twice is reported once as a repeat.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeOldLayoutRegister } from '../fixtures/worker-register.mjs';
import { apiGet, assert, openMenuGroup, signIn, signOut } from '../helpers.mjs';

export const name = 'registry-old-layout';

const counter = async (page, key) =>
  Number((await page.getByTestId(`import-${key}`).locator('.ant-statistic-content').textContent()).replace(/\./g, ''));

export async function run({ page, baseUrl, shot }) {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-old-layout-'));
  try {
    const fixture = await writeOldLayoutRegister(dir);
    await signIn(page, baseUrl, 'canbo.xa1');
    await openMenuGroup(page, 'Cung lao động');
    await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
    await page.waitForURL(/\/registry\/import$/);
    await page.locator('.ant-upload input[type=file]').setInputFiles(fixture.path);
    await page.getByTestId('import-file-name').getByText('so-cung-lao-dong-2024-tp-lang-son.xlsx').waitFor();
    await page.getByTestId('import-upload').click();

    // The old-layout header (row 4, under two merged titles and a blank row) is recognised, "Xã/Thị trấn" included.
    await page.getByText('Tìm thấy dòng tiêu đề ở dòng 4').waitFor();
    const mapping = page.getByTestId('import-mapping');
    for (const [field, column] of [
      ['personId', 'Số CMND/CCCD'],
      ['birthDate', 'Ngày, tháng, năm sinh'],
      ['communeCode', 'Xã/Thị trấn'],
    ]) {
      const text = await mapping.getByTestId(`map-${field}`).textContent();
      assert(text.includes(column), `field ${field} is mapped to "${text}", expected "${column}"`);
    }
    const note = await page.getByTestId('import-commune-note').textContent();
    assert(note.includes('Xã/phường của từng dòng lấy từ cột "Xã/Thị trấn"'), `commune note: "${note}"`);
    await shot('import-old-layout-mapping');

    await page.getByTestId('import-run').click();
    await page.locator('[data-testid="import-run-status"][data-status="done"]').waitFor({ timeout: 60_000 });
    assert((await counter(page, 'inserted')) === fixture.lands.length, 'inserted count');
    assert((await counter(page, 'failed')) === fixture.bad.length, 'failed count');
    assert((await counter(page, 'repeated')) === 1, 'repeated count');
    await shot('import-old-layout-done');

    // Every landed person is in today's Phường Đông Kinh (05977), whatever the old unit written.
    for (const p of fixture.lands) {
      const w = await apiGet(page, `/api/workers/${p.id}`);
      assert(w.communeCode === '05977', `${p.unit}: landed in ${w.communeCode}`);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-errors').click()]);
    const errorPath = join(dir, download.suggestedFilename());
    await download.saveAs(errorPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(errorPath);
    const rows = [];
    workbook.worksheets[0].eachRow((row, n) => {
      if (n > 1)
        rows.push({ rowNumber: Number(row.getCell(1).value), reason: row.getCell(2).text, kind: row.getCell(3).text });
    });
    for (const bad of fixture.bad) {
      const row = rows.find((r) => r.rowNumber === bad.rowNumber);
      assert(row, `refused row ${bad.rowNumber} (${bad.unit}) is missing from the error file`);
      assert(row.reason.includes(bad.reason), `row ${bad.rowNumber}: "${row.reason}" lacks "${bad.reason}"`);
      assert(row.kind === 'Lỗi', `row ${bad.rowNumber} is a "${row.kind}"`);
    }
    const repeat = rows.find((r) => r.rowNumber === fixture.repeat.rowNumber);
    assert(
      repeat?.reason === `Lặp lại y hệt dòng ${fixture.repeat.of} (chỉ nhập một lần)`,
      `repeat: ${repeat?.reason}`,
    );
    assert(repeat.kind === 'Thông báo', 'the repeat is a notice');
    assert(rows.length === fixture.bad.length + 1, `the error file has ${rows.length} rows`);
    await signOut(page);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
