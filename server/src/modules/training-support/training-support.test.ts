import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  DossierT,
  TraineeListParseT,
  TrainingSupportApplicationT,
  TrainingSupportAssessmentT,
  TrainingSupportRecoveryT,
} from '@lmis/contracts';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { encodeWindows1258 } from '../../test/legacy-encodings.ts';
import {
  actOk,
  attachAll,
  buildApplication,
  buildDossier,
  buildEmployerRecord,
  buildTrainee,
  filesFor,
  SIGNER,
  upload,
} from '../dossiers/dossier-test-helpers.ts';

let t: TestContext;
let employer: Session;
let otherEmployer: Session;
let province: Session;
let ownId: number;
let otherId: number;

const COVID_DOCS = ['si_confirmation', 'application', 'structure_change', 'training_plan'];

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lmis-training-support-')) });
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
  ownId = await buildEmployerRecord(province, 'Công ty TNHH May Đông Kinh');
  otherId = await buildEmployerRecord(province, 'Công ty CP Chè Bắc Sơn');
  employer = filesFor(
    (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: ownId })).session,
    ownId,
  );
  otherEmployer = filesFor(
    (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: otherId })).session,
    otherId,
  );
}, 120_000);
afterAll(() => t.close());

const comparable = (res: LightMyRequestResponse) => {
  const { requestId: _r, ...error } = res.json().error;
  return { status: res.statusCode, error };
};

async function assess(
  s: Session,
  app: TrainingSupportApplicationT,
  on = '2022-01-20',
  typeCode = 'training_support_covid',
) {
  const res = await s.post('/api/training-support/assessment', { ...app, typeCode, on });
  expect(res.statusCode).toBe(200);
  return res.json() as TrainingSupportAssessmentT;
}
const check = (a: TrainingSupportAssessmentT, code: string) => a.checks.find((c) => c.code === code);

async function submitted(app: TrainingSupportApplicationT, on = '2022-01-20') {
  const d = await buildDossier(employer, { typeCode: 'training_support_covid', payload: app });
  return employer.post(`/api/dossiers/${d.id}/actions/submit`, { version: d.version, on });
}

describe('eligibility (QĐ 23/2021/QĐ-TTg Art. 9)', () => {
  it('refuses a revenue decline of 9,9 % and accepts 10,0 %', async () => {
    const revenue = { quarter: '2021-Q4', baseYear: 2019 as const, baseAmount: 1_000_000_000 };
    const under = await assess(employer, buildApplication(ownId, { revenue: { ...revenue, amount: 901_000_000 } }));
    expect(check(under, 'revenue_decline')?.passed).toBe(false);
    expect(under.revenueDeclinePct).toBe(9.9);
    expect(check(under, 'revenue_decline')?.detail.vi).toContain('giảm 9,9 %');
    const at = await assess(employer, buildApplication(ownId, { revenue: { ...revenue, amount: 900_000_000 } }));
    expect(check(at, 'revenue_decline')).toMatchObject({
      passed: true,
      legalSource: 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 3',
    });
    expect(at.revenueDeclinePct).toBe(10);
  });

  it('refuses 11 months of unemployment-insurance contributions and accepts 12', async () => {
    const ui = { confirmationNo: '125/BHXH-QLT', confirmationDate: '2022-01-10' };
    const eleven = await assess(employer, buildApplication(ownId, { uiContribution: { ...ui, months: 11 } }));
    expect(check(eleven, 'ui_months')).toMatchObject({
      passed: false,
      legalSource: 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 1',
    });
    const twelve = await assess(employer, buildApplication(ownId, { uiContribution: { ...ui, months: 12 } }));
    expect(check(twelve, 'ui_months')?.passed).toBe(true);
  });

  it('accepts filing on 30/06/2022 and refuses 01/07/2022 (filing window of Art. 9)', async () => {
    const app = buildApplication(ownId, {
      revenue: { quarter: '2022-Q1', amount: 800_000_000, baseYear: 2019, baseAmount: 1_000_000_000 },
    });
    expect(check(await assess(employer, app, '2022-06-30'), 'filing_window')?.passed).toBe(true);
    const late = await assess(employer, app, '2022-07-01');
    expect(check(late, 'filing_window')?.passed).toBe(false);
    expect(late.rate).toBeNull();
  });

  it('shows the 2026 monthly cap of the unemployment-insurance scheme as grade B', async () => {
    const a = await assess(employer, buildApplication(ownId, { revenue: null }), '2026-03-02', 'training_support_ui');
    expect(a.rate).toMatchObject({ monthlyCap: 1_000_000, maxMonths: 6, grade: 'B' });
    expect(check(a, 'revenue_decline')).toBeUndefined();
    expect(check(a, 'ui_months')?.legalSource).toBe('Luật Việc làm 74/2025/QH15 Điều 42 khoản 2 điểm a');
  });
});

