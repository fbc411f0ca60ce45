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
    const result = await employer.put(`/api/training-support/dossiers/${d.id}/result`, {
      version: v.version,
      actualCost: 12_000_000,
      trainees: [
        { personId: kept.personId, completed: true, certificateNo: 'CC-2022-015', kept: true },
        { personId: dropped.personId, completed: false, certificateNo: null, kept: true },
        { personId: left.personId, completed: true, certificateNo: 'CC-2022-016', kept: false },
      ],
    });
    expect(result.statusCode).toBe(200);
    const r = result.json() as TrainingSupportRecoveryT;
    expect(r.trainees.map((x) => x.recoverAmount)).toEqual([0, 4_500_000, 4_500_000]);
    expect(r.trainees[1]?.reason?.vi).toBe('Không hoàn thành khóa đào tạo');
    expect(r).toMatchObject({
      paidAmount: 13_500_000,
      unspentFunds: 1_500_000,
      traineeRecovery: 9_000_000,
      totalRecovery: 9_000_000,
    });

    await attachAll(t, employer, d.id, ['settlement_report']);
    await actOk(employer, d.id, 'accept', { on: '2022-05-10' });
    v = await actOk(province, d.id, 'recover', { on: '2022-05-11', ...SIGNER });
    expect(v.status).toBe('recovered');
    const after = (
      await employer.get(`/api/training-support/dossiers/${d.id}/recovery`)
    ).json() as TrainingSupportRecoveryT;
    expect(after.recoveredAmount).toBe(9_000_000);
    const decision = v.decisions.find((x) => x.kind === 'recover');
    const docx = await province.get(`/api/dossiers/${d.id}/decisions/${decision?.id}.docx`);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Thu hồi 9.000.000 đồng');
    expect(xml).toContain('Lăng Văn Tú');
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
