// Training-support dossiers across three accounts. The demo employer files an application under the scheme in force
// (Luật Việc làm 74/2025 Art. 42, NĐ 374/2025 Art. 23) with its 30-worker trainee list read from Excel (Phụ lục I)
// and two attachments (a PDF and a PNG scan), then submits it; the province officer finds it in the work queue and
// asks for the missing social-insurance confirmation; the employer attaches it and resubmits; the officer accepts and
// approves with the signer; the decision .docx is downloaded and opened; the leader reads the SLA summary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePdf, writePng } from '../fixtures/attachments.mjs';
import { traineeRows, writeTraineeList } from '../fixtures/trainee-list.mjs';
import { apiGet, assert, signIn, signOut } from '../helpers.mjs';

export const name = 'dossiers';
export const timeoutMs = 300_000;

const EMPLOYER = 'Công ty TNHH May mặc Xứ Lạng';
const TRADE = 'May công nghiệp — trình độ sơ cấp';
const SIGNER = { name: 'Hoàng Văn Thắng', position: 'Chủ tịch Ủy ban nhân dân tỉnh' };

/** Types a dd/mm/yyyy date into a DateInput found by its test id. */
async function typeDate(page, testId, text) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/** Runs one of the actions the dossier page lists, with its reasons or signer, and waits for the new status. */
/** Whether a response is the answer to this action on a dossier. */
const actionAnswer = (action) => (res) =>
  res.request().method() === 'POST' && new URL(res.url()).pathname.endsWith(`/actions/${action}`);

async function act(page, action, fields, status) {
  await page.getByTestId(`action-${action}`).click();
  if (fields.comment) await page.getByTestId('action-comment').fill(fields.comment);
  if (fields.signerName) await page.getByTestId('action-signer-name').fill(fields.signerName);
  if (fields.signerPosition) await page.getByTestId('action-signer-position').fill(fields.signerPosition);
  const confirm = page.getByTestId('action-confirm');
  // The server's answer, not the page's status (often the same before and after), tells that the act took place.
  // A click that lands while the dialog is still opening sends nothing: the dialog then stays, and is confirmed again.
  let answer = await Promise.all([page.waitForResponse(actionAnswer(action), { timeout: 15_000 }), confirm.click()])
    .then(([res]) => res)
    .catch(() => null);
  if (!answer) {
    [answer] = await Promise.all([page.waitForResponse(actionAnswer(action), { timeout: 30_000 }), confirm.click()]);
  }
  assert(answer.ok(), `${action} answered ${answer.status()}: ${await answer.text()}`);
  await page.locator(`[data-testid="dossier-status"][data-status="${status}"]`).first().waitFor();
}

async function upload(page, documentCode, file) {
  const before = Number(
    await page.locator(`[data-testid="dossier-document"][data-code="${documentCode}"]`).getAttribute('data-count'),
  );
  await page.getByTestId(`upload-${documentCode}`).setInputFiles(file);
  await page
    .locator(`[data-testid="dossier-document"][data-code="${documentCode}"][data-count="${before + 1}"]`)
    .waitFor();
}