describe('support arithmetic (QĐ 23/2021 Art. 10: 1.500.000 đồng a month, at most 6 months, never above cost)', () => {
  const plan = (startDate: string, endDate: string, costPerWorker: number) =>
    buildApplication(ownId, {
      plan: { institutionId: null, trades: ['Điện công nghiệp'], startDate, endDate, costPerWorker },
    }).plan;

  it('pays 6 months × 1.500.000 for a course of exactly 6 months costing more', async () => {
    const a = await assess(employer, buildApplication(ownId, { plan: plan('2022-01-01', '2022-06-30', 10_000_000) }));
    expect(a.trainees[0]).toMatchObject({ months: 6, amount: 9_000_000 });
    expect(a.totalAmount).toBe(9_000_000);
  });

  it('caps 6 months and 14 days at 6 months', async () => {
    const a = await assess(employer, buildApplication(ownId, { plan: plan('2022-01-01', '2022-07-14', 10_000_000) }));
    expect(a.trainees[0]).toMatchObject({ months: 6, amount: 9_000_000 });
  });

  it('pays the actual cost when it is below the cap × months, and half a month for 14 odd days', async () => {
    const twoWorkers = buildApplication(ownId, {
      plan: plan('2022-01-01', '2022-06-30', 8_000_000),
      trainees: [buildTrainee(), buildTrainee()],
    });
    const a = await assess(employer, twoWorkers);
    expect(a.trainees.map((x) => x.amount)).toEqual([8_000_000, 8_000_000]);
    expect(a.totalAmount).toBe(16_000_000);
    const half = await assess(employer, buildApplication(ownId, { plan: plan('2022-03-01', '2022-05-14', 9_000_000) }));
    expect(half.trainees[0]).toMatchObject({ months: 2.5, amount: 3_750_000 });
  });
});

describe('trainees and the person registry', () => {
  it('registers an unknown trainee in the given residence commune on submission', async () => {
    const trainee = buildTrainee({ fullName: 'Hoàng Thị Mai' });
    expect((await province.get(`/api/people/${trainee.personId}`)).statusCode).toBe(404);
    const res = await submitted(buildApplication(ownId, { trainees: [trainee] }));
    expect(res.statusCode).toBe(200);
    const person = await province.get(`/api/people/${trainee.personId}`);
    expect(person.statusCode).toBe(200);
    expect(person.json()).toMatchObject({ fullName: 'Hoàng Thị Mai', communeCode: LANG_SON.communeA, sex: 'male' });
  });

  it('refuses an unknown trainee without a residence commune, naming the row', async () => {
    const res = await submitted(
      buildApplication(ownId, { trainees: [buildTrainee(), buildTrainee({ communeCode: null })] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ row: 2, message: 'chưa có trong sổ đăng ký, cần nơi thường trú' }),
    ]);
  });

  it('refuses a worker already in another standing plan over the same days, naming it only in scope', async () => {
    const shared = buildTrainee({ fullName: 'Vi Văn Quang' });
    const first = await buildDossier(employer, {
      typeCode: 'training_support_covid',
      payload: buildApplication(ownId, { trainees: [shared] }),
    });
    expect((await actOk(employer, first.id, 'submit', { on: '2022-01-20' })).status).toBe('in_progress');
    // The same person in a plan overlapping on 31/05/2022.
    const overlapping = buildApplication(ownId, {
      trainees: [buildTrainee(), shared],
      plan: { ...buildApplication(ownId).plan, startDate: '2022-05-31', endDate: '2022-08-31' },
    });
    const res = await submitted(overlapping, '2022-01-21');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringContaining(`hồ sơ số ${first.id}`) }),
    ]);
    // Another employer sees only that the worker is already supported, not which dossier.
    const theirs = await assess(otherEmployer, { ...overlapping, employerId: otherId });
    const seen = theirs.trainees.find((x) => x.personId === shared.personId);
    expect(seen?.overlaps).toEqual([{ dossierId: null, startDate: '2022-03-01', endDate: '2022-05-31' }]);
    expect(check(theirs, 'overlap')?.detail.vi).toContain('đã được hỗ trợ trong một phương án khác trùng thời gian');
    // A plan starting the day after the first one ends does not overlap.
    const after = buildApplication(ownId, {
      trainees: [shared],
      plan: { ...buildApplication(ownId).plan, startDate: '2022-06-01', endDate: '2022-08-31' },
    });
    expect((await submitted(after, '2022-01-21')).statusCode).toBe(200);
  });
});

