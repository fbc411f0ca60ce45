import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierT } from '@lmis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import {
  act,
  actOk,
  attachAll,
  buildDossier,
  buildEmployerRecord,
  filesFor,
  PDF,
  SIGNER,
  UI_2026_DOCS,
  upload,
} from './dossier-test-helpers.ts';

let t: TestContext;
let employer: Session;
let otherEmployer: Session;
let province: Session;
let commune: Session;
let province91: Session;

const COVID_DOCS = ['application', 'structure_change', 'training_plan'];
const UI_DOCS = ['application', 'structure_change', 'training_plan', 'si_confirmation'];

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lmis-dossiers-')) });
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
  const ownId = await buildEmployerRecord(province, 'Công ty TNHH May Đông Kinh');
  const otherId = await buildEmployerRecord(province, 'Công ty CP Chè Bắc Sơn');
  employer = filesFor(
    (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: ownId })).session,
    ownId,
  );
  otherEmployer = filesFor(
    (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: otherId })).session,
    otherId,
  );
  commune = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  province91 = (await signInAs(t, { role: 'province_officer', unitCode: '91' })).session;
}, 120_000);
afterAll(() => t.close());

const stepOf = (d: DossierT, code: string) => [...d.steps].reverse().find((s) => s.code === code);

/** A 2026 dossier (NĐ 374/2025 version) brought to the decision step. */
async function atDecision(name = 'Công ty CP Dệt Kỳ Lừa') {
  const d = await buildDossier(employer, { applicantName: name });
  await attachAll(t, employer, d.id, UI_2026_DOCS);
  await actOk(employer, d.id, 'submit');
  return actOk(province, d.id, 'accept');
}

describe('dossier clocks (working days from the dated calendar)', () => {
  it('counts the department’s 7 working days across Tết 2022 and issues the receipt with that due date', async () => {
    const d = await buildDossier(employer, { typeCode: 'training_support_covid' });
    let v = await actOk(employer, d.id, 'submit', { on: '2022-01-20' });
    expect(v.typeVersion).toBe('2021-07-07');
    // QĐ 23/2021 Art. 12(1): social insurance confirms in 2 working days (Fri 21, Mon 24 January).
    expect(stepOf(v, 'si_confirmation')?.dueOn).toBe('2022-01-24');
    await attachAll(t, employer, d.id, ['si_confirmation', ...COVID_DOCS]);
    v = await actOk(province, d.id, 'accept', { on: '2022-01-27' });
    // 28/01 is day 1; Tết 29/01–06/02 is off; 07–11/02 are days 2–6; Monday 14/02 is day 7.
    expect(stepOf(v, 'appraise')?.dueOn).toBe('2022-02-14');
    const receipt = (await province.get(`/api/dossiers/${d.id}/receipt`)).json();
    expect(receipt).toMatchObject({ receivedOn: '2022-01-27', dueOn: '2022-02-14', stepCode: 'appraise' });
    expect(receipt.receiptNo).toMatch(/^\d{6}\/2022$/);
    const docx = await province.get(`/api/dossiers/${d.id}/receipt.docx`);
    expect(docx.headers['content-disposition']).toMatch(/^attachment;/);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string');
    expect(xml).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(xml).toContain('14/02/2022');
  });

  it('counts a make-up Saturday as a working day (26/04/2025) for social insurance’s 5-day advance', async () => {
    const d = await buildDossier(employer, { typeCode: 'training_support_ui' });
    await attachAll(t, employer, d.id, UI_DOCS);
    let v = await actOk(employer, d.id, 'submit', { on: '2025-04-01' });
    expect(v.typeVersion).toBe('2020-07-15');
    // NĐ 28/2015 Art. 27: 30 (calendar) days for the appraisal.
    expect(stepOf(v, 'appraise')?.dueOn).toBe('2025-05-01');
    await actOk(province, d.id, 'accept', { on: '2025-04-10' });
    v = await actOk(province, d.id, 'approve', { on: '2025-04-24', ...SIGNER });
    // Fri 25 (1), Sat 26 make-up (2), Mon 28 (3), Tue 29 (4); 30/04, 01/05 and the swapped 02/05 are off; 05/05 (5).
    expect(stepOf(v, 'si_advance')?.dueOn).toBe('2025-05-05');
    // The provincial People's Committee chairman decides under NĐ 28/2015 Art. 27.
    expect(v.decisions[0]?.number).toMatch(/^\d{2,}\/QĐ-UBND$/);
  });

  it('stops the clock on a request for additions and restarts it in full on resubmission', async () => {
    const d = await buildDossier(employer, { typeCode: 'training_support_covid' });
    await attachAll(t, employer, d.id, ['si_confirmation', ...COVID_DOCS]);
    await actOk(employer, d.id, 'submit', { on: '2022-03-01' });
    await actOk(province, d.id, 'accept', { on: '2022-03-02' });
    let v = await actOk(province, d.id, 'request_additions', {
      on: '2022-03-04',
      comment: 'Bổ sung phương án đào tạo',
    });
    expect(v.status).toBe('awaiting_additions');
    expect(v.step?.dueOn).toBeNull();
    expect(stepOf(v, 'appraise')?.running).toBe(false);
    // Two working days ran (03/03, 04/03) before the clock stopped; they stay in the step's days used.
    expect(stepOf(v, 'appraise')?.daysUsed).toBe(2);
    v = await actOk(employer, d.id, 'resubmit', { on: '2022-03-10' });
    // QĐ 23/2021 Art. 12(3): 7 working days from receipt of the complete dossier (11/03 … 21/03).
    expect(stepOf(v, 'appraise')?.dueOn).toBe('2022-03-21');
    expect(v.receivedOn).toBe('2022-03-10');
    expect(v.status).toBe('in_progress');
  });
});

