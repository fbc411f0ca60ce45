import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierEventT, DossierListItemT, DossierT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import {
  createTestApp,
  reservedCommunes,
  type Session,
  signInAs,
  type TestContext,
  uniqueName,
} from '../../test/harness.ts';
import {
  actOk,
  attachAll,
  buildApplication,
  buildDossier,
  buildEmployerRecord,
  filesFor,
  UI_2026_DOCS,
} from './dossier-test-helpers.ts';

let t: TestContext;
let province: Session;
let employer: Session;
let employerUsername: string;
let otherEmployer: Session;
let communeA: Session;
let communeB: Session;
let ownId: number;

type Page = { items: DossierListItemT[]; total: number; nextCursor: string | null };
const list = async (s: Session, query = '') => {
  const res = await s.get(`/api/dossiers${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const ids = (p: Page) => p.items.map((i) => i.id);

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lmis-dossier-list-')) });
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
  ownId = await buildEmployerRecord(province, 'Công ty TNHH Dệt Phai Vệ');
  const otherId = await buildEmployerRecord(province, 'Công ty CP Gỗ Hữu Lũng');
  const own = await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: ownId });
  employer = filesFor(own.session, ownId);
  employerUsername = own.user.username;
  otherEmployer = filesFor(
    (await signInAs(t, { role: 'employer', unitCode: LANG_SON.province, employerId: otherId })).session,
    otherId,
  );
  communeA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  communeB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
}, 120_000);
afterAll(() => t.close());

describe('the dossier list (GET /api/dossiers)', () => {
  it("shows an employer all its employer's dossiers with drafts, never another employer's", async () => {
    const draft = await buildDossier(employer, { applicantName: 'Công ty TNHH Dệt Phai Vệ' });
    const others = await buildDossier(otherEmployer, { applicantName: 'Công ty CP Gỗ Hữu Lũng' });
    const mine = await list(employer);
    expect(ids(mine)).toContain(draft.id);
    expect(ids(mine)).not.toContain(others.id);
    expect(mine.items.find((i) => i.id === draft.id)).toMatchObject({
      status: 'draft',
      statusLabel: { vi: 'Đang soạn', en: 'Draft' },
      step: null,
      daysLeft: null,
      late: false,
      receiptNo: null,
    });
    expect(ids(await list(otherEmployer))).not.toContain(draft.id);
    // An applicant's draft is its own work until it is submitted: the officers' list does not show it, and its
    // number answers them exactly like a number that does not exist.
    expect(ids(await list(province, '?pageSize=200'))).not.toContain(draft.id);
    const byNumber = await province.get(`/api/dossiers/${draft.id}`);
    const missing = await province.get('/api/dossiers/2000000000');
    expect(byNumber.statusCode).toBe(404);
    const { requestId: _a, ...refused } = byNumber.json().error;
    const { requestId: _b, ...absent } = missing.json().error;
    expect(refused).toEqual(absent);
    expect((await province.get(`/api/dossiers/${draft.id}/history`)).statusCode).toBe(404);
    expect((await employer.get(`/api/dossiers/${draft.id}`)).statusCode).toBe(200);
  });

  it("shows a commune officer the commune's dossiers and not another commune's", async () => {
    const inA = await buildDossier(employer, { unitCode: LANG_SON.communeA, applicantName: 'Hộ kinh doanh Lành' });
    const inB = await buildDossier(employer, { unitCode: LANG_SON.communeB, applicantName: 'Hộ kinh doanh Lành' });
    for (const d of [inA, inB]) {
      const submitted = await employer.post(`/api/dossiers/${d.id}/actions/submit`, { version: d.version });
      expect(submitted.statusCode, submitted.body).toBe(200);
    }
    const seenByA = ids(await list(communeA, '?pageSize=200'));
    expect(seenByA).toContain(inA.id);
    expect(seenByA).not.toContain(inB.id);
    expect(ids(await list(communeB, '?pageSize=200'))).toContain(inB.id);
    const elsewhere = await communeA.get(`/api/dossiers?unitCode=${LANG_SON.communeB}`);
    expect(elsewhere.statusCode).toBe(403);
  });

  it('finds the applicant typed without diacritics and filters by status', async () => {
    const d = await buildDossier(employer, { applicantName: 'Hợp tác xã Thạch Đạn' });
    expect(ids(await list(employer, '?q=hop tac xa thach dan'))).toEqual([d.id]);
    expect(ids(await list(employer, '?q=thach dan&status=in_progress'))).toEqual([]);
    const submitted = await employer.post(`/api/dossiers/${d.id}/actions/submit`, { version: d.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(ids(await list(province, '?q=hop tac xa thach dan'))).toEqual([d.id]);
    expect(ids(await list(province, '?q=thach dan&status=draft'))).toEqual([]);
  });

  it('gives a received dossier its receipt number, current step, working days left and late flag', async () => {
    // Read for a commune of its own: the province's queue holds every other test file's dossiers too.
    const [quiet = ''] = await reservedCommunes(t, 'dossier-list');
    const d = await buildDossier(employer, { applicantName: 'Công ty TNHH Nhận Hồ Sơ', unitCode: quiet });
    await attachAll(t, employer, d.id, UI_2026_DOCS);
    await actOk(employer, d.id, 'submit');
    const received = await actOk(province, d.id, 'accept');
    const row = (await list(province, '?q=nhan ho so')).items[0] as DossierListItemT;
    expect(row).toMatchObject({
      id: d.id,
      status: 'in_progress',
      receiptNo: received.receiptNo,
      step: { code: received.step?.code, level: received.step?.level },
      dueOn: received.step?.dueOn,
      daysLeft: received.step?.daysLeft,
      late: false,
      submittedOn: received.submittedOn,
      receivedOn: received.receivedOn,
    });
    // The queue's rows carry the same fields: no page has to load each dossier.
    const queue = (await province.get(`/api/dossiers/queue?view=mine&unitCode=${quiet}&limit=200`)).json() as {
      items: DossierListItemT[];
    };
    expect(queue.items.find((i) => i.id === d.id)).toMatchObject({ receiptNo: received.receiptNo, late: false });
  });

  it('pages newest first with a cursor, without repeating or skipping a dossier', async () => {
    const name = uniqueName('Công ty Trang');
    const made: number[] = [];
    for (let i = 0; i < 3; i++) made.push((await buildDossier(employer, { applicantName: name })).id);
    const q = `?q=${encodeURIComponent(name)}&pageSize=2`;
    const first = await list(employer, q);
    expect(first.total).toBe(3);
    const second = await list(employer, `${q}&cursor=${first.nextCursor}`);
    expect([...ids(first), ...ids(second)]).toEqual([...made].reverse());
    expect(second.nextCursor).toBeNull();
  });
});

describe('editing a draft (PUT /api/dossiers/:id)', () => {
  const body = (d: DossierT, over: Record<string, unknown> = {}) => ({
    version: d.version,
    unitCode: d.communeCode ?? d.provinceCode,
    applicantName: d.applicantName,
    payload: d.payload,
    ...over,
  });

  it('saves into the same dossier, checks the payload, refuses a stale version (409) and is audited, hidden from officers until submitted', async () => {
    const d = await buildDossier(employer, { applicantName: 'Công ty Bản Nháp' });
    const saved = await employer.put(
      `/api/dossiers/${d.id}`,
      body(d, { applicantName: 'Công ty TNHH Bản Nháp Mới', payload: buildApplication(ownId, { revenue: undefined }) }),
    );
    expect(saved.statusCode).toBe(400);
    const ok = await employer.put(`/api/dossiers/${d.id}`, body(d, { applicantName: 'Công ty TNHH Bản Nháp Mới' }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: d.id, status: 'draft', applicantName: 'Công ty TNHH Bản Nháp Mới' });
    expect((ok.json() as DossierT).version).toBe(d.version + 1);
    const stale = await employer.put(`/api/dossiers/${d.id}`, body(d));
    expect(stale.statusCode).toBe(409);
    expect(((await employer.get(`/api/dossiers/${d.id}`)).json() as DossierT).applicantName).toBe(
      'Công ty TNHH Bản Nháp Mới',
    );
    // The change log keeps the draft's entries from the officers, as the draft itself, until it is submitted.
    const logged = async () => {
      const res = await province.get(`/api/audit?entityType=dossier&entityId=${d.id}&count=exact`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { action: string }[]; total: number };
      return { actions: page.items.map((e) => e.action), total: page.total };
    };
    expect(await logged()).toEqual({ actions: [], total: 0 });
    const everything = (await province.get('/api/audit?entityType=dossier&pageSize=200')).json() as {
      items: { entityId: string }[];
    };
    expect(everything.items.map((e) => e.entityId)).not.toContain(String(d.id));
    await attachAll(t, employer, d.id, UI_2026_DOCS);
    await actOk(employer, d.id, 'submit');
    expect((await logged()).actions).toEqual(expect.arrayContaining(['dossier_create', 'dossier_update']));
  });

  it("answers another employer's draft like a missing one, and refuses a submitted dossier (409)", async () => {
    const d = await buildDossier(employer, { applicantName: 'Công ty Đã Nộp' });
    const foreign = await otherEmployer.put(`/api/dossiers/${d.id}`, body(d));
    const missing = await otherEmployer.put('/api/dossiers/2000000000', body(d));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe(missing.json().error.message);
    await attachAll(t, employer, d.id, UI_2026_DOCS);
    const submitted = await actOk(employer, d.id, 'submit');
    expect((await employer.put(`/api/dossiers/${d.id}`, body(submitted))).statusCode).toBe(409);
  });
});

describe('people named by full name', () => {
  it('names who filed and who acted by full name, with the username beside it', async () => {
    const d = await buildDossier(employer, { applicantName: 'Công ty Tên Người' });
    expect(d).toMatchObject({ createdByName: 'Người Kiểm Thử', createdByUsername: employerUsername });
    await attachAll(t, employer, d.id, UI_2026_DOCS);
    await actOk(employer, d.id, 'submit');
    const history = (await employer.get(`/api/dossiers/${d.id}/history`)).json() as { items: DossierEventT[] };
    expect(history.items[0]).toMatchObject({ actorName: 'Người Kiểm Thử', actorUsername: employerUsername });
    const files = (await employer.get(`/api/dossiers/${d.id}/attachments`)).json() as {
      items: { uploadedByName: string }[];
    };
    expect(files.items[0]?.uploadedByName).toBe('Người Kiểm Thử');
  });
});

describe('institutions for the plan picker (institutions.policy.ts, pick)', () => {
  it('lets an employer account pick by name, code and commune, but not read the register or edit it', async () => {
    const created = await province.post('/api/institutions', {
      code: uniqueName('GDNN'),
      name: 'Trường Trung cấp Nghề Bắc Sơn',
      typeCode: 'trung_cap',
      ownershipCode: 'public',
      licenceNumber: null,
      licenceDate: null,
      address: null,
      communeCode: LANG_SON.communeA,
      contactName: 'Phòng Đào tạo',
      phone: '0205 3870 333',
      email: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const inst = created.json() as { id: number; code: string; version: number };
    const picked = await employer.get('/api/institutions/options?q=trung cap nghe bac son');
    expect(picked.statusCode).toBe(200);
    expect(picked.json().items).toContainEqual({
      id: inst.id,
      code: inst.code,
      name: 'Trường Trung cấp Nghề Bắc Sơn',
      provinceCode: LANG_SON.province,
      communeCode: LANG_SON.communeA,
      communeName: LANG_SON.communeANAme,
    });
    expect((await employer.get(`/api/institutions/options?id=${inst.id}`)).json().items).toHaveLength(1);
    expect((await employer.get('/api/institutions')).statusCode).toBe(403);
    expect((await employer.get(`/api/institutions/${inst.id}`)).statusCode).toBe(403);
    const edit = await employer.put(`/api/institutions/${inst.id}`, { version: inst.version, name: 'Đổi tên' });
    expect([400, 403]).toContain(edit.statusCode);
    const full = (await province.get(`/api/institutions/${inst.id}`)).json();
    const { id: _i, version, provinceCode: _p, communeName: _c, typeName: _t, ownershipName: _o, ...fields } = full;
    expect((await employer.put(`/api/institutions/${inst.id}`, { ...fields, version })).statusCode).toBe(403);
  });
});