describe('employer scope of dossiers', () => {
  it('lets an employer account read every dossier of its employer, and no other employer’s', async () => {
    // Filed on paper by an officer for the employer: the employer's account reads it.
    const byOfficer = await buildDossier(province, { payload: buildApplication(ownId) });
    expect((await employer.get(`/api/dossiers/${byOfficer.id}`)).statusCode).toBe(200);
    const existing = await otherEmployer.get(`/api/dossiers/${byOfficer.id}`);
    const missing = await otherEmployer.get('/api/dossiers/2000000000');
    expect(existing.statusCode).toBe(404);
    expect(comparable(existing)).toEqual(comparable(missing));
    const assessment = await otherEmployer.get(`/api/training-support/dossiers/${byOfficer.id}/assessment`);
    expect(comparable(assessment)).toEqual(
      comparable(await otherEmployer.get('/api/training-support/dossiers/2000000000/assessment')),
    );
  });

  it('refuses an employer account filing for another employer exactly like an unknown employer', async () => {
    const body = (employerId: number) => ({
      typeCode: 'training_support_ui',
      unitCode: LANG_SON.communeA,
      applicantName: 'Công ty TNHH May Đông Kinh',
      payload: buildApplication(employerId),
    });
    const other = await otherEmployer.post('/api/dossiers', body(ownId));
    const unknown = await otherEmployer.post('/api/dossiers', body(2_000_000_000));
    expect(other.statusCode).toBe(404);
    expect(comparable(other)).toEqual(comparable(unknown));
    const draft = await otherEmployer.post('/api/training-support/assessment', {
      ...buildApplication(ownId),
      typeCode: 'training_support_covid',
    });
    expect(draft.statusCode).toBe(404);
  });
});

/** The body text of a downloaded .docx, its runs joined by "|", and the annex table's rows after a title. */
async function docxOf(res: LightMyRequestResponse, annexTitle: string) {
  expect(res.statusCode, res.body).toBe(200);
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  const runs = (x: string) => [...x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  const rows = [...xml.slice(xml.indexOf(annexTitle)).matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => runs(c[0]).join('')),
  );
  return { text: runs(xml).join('|'), rows };
}