export async function run({ page, baseUrl, shot }) {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-dossiers-'));
  try {
    // 0. Thirty workers of working age from the register (as the province officer), for the employer's list.
    await signIn(page, baseUrl, 'sonoivu.langson');
    const all = (await apiGet(page, '/api/workers?pageSize=300&sort=name')).items;
    // Workers already in a supported plan (the demo's dossier in progress) may not be in a second overlapping one.
    const planned = new Set();
    for (const item of (await apiGet(page, '/api/dossiers/queue?view=mine')).items) {
      const d = await apiGet(page, `/api/dossiers/${item.id}`);
      for (const t of d.payload.trainees ?? []) planned.add(t.personId);
    }
    const workers = all
      .filter((w) => w.birthDate >= '1968-01-01' && w.birthDate <= '2006-01-01' && !planned.has(w.personId))
      .slice(0, 30);
    assert(workers.length === 30, `the register holds ${workers.length} workers of working age, not 30`);
    await signOut(page);
    const listFile = join(dir, 'phu-luc-I-danh-sach-nguoi-lao-dong.xlsx');
    await writeTraineeList(listFile, traineeRows(workers, TRADE), EMPLOYER);
    const applicationPdf = join(dir, 'don-de-nghi-ho-tro.pdf');
    writePdf(applicationPdf, 'Van ban de nghi ho tro dao tao - Cong ty TNHH May mac Xu Lang');
    const planPng = join(dir, 'phuong-an-dao-tao.png');
    writePng(planPng);
    const confirmationPdf = join(dir, 'xac-nhan-bhxh.pdf');
    writePdf(confirmationPdf, 'Xac nhan dong bao hiem that nghiep - BHXH tinh Lang Son');

    // 1. The employer opens its dossiers from the menu and starts an application.
    await signIn(page, baseUrl, 'doanhnghiep.langson');
    await page.getByRole('menuitem', { name: 'Hồ sơ hỗ trợ' }).click();
    await page.waitForURL(/\/dossiers$/);
    await page.getByTestId('dossier-queue-title').getByText('Hồ sơ của doanh nghiệp').waitFor();
    await page.getByTestId('new-dossier').click();
    await page.waitForURL(/\/dossiers\/new/);
    await page.getByTestId('ts-employer').getByText(EMPLOYER).waitFor();
    await page.getByTestId('ts-ui-months').fill('30');
    await page.getByTestId('ts-confirmation-no').fill('1257/BHXH-QLT');
    await typeDate(page, 'ts-confirmation-date', '16/11/2026');
    await page
      .getByTestId('ts-structure-change')
      .fill(
        'Chuyển dây chuyền may thủ công sang dây chuyền may tự động điều khiển số; người lao động cần học vận hành.',
      );
    const trades = page.getByTestId('ts-trades');
    await trades.click();
    await page.keyboard.type(TRADE);
    await page.keyboard.press('Enter');
    await typeDate(page, 'ts-start', '14/12/2026');
    await typeDate(page, 'ts-end', '26/02/2027');
    await page.getByTestId('ts-cost').fill('4500000');
    await page.getByTestId('ts-trainee-file').setInputFiles(listFile);
    await page.getByTestId('ts-trainee-parsed').getByText('Đã đọc 30 người').waitFor({ timeout: 30_000 });
    assert(
      (await page.getByTestId('ts-trainee-errors').count()) === 0,
      'the trainee list should be read without row errors',
    );
    await page.getByTestId('ts-check').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('ts-total').waitFor();
    await shot('application');

    // 2. Saved as a draft; the two attachments on the dossier page; then submitted.
    await page.getByTestId('ts-save-draft').click();
    await page.waitForURL(/\/dossiers\/\d+$/);
    const id = Number(page.url().split('/').pop());
    await page.locator('[data-testid="dossier-status"][data-status="draft"]').first().waitFor();
    await page.getByTestId('tab-documents').click();
    await upload(page, 'application', applicationPdf);
    await upload(page, 'training_plan', planPng);
    await shot('attachments');
    await act(page, 'submit', {}, 'in_progress');
    await shot('submitted');
    await signOut(page);

    // 3. The officer finds it in "waiting for me" and asks for the social-insurance confirmation.
    await signIn(page, baseUrl, 'sonoivu.langson');
    await page.getByRole('menuitem', { name: 'Hồ sơ hỗ trợ' }).click();
    const row = page.locator(`[data-testid="dossier-row"][data-row-key="${id}"]`);
    await row.waitFor();
    await shot('queue');
    // "Tất cả" with the submission dates kept in the address: today's filing is there, not before.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    await page.goto(`${baseUrl}/dossiers?tab=all&submittedFrom=${today}&submittedTo=${today}`);
    await page.locator(`[data-testid="dossier-row"][data-row-key="${id}"]`).waitFor();
    const shown = await page.getByTestId('filter-submitted').locator('input').first().inputValue();
    if (shown !== today.split('-').reverse().join('/')) throw new Error(`submission range shows ${shown}`);
    await shot('list-by-submission-date');
    const julyList = page.waitForResponse((r) => r.url().includes('/api/dossiers?') && r.url().includes('2021-07-31'));
    await page.goto(`${baseUrl}/dossiers?tab=all&submittedFrom=2021-07-01&submittedTo=2021-07-31`);
    await julyList;
    await page.locator('.ant-table-tbody .ant-table-row, .ant-table-placeholder').first().waitFor();
    if ((await page.locator(`[data-testid="dossier-row"][data-row-key="${id}"]`).count()) !== 0) {
      throw new Error('a dossier submitted today is listed among July 2021 filings');
    }
    await page.goto(`${baseUrl}/dossiers`);
    await row.waitFor();
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/dossiers/${id}$`));
    await page.getByTestId('ts-check').first().waitFor();
    await shot('officer-dossier');
    await act(
      page,
      'request_additions',
      { comment: 'Đề nghị bổ sung văn bản xác nhận của cơ quan BHXH về việc đóng bảo hiểm thất nghiệp.' },
      'awaiting_additions',
    );
    await shot('additions-requested');
    await signOut(page);

    // 4. The employer sees it waiting, attaches the confirmation and resubmits.
    await signIn(page, baseUrl, 'doanhnghiep.langson');
    await page.goto(`${baseUrl}/dossiers`);
    await page.locator(`[data-testid="dossier-row"][data-row-key="${id}"]`).click();
    await page.waitForURL(new RegExp(`/dossiers/${id}$`));
    await page.getByTestId('tab-documents').click();
    await upload(page, 'si_confirmation', confirmationPdf);
    await act(page, 'resubmit', {}, 'in_progress');
    await shot('resubmitted');
    await signOut(page);

    // 5. The officer accepts the appraisal and approves with the signer; the decision appears with its number.
    await signIn(page, baseUrl, 'sonoivu.langson');
    await page.goto(`${baseUrl}/dossiers/${id}`);
    await act(page, 'accept', {}, 'in_progress');
    await page.locator('[data-testid="dossier-current-step"][data-step="decide"]').waitFor();
    await act(page, 'approve', { signerName: SIGNER.name, signerPosition: SIGNER.position }, 'in_progress');
    await page.getByTestId('tab-decisions').click();
    const decisionRow = page.getByTestId('decision-row').first();
    await decisionRow.waitFor();
    await shot('approved');
    const dossier = await apiGet(page, `/api/dossiers/${id}`);
    const decision = dossier.decisions[0];
    assert(decision && /^\d+\/QĐ-/.test(decision.number), `no decision number: ${JSON.stringify(dossier.decisions)}`);

    // 6. The decision .docx names its number and the employer.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('decision-docx').click()]);
    const docx = join(dir, download.suggestedFilename());
    await download.saveAs(docx);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')?.async('string');
    assert(xml, 'the decision is not a Word document');
    const text = xml.replace(/<[^>]+>/g, '');
    assert(text.includes(decision.number), `the decision text lacks its number ${decision.number}`);
    assert(text.includes(EMPLOYER), 'the decision text lacks the employer');

    // 6b. The list for the provincial social insurance: the 30 workers, under the decision's number.
    await page.getByTestId('tab-ts').click();
    const [listDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ts-trainees-xlsx').click(),
    ]);
    const listPath = join(dir, listDownload.suggestedFilename());
    await listDownload.saveAs(listPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(listPath);
    const cells = [];
    book.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.text ?? ''));
      });
    });
    assert(
      cells.some((c) => c.includes(decision.number)),
      `the list does not name decision ${decision.number}`,
    );
    const listed = workers.filter((w) => cells.includes(w.personId)).length;
    assert(listed === 30, `the list for social insurance holds ${listed} of the 30 workers`);
    await shot('trainee-list-for-social-insurance');
    await signOut(page);

    // 7. The leader reads the SLA summary of the year.
    await signIn(page, baseUrl, 'lanhdao.langson');
    await page.goto(`${baseUrl}/dossiers/sla`);
    await page.getByTestId('sla-row').first().waitFor();
    await page.getByTestId('sla-chart').waitFor();
    await shot('sla');
    await signOut(page);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