describe('dossier transitions through the API', () => {
  it('runs the whole QĐ 23/2021 Art. 12 chain to a recovery decision, audited step by step', async () => {
    const d = await buildDossier(employer, { typeCode: 'training_support_covid' });
    await attachAll(t, employer, d.id, ['si_confirmation', ...COVID_DOCS]);
    await actOk(employer, d.id, 'submit', { on: '2022-04-04' });
    await actOk(province, d.id, 'accept', { on: '2022-04-05' });
    await actOk(province, d.id, 'accept', { on: '2022-04-06' });
    let v = await actOk(province, d.id, 'approve', { on: '2022-04-07', ...SIGNER });
    // Sở LĐTBXH decided in 2022 (it became Sở Nội vụ on 01/03/2025).
    expect(v.decisions[0]?.number).toMatch(/^\d{2,}\/QĐ-SLĐTBXH$/);
    // Each step closed on the day of the act, with its days used and whether it kept its limit.
    expect(stepOf(v, 'appraise')).toMatchObject({
      completedOn: '2022-04-06',
      outcome: 'accept',
      daysUsed: 1,
      late: false,
    });
    expect(stepOf(v, 'decide')).toMatchObject({ completedOn: '2022-04-07', outcome: 'approve', dueOn: '2022-04-15' });
    expect(v.step?.code).toBe('si_payment');
    expect(await act(employer, d.id, 'withdraw')).toMatchObject({ statusCode: 400 });
    await actOk(province, d.id, 'accept', { on: '2022-04-08' });
    v = await actOk(employer, d.id, 'accept', { on: '2022-04-11' });
    // Settlement: 45 days from the end of training (the plan's end date, 31/05/2022).
    expect(stepOf(v, 'settlement')?.dueOn).toBe('2022-07-15');
    expect((await act(employer, d.id, 'accept', { on: '2022-06-20' })).statusCode).toBe(400);
    await attachAll(t, employer, d.id, ['settlement_report']);
    // The employer's training-result report (QĐ 23/2021 Art. 12(5)) comes before the recovery decision.
    const [trainee] = (d.payload as { trainees: { personId: string }[] }).trainees;
    const current = (await employer.get(`/api/dossiers/${d.id}`)).json() as DossierT;
    const reported = await employer.put(`/api/training-support/dossiers/${d.id}/result`, {
      version: current.version,
      actualCost: 6_000_000,
      trainees: [{ personId: trainee?.personId, completed: true, certificateNo: 'CC-2022-001', kept: true }],
    });
    expect(reported.statusCode).toBe(200);
    await actOk(employer, d.id, 'accept', { on: '2022-06-20' });
    v = await actOk(province, d.id, 'recover', { on: '2022-06-22', ...SIGNER });
    expect(v.status).toBe('recovered');
    expect(v.decisions.map((x) => x.kind)).toEqual(['approve', 'recover']);
    const history = (await employer.get(`/api/dossiers/${d.id}/history`)).json().items;
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'accept',
      'approve',
      'accept',
      'accept',
      'accept',
      'recover',
    ]);
    expect(history[3]).toMatchObject({
      fromStep: 'decide',
      toStep: 'si_payment',
      decisionNumber: v.decisions[0]?.number,
    });
    const audit = (await province.get(`/api/audit?entityType=dossier&entityId=${d.id}&pageSize=50`)).json();
    expect(
      audit.items.filter((e: { action: string }) => e.action.startsWith('dossier_')).length,
    ).toBeGreaterThanOrEqual(9);
    const docx = await employer.get(
      `/api/dossiers/${d.id}/decisions/${(await province.get(`/api/dossiers/${d.id}`)).json().decisions[1].id}.docx`,
    );
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string');
    expect(xml).toContain(v.decisions[1]?.number);
    expect(xml).toContain('Hoàng Văn Minh');
  });

  it('returns, refuses with reasons, withdraws and cancels', async () => {
    const returned = await atDecision();
    const back = await actOk(province, returned.id, 'return', { comment: 'Sai mẫu đơn' });
    expect(back.status).toBe('returned');
    expect((await actOk(employer, returned.id, 'submit')).status).toBe('in_progress');

    const refused = await atDecision();
    expect((await act(province, refused.id, 'refuse', {})).statusCode).toBe(400);
    expect((await actOk(province, refused.id, 'refuse', { comment: 'Không đủ 12 tháng đóng BHTN' })).status).toBe(
      'refused',
    );
    expect((await act(employer, refused.id, 'submit')).statusCode).toBe(400);

    const withdrawn = await atDecision();
    expect((await actOk(employer, withdrawn.id, 'withdraw')).status).toBe('withdrawn');

    const draft = await buildDossier(employer);
    expect((await actOk(employer, draft.id, 'cancel')).status).toBe('cancelled');
  });

  it('refuses every action the current step does not allow, leaving the dossier as it was', async () => {
    const d = await atDecision();
    for (const action of ['submit', 'resubmit', 'accept', 'request_additions', 'recover', 'cancel']) {
      const res = await act(province, d.id, action, { comment: 'x', ...SIGNER });
      expect(res.statusCode, action).toBe(400);
      expect(res.json().error.message).toMatch(/Không thể|Chỉ người nộp/);
    }
    const after = (await province.get(`/api/dossiers/${d.id}`)).json() as DossierT;
    expect(after).toMatchObject({ status: 'in_progress', version: d.version });
    expect(after.allowedActions.sort()).toEqual(['approve', 'refuse', 'return', 'withdraw'].sort());
  });

  it('refuses a commune officer on a province step', async () => {
    const d = await atDecision();
    const res = await act(commune, d.id, 'approve', SIGNER);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Bước «Quyết định hỗ trợ» do cán bộ cấp tỉnh thực hiện');
  });

  it('answers a stale version with 409 and the current state', async () => {
    const d = await atDecision();
    const stale = await province.post(`/api/dossiers/${d.id}/actions/approve`, { version: d.version - 1, ...SIGNER });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      status: 'in_progress',
      stepCode: 'decide',
      version: d.version,
    });
  });
});