describe('payment, result report and recovery (QĐ 23/2021 Art. 12(4)–(6), Mẫu 02 item 5(b))', () => {
  it('records the payment, the result, computes the recovery per worker and freezes it with the decision', async () => {
    const [kept, dropped, left] = [buildTrainee(), buildTrainee({ fullName: 'Lăng Văn Tú' }), buildTrainee()];
    const app = buildApplication(ownId, {
      trainees: [kept, dropped, left] as TrainingSupportApplicationT['trainees'],
      plan: {
        institutionId: null,
        trades: ['Hàn điện'],
        startDate: '2022-02-01',
        endDate: '2022-04-30',
        costPerWorker: 6_000_000,
      },
    });
    const d = await buildDossier(employer, { typeCode: 'training_support_covid', payload: app });
    await attachAll(t, employer, d.id, COVID_DOCS);
    await actOk(employer, d.id, 'submit', { on: '2022-01-20' });
    await actOk(province, d.id, 'accept', { on: '2022-01-21' });
    await actOk(province, d.id, 'accept', { on: '2022-01-24' });
    // Before the support decision there is no list to send to the social insurance.
    const early = await province.get(`/api/training-support/dossiers/${d.id}/trainees.xlsx`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('chưa có quyết định hỗ trợ');
    let v: DossierT = await actOk(province, d.id, 'approve', { on: '2022-01-25', ...SIGNER });
    // 3 months × 1.500.000 = 4.500.000 per worker (below the 6.000.000 cost), frozen on approval.
    const frozen = (await province.get(`/api/training-support/dossiers/${d.id}/assessment`)).json();
    expect(frozen).toMatchObject({ frozen: true, totalAmount: 13_500_000 });

    const tooMuch = await province.post(`/api/training-support/dossiers/${d.id}/payment`, {
      version: v.version,
      paidOn: '2022-01-26',
      amount: 13_500_001,
      reference: 'UNC 0012',
    });
    expect(tooMuch.statusCode).toBe(400);
    const paid = await province.post(`/api/training-support/dossiers/${d.id}/payment`, {
      version: v.version,
      paidOn: '2022-01-26',
      amount: 13_500_000,
      reference: 'UNC 0012',
    });
    expect(paid.statusCode).toBe(201);
    // The payment is the provincial social insurance's act, recorded by the department, never by the employer.
    const byEmployer = await employer.post(`/api/training-support/dossiers/${d.id}/payment`, {
      version: v.version + 1,
      paidOn: '2022-01-26',
      amount: 1,
      reference: 'UNC 0013',
    });
    expect(byEmployer.statusCode).toBe(403);
    await actOk(province, d.id, 'accept', { on: '2022-01-26' });
    v = await actOk(employer, d.id, 'accept', { on: '2022-01-27' });
    expect(v.step?.code).toBe('settlement');
    const outcome = {
      version: v.version,
      actualCost: 4_200_000,
      trainees: [
        { personId: kept.personId, completed: true, certificateNo: 'CC-2022-015', kept: true },
        { personId: dropped.personId, completed: false, certificateNo: null, kept: true },
        { personId: left.personId, completed: true, certificateNo: 'CC-2022-016', kept: false },
      ],
    };
    // A report dated before the approval, or after today, is refused by its field.
    for (const reportedOn of ['2022-01-10', '2999-01-01']) {
      const refused = await employer.put(`/api/training-support/dossiers/${d.id}/result`, { ...outcome, reportedOn });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].field).toBe('reportedOn');
    }
    const result = await employer.put(`/api/training-support/dossiers/${d.id}/result`, outcome);
    expect(result.statusCode).toBe(200);
    const r = result.json() as TrainingSupportRecoveryT;
    expect(r.trainees.map((x) => x.recoverAmount)).toEqual([0, 4_500_000, 4_500_000]);
    expect(r.trainees[1]?.reason?.vi).toBe('Không hoàn thành khóa đào tạo');
    // The worker who stayed is paid for what was spent (4.200.000), the rest is recovered once: 9.300.000.
    expect(r).toMatchObject({
      paidAmount: 13_500_000,
      unspentFunds: 9_300_000,
      traineeRecovery: 9_000_000,
      unspentRecovery: 300_000,
      totalRecovery: 9_300_000,
    });

    await attachAll(t, employer, d.id, ['settlement_report']);
    await actOk(employer, d.id, 'accept', { on: '2022-05-10' });
    v = await actOk(province, d.id, 'recover', { on: '2022-05-11', ...SIGNER });
    expect(v.status).toBe('recovered');
    const after = (
      await employer.get(`/api/training-support/dossiers/${d.id}/recovery`)
    ).json() as TrainingSupportRecoveryT;
    expect(after.recoveredAmount).toBe(9_300_000);
  });
});

