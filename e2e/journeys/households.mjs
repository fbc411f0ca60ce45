// Households and the yearly poverty review: a commune officer lists the commune's households, filters the poor
// ones of the latest round, opens one, adjusts its review to near-poor (the reason is required: the first save
// without it must fail with the server's Vietnamese message beside the field), sees the class and the transition
// change, then reads the poverty rates. A province officer reads the rates per commune; a leader (viewer) reads the
// list without the buttons that change data. The commune officer also imports a small household list kept in Excel
// (a title row, the former commune names with their district, one row with an area that is neither urban nor rural):
// three households land, the fourth is refused, and the list opens on the commune.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { apiGet, assert, openMenuGroup, signIn, signOut } from '../helpers.mjs';

export const name = 'households';

const vi = (n) => n.toLocaleString('vi-VN');
const TRANSITION_VI = {
  escaped_poverty: 'Thoát nghèo',
  still_near_poor: 'Vẫn là hộ cận nghèo',
  newly_near_poor: 'Hộ cận nghèo phát sinh',
};
const NBSP = '\u00a0';
const twoDecimals = (n) => n.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rate = (n) => `${twoDecimals(n)}%`;
const points = (n) => `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${twoDecimals(Math.abs(n))}${NBSP}điểm %`;

/**
 * A household list as a commune keeps it after the review: a merged title and a blank row above the header, the
 * villages and the pre-2025 communes of Thành phố Lạng Sơn (Vĩnh Trại, Mai Pha, today in Phường Đông Kinh), and one
 * row whose area is "Miền núi" (the list knows only urban and rural).
 */
async function writeHouseholdList(path, tag) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách hộ');
  sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026']);
  sheet.mergeCells('A1:G1');
  sheet.addRow([]);
  sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn/xóm', 'Xã/phường', 'Huyện/quận', 'Khu vực']);
  const rows = [
    [`${tag}-01`, 'Hoàng Văn Thắng', 'Khối 3', 'Phường Vĩnh Trại', 'Thành phố Lạng Sơn', 'Thành thị'],
    [`${tag}-02`, 'Lộc Thị Nhàn', 'Thôn Mai Pha', 'Xã Mai Pha', 'Thành phố Lạng Sơn', 'Nông thôn'],
    [`${tag}-03`, 'Vi Văn Khoa', 'Khối 7', 'Phường Vĩnh Trại', 'Thành phố Lạng Sơn', 'Thành thị'],
    [`${tag}-04`, 'Nông Thị Liên', 'Thôn Pò Đứa', 'Xã Mai Pha', 'Thành phố Lạng Sơn', 'Miền núi'],
  ];
  for (const [i, r] of rows.entries()) sheet.addRow([i + 1, ...r]);
  await workbook.xlsx.writeFile(path);
  return { headerRow: 3, refusedRow: 7, firstHead: rows[0][1] };
}

/** A counter of the import page as a number ("1.234" in vi-VN). */
const counter = async (page, key) =>
  Number((await page.getByTestId(`import-${key}`).locator('.ant-statistic-content').textContent()).replace(/\./g, ''));

/** Picks an option of an Ant Design select; tries again when a click lands while the list is still animating. */
async function pick(page, testId, option) {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId(testId).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option });
    await item.first().waitFor();
    await item.first().click();
    const closed = await page
      .locator('.ant-select-dropdown:visible')
      .waitFor({ state: 'hidden', timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (closed || attempt === 3) return;
    await page.keyboard.press('Escape');
  }
}