describe('one winner and decision numbers without gaps', () => {
  it('lets exactly one of 20 concurrent approvals of one dossier win, with one decision number', async () => {
    const d = await atDecision();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        province.post(`/api/dossiers/${d.id}/actions/approve`, { version: d.version, ...SIGNER }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const after = (await province.get(`/api/dossiers/${d.id}`)).json() as DossierT;
    expect(after.decisions).toHaveLength(1);
    const loser = results.find((r) => r.statusCode === 409) as LightMyRequestResponse;
    expect(loser.json().error.details.current).toMatchObject({ stepCode: 'si_payment', version: after.version });
  });

  it('gives 50 concurrent approvals of different dossiers 50 distinct consecutive numbers', async () => {
    const ready: DossierT[] = [];
    for (let i = 0; i < 50; i++) ready.push(await atDecision(`Hợp tác xã số ${i + 1}`));
    const results = await Promise.all(
      ready.map((d) => province.post(`/api/dossiers/${d.id}/actions/approve`, { version: d.version, ...SIGNER })),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const numbers = results.map((r) => (r.json() as DossierT).decisions[0]?.number as string);
    expect(numbers.every((n) => n.endsWith('/QĐ-SNV'))).toBe(true);
    const values = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    expect(new Set(values).size).toBe(50);
    expect((values.at(-1) as number) - (values[0] as number)).toBe(49);
  }, 300_000);
});

describe('dossier access and attachments', () => {
  const comparable = (res: LightMyRequestResponse) => {
    const { requestId: _r, ...error } = res.json().error;
    return { status: res.statusCode, error };
  };

  it('answers a dossier out of scope exactly like one that does not exist', async () => {
    const d = await buildDossier(employer);
    // Until it is submitted, the draft is read by its applicant only.
    expect(comparable(await commune.get(`/api/dossiers/${d.id}`))).toEqual(
      comparable(await commune.get('/api/dossiers/2000000000')),
    );
    await attachAll(t, employer, d.id, UI_2026_DOCS);
    await actOk(employer, d.id, 'submit');
    for (const s of [province91, otherEmployer]) {
      const existing = await s.get(`/api/dossiers/${d.id}`);
      const missing = await s.get('/api/dossiers/2000000000');
      expect(existing.statusCode).toBe(404);
      expect(comparable(existing)).toEqual(comparable(missing));
    }
    expect((await commune.get(`/api/dossiers/${d.id}`)).statusCode).toBe(200);
  });

  it('refuses a file whose content is not PDF, image or Office, whatever its name', async () => {
    const d = await buildDossier(employer);
    const exe = await upload(t, employer, `/api/dossiers/${d.id}/attachments`, {
      name: 'don-de-nghi.pdf',
      content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this program cannot be run in DOS mode'),
    });
    expect(exe.statusCode).toBe(400);
    const html = await upload(t, employer, `/api/dossiers/${d.id}/attachments`, {
      name: 'a.html',
      content: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    expect(html.statusCode).toBe(400);
  });

  it('stores the SHA-256 and serves the file only as a download, only in scope', async () => {
    const d = await buildDossier(employer);
    const res = await upload(
      t,
      employer,
      `/api/dossiers/${d.id}/attachments`,
      { name: 'Đơn đề nghị.pdf', content: PDF },
      { documentCode: 'application' },
    );
    expect(res.statusCode).toBe(201);
    const a = res.json();
    const { createHash } = await import('node:crypto');
    expect(a.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const view = (await employer.get(`/api/dossiers/${d.id}`)).json() as DossierT;
    expect(view.documents.find((x) => x.code === 'application')?.attachmentIds).toEqual([a.id]);
    // The officers read the files once the dossier is submitted.
    expect((await province.get(`/api/dossiers/${d.id}/attachments/${a.id}`)).statusCode).toBe(404);
    await attachAll(t, employer, d.id, ['training_plan', 'si_confirmation']);
    await actOk(employer, d.id, 'submit');
    const download = await province.get(`/api/dossiers/${d.id}/attachments/${a.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect((await province91.get(`/api/dossiers/${d.id}/attachments/${a.id}`)).statusCode).toBe(404);
  });
});

describe('work queues and SLA summary', () => {
  it('puts a dossier at a province step in the province officer’s queue, not the commune officer’s', async () => {
    const d = await atDecision('Công ty Hàng đợi');
    const mine = (await province.get('/api/dossiers/queue?view=mine&limit=200')).json().items;
    expect(mine.some((x: { id: number }) => x.id === d.id)).toBe(true);
    const communeMine = (await commune.get('/api/dossiers/queue?view=mine&limit=200')).json().items;
    expect(communeMine.some((x: { id: number }) => x.id === d.id)).toBe(false);
    const overdue = (await province.get('/api/dossiers/queue?view=overdue&limit=200')).json().items;
    expect(overdue.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
  });

  it('summarises received, on time and late steps per unit for a period', async () => {
    const res = await province.get('/api/dossiers/sla?from=2022-01-01&to=2022-12-31');
    expect(res.statusCode).toBe(200);
    const appraise = res
      .json()
      .items.find(
        (r: { typeCode: string; stepCode: string }) =>
          r.typeCode === 'training_support_covid' && r.stepCode === 'appraise',
      );
    expect(appraise).toMatchObject({ communeCode: LANG_SON.communeA });
    expect(appraise.received).toBeGreaterThanOrEqual(3);
    expect(appraise.completed, JSON.stringify(res.json().items)).toBeGreaterThanOrEqual(1);
    expect(appraise.onTime + appraise.late).toBe(appraise.completed);
    expect((await province91.get('/api/dossiers/sla?from=2022-01-01&to=2022-12-31&unitCode=20')).statusCode).toBe(403);
  });
});