describe('decision documents and the list for the social insurance (Mẫu 04a, 04b; QĐ 23/2021 Art. 12(3), (6))', () => {
  let id: number;
  let approval: DossierT['decisions'][number];
  const workers = [
    buildTrainee({ fullName: 'Hoàng Văn Khánh', birthDate: '1990-02-08' }),
    buildTrainee({ fullName: 'Lộc Thị Nhung' }),
  ];

  beforeAll(async () => {
    const app = buildApplication(ownId, {
      trainees: workers,
      plan: {
        institutionId: null,
        trades: ['Hàn điện'],
        startDate: '2022-02-01',
        endDate: '2022-04-30',
        costPerWorker: 6_000_000,
      },
    });
    const d = await buildDossier(employer, { typeCode: 'training_support_covid', payload: app });
    id = d.id;
    await attachAll(t, employer, id, COVID_DOCS);
    await actOk(employer, id, 'submit', { on: '2022-01-20' });
    await actOk(province, id, 'accept', { on: '2022-01-21' });
    await actOk(province, id, 'accept', { on: '2022-01-24' });
    const v = await actOk(province, id, 'approve', { on: '2022-01-25', ...SIGNER });
    approval = v.decisions.find((x) => x.kind === 'approve') as DossierT['decisions'][number];
  }, 60_000);

  it('renders the support decision as Mẫu 04a: number, employer, Điều 1 amount in figures and words, annex rows', async () => {
    const number = approval.number;
    const { text, rows } = await docxOf(
      await employer.get(`/api/dossiers/${id}/decisions/${approval.id}.docx`),
      'DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ',
    );
    expect(approval.number).toMatch(/^\d{2,}\/QĐ-SLĐTBXH$/);
    for (const expected of [
      'UBND TỈNH LẠNG SƠN',
      `Số: ${number}`,
      'Lạng Sơn, ngày 25 tháng 01 năm 2022',
      'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LẠNG SƠN',
      'Căn cứ Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021',
      'ngày 20/01/2022 của Công ty TNHH May Đông Kinh;',
      'Theo đề nghị của …………………….',
      'Hỗ trợ Công ty TNHH May Đông Kinh (mã số thuế: ',
      '2. Tổng số người lao động được hỗ trợ: 2 người.',
      '3. Tổng số tiền được hỗ trợ: 9.000.000 đồng ',
      '(Bằng chữ: Chín triệu đồng).',
      'Số tài khoản: …………………… tại Ngân hàng …………………….',
      'chuyển một lần toàn bộ kinh phí hỗ trợ quy định tại Điều 1 cho Công ty TNHH May Đông Kinh trong 03 ngày làm việc',
      'báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội trong 45 ngày',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Hoàng Văn Minh',
      `(Kèm theo Quyết định số ${number} ngày 25 tháng 01 năm 2022 của Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn)`,
    ])
      expect(text).toContain(expected);
    expect(rows[1]).toEqual([
      '1',
      'Hoàng Văn Khánh',
      '08/02/1990',
      workers[0]?.personId,
      'May công nghiệp',
      '01/02/2022',
      '30/04/2022',
      '3',
      '4.500.000',
    ]);
    expect(rows[2]?.[1]).toBe('Lộc Thị Nhung');
    expect(rows[3]).toEqual(['Tổng cộng (2 người)', '9.000.000']);
  });

  it('sends the list of workers supported as .xlsx with the decision’s number and date, audited as an export', async () => {
    const res = await province.get(`/api/training-support/dossiers/${id}/trainees.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Danh sách');
    expect(sheet?.getCell('A1').value).toBe('UBND TỈNH LẠNG SƠN');
    expect(sheet?.getCell('A4').value).toBe(
      `(Kèm theo Quyết định số ${approval.number} ngày 25 tháng 01 năm 2022 của Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn)`,
    );
    expect(sheet?.getRow(8).getCell(2).value).toBe('Họ và tên');
    expect(sheet?.getRow(9).getCell(2).value).toBe('Hoàng Văn Khánh');
    expect(sheet?.getRow(9).getCell(4).value).toBe(workers[0]?.personId);
    expect(sheet?.getRow(9).getCell(9).value).toBe(4_500_000);
    expect(sheet?.getRow(10).getCell(2).value).toBe('Lộc Thị Nhung');
    expect(sheet?.getRow(11).getCell(1).value).toBe('Tổng cộng (2 người)');
    expect(sheet?.getRow(11).getCell(9).value).toBe(9_000_000);
    const { rows } = await t.database.pool.query(
      "SELECT action, after FROM audit_log WHERE entity_type = 'dossier' AND entity_id = $1 AND action = 'export'",
      [String(id)],
    );
    expect(rows).toEqual([
      {
        action: 'export',
        after: { file: 'trainees.xlsx', decision: approval.number, rows: 2 },
      },
    ]);
  });

  it('answers another employer’s request for the list exactly like a dossier that does not exist', async () => {
    const theirs = await otherEmployer.get(`/api/training-support/dossiers/${id}/trainees.xlsx`);
    const missing = await otherEmployer.get('/api/training-support/dossiers/2000000000/trainees.xlsx');
    expect(theirs.statusCode).toBe(404);
    expect(comparable(theirs)).toEqual(comparable(missing));
  });

  it('renders the recovery decision as Mẫu 04b with the module’s figures per worker, unspent funds and total', async () => {
    let v = (await province.get(`/api/dossiers/${id}`)).json() as DossierT;
    await province.post(`/api/training-support/dossiers/${id}/payment`, {
      version: v.version,
      paidOn: '2022-01-26',
      amount: 9_000_000,
      reference: 'UNC 0020',
    });
    await actOk(province, id, 'accept', { on: '2022-01-26' });
    v = await actOk(employer, id, 'accept', { on: '2022-01-27' });
    const result = await employer.put(`/api/training-support/dossiers/${id}/result`, {
      version: v.version,
      actualCost: 4_000_000,
      reportedOn: '2022-05-09',
      trainees: [
        { personId: workers[0]?.personId, completed: true, certificateNo: 'CC-2022-101', kept: true },
        { personId: workers[1]?.personId, completed: false, certificateNo: null, kept: false },
      ],
    });
    const r = result.json() as TrainingSupportRecoveryT;
    // The first worker keeps what was spent (4.000.000); the second worker's 4.500.000 and 500.000 unspent go back.
    expect(r).toMatchObject({ traineeRecovery: 4_500_000, unspentRecovery: 500_000, totalRecovery: 5_000_000 });
    await attachAll(t, employer, id, ['settlement_report']);
    await actOk(employer, id, 'accept', { on: '2022-05-10' });
    v = await actOk(province, id, 'recover', { on: '2022-05-11', ...SIGNER });
    const decision = v.decisions.find((x) => x.kind === 'recover');
    const { text, rows } = await docxOf(
      await province.get(`/api/dossiers/${id}/decisions/${decision?.id}.docx`),
      'DANH SÁCH KINH PHÍ HỖ TRỢ THU HỒI',
    );
    for (const expected of [
      `Số: ${decision?.number}`,
      `Căn cứ Quyết định số ${approval.number} ngày 25 tháng 01 năm 2022 của Giám đốc Sở Lao động`,
      'Tổng số kinh phí được hỗ trợ theo Quyết định số',
      'Số kinh phí hỗ trợ còn dư phải thu hồi: 5.000.000 đồng (bằng chữ: Năm triệu đồng), gồm: kinh phí hỗ trợ của 1 người lao động 4.500.000 đồng và kinh phí còn dư chưa sử dụng 500.000 đồng',
      'Lý do thu hồi: 1 người lao động không hoàn thành khóa đào tạo; kinh phí đã chuyển còn dư so với chi phí đào tạo thực tế.',
      'trước ngày ……/……/………, vào tài khoản số ……………………',
      // The report's own date, not the day it was keyed in.
      'Căn cứ báo cáo kết quả thực hiện hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động ngày 09/05/2022',
    ])
      expect(text).toContain(expected);
    expect(rows[1]).toEqual([
      '1',
      'Lộc Thị Nhung',
      workers[1]?.personId,
      'May công nghiệp',
      '4.500.000',
      '4.500.000',
      'Không hoàn thành khóa đào tạo',
    ]);
    expect(rows[2]).toEqual(['2', 'Kinh phí còn dư chưa sử dụng', '', '', '', '500.000', '']);
    expect(rows[3]).toEqual(['Tổng cộng', '5.000.000', '']);
  });
});

describe('the unemployment-insurance scheme’s decision (NĐ 28/2015 Art. 27 as amended by NĐ 61/2020)', () => {
  it('is issued by the provincial chairman and has the social insurance advance 50 %, not the Covid wording', async () => {
    const app = buildApplication(ownId, {
      revenue: null,
      uiContribution: { months: 24, confirmationNo: '88/BHXH-QLT', confirmationDate: '2024-08-20' },
      plan: {
        institutionId: null,
        trades: ['Vận hành máy CNC'],
        startDate: '2024-10-01',
        endDate: '2024-12-31',
        costPerWorker: 5_000_000,
      },
    });
    const d = await buildDossier(employer, { typeCode: 'training_support_ui', payload: app });
    await attachAll(t, employer, d.id, ['application', 'structure_change', 'training_plan', 'si_confirmation']);
    await actOk(employer, d.id, 'submit', { on: '2024-09-03' });
    await actOk(province, d.id, 'accept', { on: '2024-09-10' });
    const v = await actOk(province, d.id, 'approve', {
      on: '2024-09-16',
      signerName: 'Hồ Tiến Thiệu',
      signerPosition: 'Chủ tịch',
    });
    const decision = v.decisions.find((x) => x.kind === 'approve');
    expect(decision?.number).toMatch(/\/QĐ-UBND$/);
    const { text, rows } = await docxOf(
      await province.get(`/api/dossiers/${d.id}/decisions/${decision?.id}.docx`),
      'DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ',
    );
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'Căn cứ Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015',
      // 3 months × 1.000.000 đồng (NĐ 28/2015 Art. 4), below the cost.
      '3. Tổng số tiền được hỗ trợ: 3.000.000 đồng ',
      '(Bằng chữ: Ba triệu đồng).',
      'Bảo hiểm xã hội tỉnh Lạng Sơn tạm ứng 50% kinh phí hỗ trợ quy định tại Điều 1 cho Công ty TNHH May Đông Kinh trong 05 ngày làm việc',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn và Công ty TNHH May Đông Kinh chịu trách nhiệm thi hành',
      'Hồ Tiến Thiệu',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('COVID-19');
    expect(text).not.toContain('chuyển một lần toàn bộ');
    expect(text).not.toContain('KT. CHỦ TỊCH');
    expect(rows[1]?.[8]).toBe('3.000.000');
  });
});

describe('trainee list file (Mẫu 02 Phụ lục I)', () => {
  it('reads an .xlsx with a merged title, the personal-ID column, real dates and an ID stored as a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I');
    ws.addRow(['DANH SÁCH NGƯỜI LAO ĐỘNG THAM GIA ĐÀO TẠO, BỒI DƯỠNG, NÂNG CAO TRÌNH ĐỘ KỸ NĂNG NGHỀ']);
    ws.mergeCells('A1:I1');
    ws.addRow([]);
    ws.addRow([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Loại hợp đồng lao động',
      'Ngày bắt đầu thực hiện HĐLĐ',
      'Số sổ BHXH',
      'Nghề đào tạo',
      'Số định danh cá nhân / CCCD',
      'Ghi chú',
    ]);
    ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
    // A spreadsheet keeps 020195004321 as the number 20195004321: the leading zero comes back.
    ws.addRow([
      1,
      'Mã Thị Huyền',
      new Date(Date.UTC(1995, 6, 9)),
      'Không xác định thời hạn',
      '15/08/2021',
      '2021556677',
      'Hàn điện',
      20195004321,
      '',
    ]);
    const res = await upload(t, employer, '/api/training-support/trainee-list', {
      name: 'mau-02.xlsx',
      content: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as TraineeListParseT).rows).toEqual([
      {
        personId: '020195004321',
        fullName: 'Mã Thị Huyền',
        birthDate: '1995-07-09',
        contractType: 'Không xác định thời hạn',
        contractStartDate: '2021-08-15',
        siBookNo: '2021556677',
        trade: 'Hàn điện',
        communeCode: null,
      },
    ]);
  });

  it('stops at the end of the table: a total row, blank rows, the date line and the signature block are not trainees', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I');
    ws.addRow(['DANH SÁCH NGƯỜI LAO ĐỘNG THAM GIA ĐÀO TẠO']);
    ws.addRow([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Loại hợp đồng lao động',
      'Ngày bắt đầu thực hiện HĐLĐ',
      'Số sổ BHXH',
      'Nghề đào tạo',
      'Số định danh cá nhân / CCCD',
      'Ghi chú',
    ]);
    ws.addRow([
      1,
      'Hoàng Thị Lan',
      '02/02/1990',
      'Không xác định thời hạn',
      '01/03/2018',
      '2018001122',
      'May công nghiệp',
      '020190001122',
      '',
    ]);
    ws.addRow([
      2,
      'Vi Văn Nam',
      '11/11/1988',
      'Xác định thời hạn',
      '01/06/2020',
      '2020003344',
      'May công nghiệp',
      '020088003344',
      '',
    ]);
    ws.addRow(['', 'Tổng cộng: 02 người']);
    ws.addRow([]);
    ws.addRow([]);
    ws.addRow(['', '', '', '', '', '', 'Lạng Sơn, ngày 10 tháng 01 năm 2022']);
    ws.addRow(['', 'Người lập biểu', '', '', '', '', 'GIÁM ĐỐC']);
    ws.addRow(['', '(Ký, ghi rõ họ tên)', '', '', '', '', '(Ký tên, đóng dấu)']);
    ws.addRow([]);
    ws.addRow(['', 'Nông Thị Mai', '', '', '', '', 'Hoàng Văn Minh']);
    ws.addRow(['Ghi chú: cột (8) ghi số định danh cá nhân 12 số.']);
    const res = await upload(t, employer, '/api/training-support/trainee-list', {
      name: 'phu-luc-i.xlsx',
      content: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(200);
    const parsed = res.json() as TraineeListParseT;
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.fullName)).toEqual(['Hoàng Thị Lan', 'Vi Văn Nam']);
  });

  it('still reports a trainee row without a personal ID above the signature block', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I');
    ws.addRow([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Loại hợp đồng lao động',
      'Ngày bắt đầu thực hiện HĐLĐ',
      'Số sổ BHXH',
      'Nghề đào tạo',
      'Số định danh cá nhân / CCCD',
    ]);
    ws.addRow([
      1,
      'Hoàng Thị Lan',
      '02/02/1990',
      'Không xác định thời hạn',
      '01/03/2018',
      '2018001122',
      'May công nghiệp',
      '',
    ]);
    ws.addRow(['', 'Người lập biểu', '', '', '', '', 'GIÁM ĐỐC']);
    const res = await upload(t, employer, '/api/training-support/trainee-list', {
      name: 'thieu-cccd.xlsx',
      content: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(200);
    const parsed = res.json() as TraineeListParseT;
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 2, field: 'personId' })]);
    expect(parsed.rows).toEqual([]);
  });

  it('asks for an .xls file to be saved as .xlsx', async () => {
    const res = await upload(t, employer, '/api/training-support/trainee-list', {
      name: 'cu.xls',
      content: Buffer.from('x'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('.xlsx');
  });

  it('reads a Windows-1258 CSV with title rows and an old header wording, with row numbers and reasons', async () => {
    const lines = [
      // Excel pads the title rows of a semicolon CSV to the width of the table.
      'DANH SÁCH NGƯỜI LAO ĐỘNG THAM GIA ĐÀO TẠO;;;;;;;;',
      '(Kèm theo phương án số 01/PA ngày 10/01/2022);;;;;;;;',
      'STT;Họ tên;Ngày sinh;Loại HĐLĐ;Ngày ký HĐLĐ;Số sổ BHXH;Nghề đào tạo;Số CCCD;Mã xã',
      '1;Nông Thị Hoa;05/03/1994;Không xác định thời hạn;01/02/2020;2020123456;May công nghiệp;020194001234;05977',
      '2;Hà Văn Long;31/02/1990;Xác định thời hạn;01/02/2021;2021123456;May công nghiệp;02019000123;',
    ];
    const csv = encodeWindows1258(`${lines.join('\r\n')}\r\n`);
    const res = await upload(t, employer, '/api/training-support/trainee-list', {
      name: 'danh-sach.csv',
      content: csv,
    });
    expect(res.statusCode).toBe(200);
    const parsed = res.json() as TraineeListParseT;
    expect(parsed.rows).toEqual([
      expect.objectContaining({
        personId: '020194001234',
        fullName: 'Nông Thị Hoa',
        birthDate: '1994-03-05',
        contractStartDate: '2020-02-01',
        communeCode: '05977',
      }),
    ]);
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 5, field: 'birthDate', message: expect.stringContaining('31/02/1990') }),
        expect.objectContaining({ row: 5, field: 'personId', message: expect.stringContaining('12 chữ số') }),
      ]),
    );
  });
});