export async function run({ page, baseUrl, shot }) {
  await signIn(page, baseUrl, 'canbo.xa1');
  const me = (await apiGet(page, '/api/auth/me')).user;
  const all = await apiGet(page, '/api/households?pageSize=1');
  assert(all.total > 0, 'the demo commune has no household');
  // The latest review round of the demo data (2026 while it is the current year).
  const first = await apiGet(page, `/api/households/${all.items[0].id}`);
  const year = first.reviews.at(-1)?.reviewYear;
  assert(year, 'the demo household has no review');
  const poorBefore = await apiGet(page, `/api/households?classYear=${year}&finalClass=poor&pageSize=20`);
  assert(poorBefore.total > 0, `no poor household in ${year}`);
  const ratesBefore = await apiGet(page, `/api/households/poverty-rates?year=${year}`);

  // 1. The list, from the menu group.
  await openMenuGroup(page, 'Hộ gia đình');
  await page.getByRole('menuitem', { name: 'Danh sách hộ' }).click();
  await page.waitForURL(/\/households$/);
  await page.getByTestId('household-row').first().waitFor();
  await page.getByText(`Tổng số: ${vi(all.total)}`).waitFor();
  await page.getByText(me.unitName).first().waitFor();
  await shot('list');

  // 2. Poor households of the latest round.
  await pick(page, 'filter-year', `Năm rà soát ${year}`);
  await pick(page, 'filter-class', 'Hộ nghèo');
  await page.waitForURL(/class=poor/);
  await page.getByText(`Tổng số: ${vi(poorBefore.total)}`).waitFor();
  const rows = page.getByTestId('household-row');
  const classes = await rows.locator('[data-class]').evaluateAll((els) => els.map((e) => e.dataset.class));
  assert(classes.length === Math.min(20, poorBefore.total), `${classes.length} rows with a class on the first page`);
  assert(
    classes.every((c) => c === 'poor'),
    `a filtered row is not poor: ${classes.join(', ')}`,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('poor-filter');

  // 3. One poor household whose review is not adjusted yet, and that has a member in the worker register;
  // preferably one that was poor the year before too, so the adjustment shows as escaping poverty.
  let target = null;
  for (const h of poorBefore.items) {
    const d = await apiGet(page, `/api/households/${h.id}`);
    const review = d.reviews.find((r) => r.reviewYear === year);
    if (review && !review.overrideClass && d.members.some((m) => m.workerExists)) {
      if (!target) target = { detail: d, review };
      if (review.previousClass === 'poor') {
        target = { detail: d, review };
        break;
      }
    }
  }
  assert(target, 'no poor household without an adjustment and with a registered member on the first page');
  const h = target.detail.household;
  const review = target.review;
  await rows.filter({ hasText: h.householdCode }).getByRole('link', { name: h.headName }).click();
  await page.waitForURL(new RegExp(`/households/${h.id}$`));
  await page.getByTestId('household-head').getByText(h.headName).waitFor();
  assert(
    (await page.getByTestId('household-class').getAttribute('data-class')) === 'poor',
    'the household is not shown as poor',
  );
  // Income per capita in vi-VN grouping, deprivation indicators by name (from the catalogue of the review date).
  const reviewRow = page.getByTestId(`review-row-${year}`);
  await reviewRow.getByText(`${vi(review.incomePerCapitaVnd)}${NBSP}đ`).waitFor();
  const indicators = await apiGet(
    page,
    `/api/reference/catalogues/poverty-deprivation-indicators?asOf=${review.reviewedOn}`,
  );
  const details = page.getByTestId(`review-details-${year}`);
  for (const code of review.deprivations) {
    const item = indicators.find((i) => i.code === code);
    assert(item, `indicator ${code} is not in the catalogue`);
    await details.getByText(`${code}. ${item.nameVi}`).waitFor();
  }
  // A registered member links to the worker record.
  const member = target.detail.members.find((m) => m.workerExists);
  const link = page.getByTestId('household-members').getByRole('link', { name: member.personId });
  assert(
    (await link.getAttribute('href')) === `/registry/workers/${member.personId}`,
    'the member does not link to the worker register',
  );
  await page.getByTestId('record-history').first().waitFor();
  await shot('detail');
  // The worker's page shows the household back, with the other members.
  await link.click();
  await page.waitForURL(new RegExp(`/registry/workers/${member.personId}$`));
  const card = page.getByTestId('worker-household');
  await card.getByText(h.headName).first().waitFor();
  await card.getByText(`Mã hộ ${h.householdCode}`).waitFor();
  await card.scrollIntoViewIfNeeded();
  await shot('worker-household');
  await card.getByRole('button', { name: 'Xem hộ' }).click();
  await page.waitForURL(new RegExp(`/households/${h.id}$`));
  await page.getByTestId('household-head').getByText(h.headName).waitFor();

  // 4. Adjust the review to near-poor: first without a reason.
  const reviewButton = page.getByTestId('review-button');
  if ((await reviewButton.count()) > 0 && (await reviewButton.textContent()).includes(String(year))) {
    await reviewButton.click();
  } else {
    await reviewRow.getByRole('button', { name: `Sửa kết quả năm ${year}` }).click();
  }
  await page.waitForURL(new RegExp(`/households/${h.id}/reviews/${year}$`));
  await page.getByTestId('review-title').getByText(`Rà soát hộ nghèo, hộ cận nghèo năm ${year}`).waitFor();
  // The form holds the stored review: its indicators are ticked.
  await page
    .getByTestId('deprivation-count')
    .filter({ hasText: `Số chỉ số thiếu hụt: ${review.deprivations.length}` })
    .waitFor();
  for (const code of review.deprivations) {
    assert(await page.locator(`input[type=checkbox][value="${code}"]`).isChecked(), `indicator ${code} unticked`);
  }
  await pick(page, 'override-class', 'Hộ cận nghèo');
  await page.getByTestId('review-save').click();
  const reasonError = page
    .locator('.ant-form-item')
    .filter({ has: page.locator('#overrideReason') })
    .locator('.ant-form-item-explain-error');
  await reasonError.getByText('bắt buộc nhập lý do khi điều chỉnh kết quả phân loại').waitFor();
  await page.getByTestId('review-form-error').getByText('Dữ liệu chưa hợp lệ').waitFor();
  const unchanged = await apiGet(page, `/api/households/${h.id}`);
  const stillPoor = unchanged.reviews.find((r) => r.reviewYear === year);
  assert(
    stillPoor.finalClass === 'poor' && stillPoor.version === review.version,
    'the refused save changed the review',
  );
  await reasonError.scrollIntoViewIfNeeded();
  await shot('reason-required');

  // 5. With the reason: saved, the result shows the adjusted class.
  const reason = 'Hội nghị bình xét khối phố kết luận hộ đã có việc làm ổn định, thu nhập vượt chuẩn nghèo';
  await page.locator('#overrideReason').fill(reason);
  await page.getByTestId('review-save').click();
  const result = page.getByTestId('review-result');
  await result.getByText(`Kết quả rà soát năm ${year}: Hộ cận nghèo`).waitFor();
  assert(
    (await result.getByTestId('result-final-class').getAttribute('data-class')) === 'near_poor',
    'the result is not near-poor',
  );
  const after = (await apiGet(page, `/api/households/${h.id}`)).reviews.find((r) => r.reviewYear === year);
  assert(
    after.finalClass === 'near_poor' && after.computedClass === 'poor' && after.overrideReason === reason,
    `stored review: ${JSON.stringify(after)}`,
  );
  assert(after.version === review.version + 1, `version ${after.version}, expected ${review.version + 1}`);
  // Poor the year before and near-poor now: escaped poverty (QĐ 24/2021/QĐ-TTg); otherwise still or newly near-poor.
  const expected = { poor: 'escaped_poverty', near_poor: 'still_near_poor' }[after.previousClass] ?? 'newly_near_poor';
  assert(after.transition === expected, `transition ${after.transition}, expected ${expected}`);
  await result.getByText(TRANSITION_VI[expected]).waitFor();
  await shot('review-saved');

  // 6. The household page shows the new class, the reason and the change in its history.
  await page.getByRole('button', { name: 'Về hồ sơ hộ' }).first().click();
  await page.waitForURL(new RegExp(`/households/${h.id}$`));
  await page.locator('[data-testid="household-class"][data-class="near_poor"]').waitFor();
  await page.getByTestId(`final-class-${year}`).getByText('Hộ cận nghèo').waitFor();
  await page.getByTestId(`review-row-${year}`).getByText('(đã điều chỉnh)').waitFor();
  await page.getByTestId(`override-reason-${year}`).getByText(reason).waitFor();
  await page.getByRole('tab', { name: `Rà soát ${year}` }).click();
  await page.getByRole('tabpanel').getByText(reason).first().waitFor();
  await page.getByTestId(`review-row-${year}`).scrollIntoViewIfNeeded();
  await shot('class-changed');

  // 7. Poverty rates of the commune: one poor household fewer, percentages with a decimal comma.
  await page.getByRole('menuitem', { name: 'Tỷ lệ hộ nghèo' }).click();
  await page.waitForURL(/\/households\/rates/);
  const rates = await apiGet(page, `/api/households/poverty-rates?year=${year}`);
  assert(rates.poor === ratesBefore.poor - 1, `poor ${rates.poor}, expected ${ratesBefore.poor - 1}`);
  assert(rates.nearPoor === ratesBefore.nearPoor + 1, `near-poor ${rates.nearPoor}`);
  const poorRate = page.getByTestId('poor-rate-total');
  await poorRate.getByText(rate(rates.poorRate)).waitFor();
  assert((await poorRate.textContent()).includes(','), `"${await poorRate.textContent()}" has no decimal comma`);
  await page.getByTestId('near-poor-rate-total').getByText(rate(rates.nearPoorRate)).waitFor();
  if (rates.changePoorPp !== null) {
    await page.getByTestId('poor-change-total').getByText(points(rates.changePoorPp)).waitFor();
  }
  await page.getByTestId('rates-poor').getByText(vi(rates.poor)).waitFor();
  await shot('rates');

  // 8. A new household with two members: a bad personal ID is refused beside the member's field.
  await page.goto(`${baseUrl}/households/new`);
  const code = `E2E-${Date.now().toString().slice(-6)}`;
  await page.locator('#householdCode').fill(code);
  await page.locator('#headName').fill('Hoàng Văn Khải');
  await page.locator('#areaType').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Thành thị' }).click();
  await page.locator('#address').fill('Khối Nà Thâm');
  await page.getByLabel('Họ và tên 1').fill('Hoàng Văn Khải');
  await page.getByLabel('Số định danh 1').fill('020180001');
  await page.getByLabel('Quan hệ với chủ hộ 1').fill('Chủ hộ');
  await page.getByTestId('add-member').click();
  await page.getByLabel('Họ và tên 2').fill('Lý Thị Dung');
  await page.getByLabel('Quan hệ với chủ hộ 2').fill('Vợ');
  await page.getByTestId('household-save').click();
  await page
    .getByTestId('member-row')
    .first()
    .locator('.ant-form-item-explain-error')
    .getByText('sai định dạng')
    .waitFor();
  await shot('member-validation');
  await page.getByLabel('Số định danh 1').fill('020180001234');
  await page.getByTestId('household-save').click();
  await page.waitForURL(/\/households\/\d+$/);
  const created = await apiGet(page, page.url().replace(/^.*\/households\//, '/api/households/'));
  assert(created.household.householdCode === code, `created ${created.household.householdCode}`);
  assert(created.members.length === 2, `${created.members.length} members saved`);
  await page.getByTestId('household-members').getByText('Lý Thị Dung').waitFor();

  // 9. Someone else edits the household meanwhile: the stale save is refused; reload, then save again.
  await page.getByTestId('edit-household').click();
  await page.waitForURL(/\/edit$/);
  await page.locator('#address').fill('Khối Nà Thâm, ngõ 3');
  await page.evaluate(async ({ id, version }) => {
    const { csrfToken } = await (await fetch('/api/auth/me')).json();
    const res = await fetch(`/api/households/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ version, headName: 'Hoàng Văn Khải (đã sửa)' }),
    });
    if (!res.ok) throw new Error(`PATCH → ${res.status}`);
  }, created.household);
  await page.getByTestId('household-save').click();
  const formError = page.getByTestId('household-form-error');
  await formError.getByText('Thông tin hộ đã được người khác sửa').waitFor();
  await shot('edit-conflict');
  await formError.getByRole('button', { name: 'Tải lại' }).click();
  await formError.waitFor({ state: 'detached' });
  assert((await page.locator('#headName').inputValue()) === 'Hoàng Văn Khải (đã sửa)', 'the reload kept old data');
  await page.locator('#address').fill('Khối Nà Thâm, ngõ 3');
  await page.getByTestId('household-save').click();
  await page.waitForURL(new RegExp(`/households/${created.household.id}$`));
  await page.getByText('Khối Nà Thâm, ngõ 3').first().waitFor();
  const edited = (await apiGet(page, `/api/households/${created.household.id}`)).household;
  assert(edited.version === created.household.version + 2, `version ${edited.version} after two edits`);

  // 10. The commune's household list imported from Excel: the title row skipped, the former communes recognised with
  // their district, three households added and the row with an unknown area refused; then the list of the commune.
  const dir = mkdtempSync(join(tmpdir(), 'lmis-households-'));
  try {
    const file = join(dir, 'danh-sach-ho-ngheo-dong-kinh.xlsx');
    const list = await writeHouseholdList(file, `NK${Date.now().toString().slice(-5)}`);
    await page.goto(`${baseUrl}/households`);
    await page.getByTestId('import-households').click();
    await page.waitForURL(/\/households\/import$/);
    await page.getByRole('heading', { name: 'Nhập danh sách hộ từ Excel' }).waitFor();
    await page.locator('.ant-upload input[type=file]').setInputFiles(file);
    await page.getByTestId('import-file-name').getByText('danh-sach-ho-ngheo-dong-kinh.xlsx').waitFor();
    await page.getByTestId('import-upload').click();
    await page.getByText(`Tìm thấy dòng tiêu đề ở dòng ${list.headerRow}`).waitFor();
    const mapping = page.getByTestId('import-mapping');
    for (const [field, column] of [
      ['householdCode', 'Mã hộ'],
      ['headName', 'Họ và tên chủ hộ'],
      ['communeCode', 'Xã/phường'],
      ['districtName', 'Huyện/quận'],
      ['areaType', 'Khu vực'],
    ]) {
      const text = (await mapping.getByTestId(`map-${field}`).textContent()) ?? '';
      assert(text.includes(column), `field ${field} is mapped to "${text}", expected "${column}"`);
    }
    await page.getByTestId('import-commune-note').getByText('"Xã/phường"', { exact: false }).waitFor();
    await shot('import-mapping');
    await page.getByTestId('import-run').click();
    const status = page.getByTestId('import-run-status');
    await status.and(page.locator('[data-status="done"], [data-status="failed"]')).waitFor({ timeout: 60_000 });
    assert(
      (await status.getAttribute('data-status')) === 'done',
      `the import did not finish: ${await status.textContent()}`,
    );
    assert((await counter(page, 'inserted')) === 3, `inserted ${await counter(page, 'inserted')}, expected 3`);
    assert((await counter(page, 'failed')) === 1, `refused ${await counter(page, 'failed')}, expected 1`);
    await page.getByText('3 dòng hợp lệ, 1 dòng lỗi').waitFor();
    await page.getByTestId('download-errors').waitFor();
    await shot('import-done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-errors').click()]);
    const errorPath = join(dir, download.suggestedFilename());
    await download.saveAs(errorPath);
    const errors = new ExcelJS.Workbook();
    await errors.xlsx.readFile(errorPath);
    const refused = errors.worksheets[0].getRow(2);
    assert(Number(refused.getCell(1).value) === list.refusedRow, `refused row ${refused.getCell(1).text}`);
    assert(refused.getCell(2).text.includes('Khu vực'), `refusal reason "${refused.getCell(2).text}"`);
    // The list of the commune the rows went to, with an imported household.
    await page.getByTestId('import-view-list').click();
    await page.waitForURL(new RegExp(`/households\\?unit=${me.unitCode}$`));
    await page.getByTestId('household-search').locator('input').fill('hoang van thang');
    await page.getByTestId('household-row').filter({ hasText: list.firstHead }).first().waitFor();
    await shot('imported-in-list');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // 11. A province officer sees each commune and the province total.
  await signOut(page);
  await signIn(page, baseUrl, 'sonoivu.langson');
  await page.goto(`${baseUrl}/households/rates`);
  const province = await apiGet(page, `/api/households/poverty-rates?year=${year}`);
  const table = page.getByTestId('rates-table');
  for (const c of province.byCommune.filter((x) => x.households > 0)) {
    await table.getByText(c.communeName).waitFor();
    await page.getByTestId(`poor-rate-${c.communeCode}`).getByText(rate(c.poorRate)).waitFor();
  }
  await page.getByTestId('poor-rate-total').getByText(rate(province.poorRate)).waitFor();
  await table.getByText(`Tổng cộng — ${province.unitName}`).waitFor();
  await shot('province-rates');

  // 12. A leader reads the list and a household, without the buttons that change data.
  await signOut(page);
  await signIn(page, baseUrl, 'lanhdao.langson');
  await openMenuGroup(page, 'Hộ gia đình');
  await page.getByRole('menuitem', { name: 'Danh sách hộ' }).click();
  await page.getByTestId('household-row').first().waitFor();
  assert((await page.getByTestId('add-household').count()) === 0, 'a viewer sees "Thêm hộ gia đình"');
  assert((await page.getByTestId('import-households').count()) === 0, 'a viewer sees the import button');
  await page.goto(`${baseUrl}/households/${h.id}`);
  await page.getByTestId('household-head').getByText(h.headName).waitFor();
  assert((await page.getByTestId('review-button').count()) === 0, 'a viewer sees the review button');
  assert((await page.getByTestId('edit-household').count()) === 0, 'a viewer sees the edit button');
  await page.goto(`${baseUrl}/households/${h.id}/reviews/${year}`);
  await page.getByText('Bạn không có quyền truy cập trang này').waitFor();

  // 13. The same household in English.
  await page.goto(`${baseUrl}/households/${h.id}`);
  await page.getByTestId('household-head').getByText(h.headName).waitFor();
  await page.locator('.ant-segmented-item').filter({ hasText: 'EN' }).click();
  await page.getByText('Poverty reviews').waitFor();
  await page.getByTestId(`final-class-${year}`).getByText('Near-poor').waitFor();
  await page.mouse.move(700, 400);
  await shot('english');
}
