import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditEntryT,
  type ImportPreviewT,
  type ImportStatusT,
  type PovertyReviewT,
  ROLES,
  type Role,
  type WorkerT,
} from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmployer, buildWorker } from '../../test/factories.ts';
import {
  createTestApp,
  reservedCommunes,
  type Session,
  signInAs,
  type TestContext,
  uniqueName,
} from '../../test/harness.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { importRegister, uploadRegister } from '../../test/uploads.ts';
import {
  actOk,
  attachAll,
  buildDossier,
  buildEmployerRecord,
  filesFor,
  UI_2026_DOCS,
} from '../dossiers/dossier-test-helpers.ts';

/**
 * Who may read which change-log entries: exactly those who may read the record. This table is the rule the test
 * holds the server to, written out independently of the policies (workers.policy, households.policy, users.policy).
 */
const READERS: Record<string, readonly Role[]> = {
  worker: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  worker_import: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  worker_list: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  household: ['system_admin', 'province_officer', 'commune_officer', 'viewer'],
  poverty_review: ['system_admin', 'province_officer', 'commune_officer', 'viewer'],
  household_import: ['system_admin', 'province_officer', 'commune_officer', 'viewer'],
  user: ['system_admin', 'province_officer'],
  person: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  person_transfer: ['system_admin', 'province_officer', 'commune_officer'],
  calendar_day: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  calendar_year: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  dossier: ['system_admin', 'province_officer', 'commune_officer'],
  api_token: ['system_admin'],
  // The employer account reader is linked to the employer of commune X: it reads that employer's history only.
  employer: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer', 'employer'],
  employer_import: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  employer_list: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  institution: ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
};
/** Types readable nation-wide (the working-day calendar is the same for every unit). */
const NATIONAL_TYPES = new Set(['calendar_day', 'calendar_year']);
const ALL_ROLES = Object.keys(ROLES) as Role[];

type Paged = { items: AuditEntryT[]; total: number };

let t: TestContext;
let communeX = '';
let communeY = '';
/** A third commune of the province, holding a person that commune X asks to take over. */
let communeZ = '';
/** One reader of every role whose scope covers commune X: national, province 20, or commune X itself. */
const readers = new Map<Role, Session>();
/** Per audited type: the history queries about records in commune X and the entry ids each must show. */
const cases: { type: string; entityId: string; ids: number[]; bulk?: boolean }[] = [];

const canReadSome = (role: Role) => Object.values(READERS).some((roles) => roles.includes(role));

/** The change log as the reader sees it; a role that may read no audited type is refused it outright (403). */
const audit = async (s: Session, query: string): Promise<Paged> => {
  const res = await s.get(`/api/audit?${query}`);
  if (res.statusCode === 403) {
    expect(res.json().error.code).toBe('FORBIDDEN');
    return { items: [], total: 0 };
  }
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Paged;
};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-audit-access-'));
  t = await createTestApp({ DATA_DIR: dir });
  [communeX = '', communeY = '', communeZ = ''] = await reservedCommunes(t, 'audit-access');
  let employerAccountId = 0;
  for (const role of ALL_ROLES) {
    const unitCode = role === 'system_admin' ? null : role === 'commune_officer' ? communeX : '20';
    const { user, session } = await signInAs(t, { role, unitCode });
    readers.set(role, session);
    if (role === 'employer') employerAccountId = user.id;
  }
  const admin = readers.get('system_admin') as Session;
  const officer = readers.get('commune_officer') as Session;

  // worker: one registered by hand, then changed (an entry with before and after images)
  const input = buildWorker({ communeCode: communeX });
  const created = await officer.post('/api/workers', input);
  expect(created.statusCode, created.body).toBe(201);
  const changed = await officer.put(`/api/workers/${input.personId}`, {
    ...input,
    version: (created.json() as WorkerT).version,
    phone: '0912345678',
  });
  expect(changed.statusCode, changed.body).toBe(200);

  // worker (bulk) and worker_import: an import that creates three people shares one bulk entry
  const file = join(dir, 'register.csv');
  const people = buildPeople(3, 9);
  writeRegisterCsv(file, people);
  const { preview, status } = await importRegister(t, officer, file);
  expect(status).toMatchObject({ status: 'done', inserted: 3 });

  // worker_list: an export of the commune's list
  expect((await officer.get('/api/workers/export.csv')).statusCode).toBe(200);

  // household and poverty_review
  const household = await officer.post('/api/households', {
    householdCode: uniqueName('HO'),
    headName: 'Lộc Văn Tài',
    communeCode: communeX,
    areaType: 'rural',
    registeredOn: '2020-01-01',
  });
  expect(household.statusCode, household.body).toBe(201);
  const householdId = household.json().household.id as number;
  const review = await t.app.inject({
    method: 'PUT',
    url: `/api/households/${householdId}/reviews/2025`,
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf },
    payload: { incomePerCapitaVnd: 1_200_000, memberCount: 4, deprivations: ['01'], reviewedOn: '2025-10-01' },
  });
  expect(review.statusCode, review.body).toBe(201);

  // api_token: a token for commune X's data, created and revoked by the administrator
  const token = await admin.post('/api/api-tokens', {
    name: uniqueName('Kho dữ liệu'),
    role: 'viewer',
    unitCode: communeX,
    expiresInDays: 30,
  });
  expect(token.statusCode, token.body).toBe(201);
  const tokenId = String(token.json().token.id);
  expect((await admin.post(`/api/api-tokens/${tokenId}/revoke`, {})).statusCode).toBe(200);

  // dossier: a training-support dossier of an applicant in commune X, received by the province's desk
  const provinceOfficer = readers.get('province_officer') as Session;
  filesFor(provinceOfficer, await buildEmployerRecord(provinceOfficer, uniqueName('Công ty TNHH Hồ sơ')));
  const dossier = await buildDossier(provinceOfficer, { unitCode: communeX });
  // Submitted: a draft's entries are its author's alone (dossier-list.test.ts).
  await attachAll(t, provinceOfficer, dossier.id, UI_2026_DOCS);
  await actOk(provinceOfficer, dossier.id, 'submit');

  // household_import: a household list imported into commune X
  const list = join(dir, 'ho-ngheo.csv');
  writeFileSync(
    list,
    `Mã hộ,Họ và tên chủ hộ,Xã/phường,Khu vực\n${uniqueName('HN')},Lương Văn Hợp,${communeX},Nông thôn\n`,
  );
  const listUpload = await uploadRegister(t, officer, list, {}, '/api/household-imports');
  expect(listUpload.statusCode, listUpload.body).toBe(201);
  const listId = (listUpload.json() as ImportPreviewT).import.id;
  expect((await officer.post(`/api/household-imports/${listId}/run`, {})).statusCode).toBe(202);
  for (let i = 0; i < 600; i++) {
    const st = (await officer.get(`/api/household-imports/${listId}`)).json() as ImportStatusT;
    if (st.status === 'done') break;
    expect(['queued', 'running']).toContain(st.status);
    await new Promise((ok) => setTimeout(ok, 100));
  }

  // user: an account of commune X, created by the administrator
  const account = await admin.post('/api/users', {
    username: uniqueName('xa'),
    fullName: 'Cán Bộ Xã',
    role: 'commune_officer',
    unitCode: communeX,
    password: 'Passw0rd-long',
  });
  expect(account.statusCode, account.body).toBe(201);

  // person_transfer and person: commune X asks for a person registered in commune Z; Z accepts, the person moves.
  const officerZ = (await signInAs(t, { role: 'commune_officer', unitCode: communeZ })).session;
  const mover = buildWorker({ communeCode: communeZ });
  expect((await officerZ.post('/api/workers', mover)).statusCode).toBe(201);
  const asked = await officer.post('/api/people/transfers', { personId: mover.personId, note: 'Chuyển nơi ở' });
  expect(asked.statusCode, asked.body).toBe(201);
  const transferId = String(asked.json().id);
  const accepted = await officerZ.post(`/api/people/transfers/${transferId}/decision`, { decision: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);

  // calendar_day and calendar_year: corrections that leave the calendar as it was (a Sunday marked off, then cleared;
  // 2027 confirmed as still provisional), so that no other test's working days move.
  const day = await admin.put('/api/calendar/days/2027-12-26', {
    kind: 'day_off',
    nameVi: 'Chủ nhật',
    nameEn: 'Sunday',
    legalBasis: 'Bộ luật Lao động 2019, Điều 111',
  });
  expect(day.statusCode, day.body).toBe(200);
  const cleared = await t.app.inject({
    method: 'DELETE',
    url: '/api/calendar/days/2027-12-26',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
  });
  expect(cleared.statusCode, cleared.body).toBe(200);
  const year = await admin.put('/api/calendar/years/2027', { status: 'provisional', notice: 'Chưa có thông báo' });
  expect(year.statusCode, year.body).toBe(200);

  // employer, employer_import and employer_list: one registered by hand and changed, a list imported, an export;
  // the employer account reader is linked to the one registered by hand.
  const employerInput = buildEmployer({ communeCode: communeX });
  const employer = await officer.post('/api/employers', employerInput);
  expect(employer.statusCode, employer.body).toBe(201);
  const employerId = String(employer.json().id);
  const employerChanged = await officer.put(`/api/employers/${employerId}`, {
    ...employerInput,
    employeeCount: 77,
    version: employer.json().version,
  });
  expect(employerChanged.statusCode, employerChanged.body).toBe(200);
  const linked = await admin.post(`/api/employers/${employerId}/accounts`, { userId: employerAccountId });
  expect(linked.statusCode, linked.body).toBe(200);
  const employerList = join(dir, 'doanh-nghiep.csv');
  writeFileSync(
    employerList,
    `Mã số thuế,Tên doanh nghiệp,Xã/phường\n${buildEmployer().taxCode},Công ty TNHH Nhật Ký,${communeX}\n`,
  );
  const employerUpload = await uploadRegister(t, officer, employerList, {}, '/api/employer-imports');
  expect(employerUpload.statusCode, employerUpload.body).toBe(201);
  const employerImportId = (employerUpload.json() as ImportPreviewT).import.id;
  expect((await officer.post(`/api/employer-imports/${employerImportId}/run`, {})).statusCode).toBe(202);
  for (let i = 0; i < 600; i++) {
    const st = (await officer.get(`/api/employer-imports/${employerImportId}`)).json() as ImportStatusT;
    if (st.status === 'done') break;
    expect(['queued', 'running']).toContain(st.status);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  expect((await officer.get('/api/employers/export.csv')).statusCode).toBe(200);

  // institution: one in commune X, registered by the administrator
  const institution = await admin.post('/api/institutions', {
    code: uniqueName('GDNN'),
    name: 'Trung tâm GDNN Nhật Ký',
    typeCode: 'ttgdnn',
    ownershipCode: 'public',
    communeCode: communeX,
  });
  expect(institution.statusCode, institution.body).toBe(201);
  const institutionId = String(institution.json().id);

  // The administrator reads everything: the ids each history must show.
  const idsOf = async (type: string, entityId: string) =>
    (await audit(admin, `entityType=${type}&entityId=${entityId}`)).items.map((e) => e.id);
  /**
   * A transfer is logged once in each unit's log: commune X reads its own side only, commune Z the other side,
   * and together they are everything the administrator reads.
   */
  const sideOf = async (type: string, entityId: string) => {
    const query = `entityType=${type}&entityId=${entityId}`;
    const all = await idsOf(type, entityId);
    const x = (await audit(officer, query)).items.map((e) => e.id);
    const z = (await audit(officerZ, query)).items.map((e) => e.id);
    expect(x.length, `${type}: commune X's side`).toBeGreaterThan(0);
    expect(z.length, `${type}: commune Z's side`).toBeGreaterThan(0);
    expect(
      x.filter((id) => z.includes(id)),
      `${type}: one side each`,
    ).toEqual([]);
    expect([...x, ...z].sort()).toEqual([...all].sort());
    return x;
  };
  const bulkMember = String(people[1]?.id);
  const exportEntries = (await audit(officer, 'entityType=worker_list')).items.filter((e) => e.entityId === 'csv');
  cases.push(
    { type: 'worker', entityId: input.personId, ids: await idsOf('worker', input.personId) },
    { type: 'worker', entityId: bulkMember, ids: await idsOf('worker', bulkMember), bulk: true },
    {
      type: 'worker_import',
      entityId: String(preview.import.id),
      ids: await idsOf('worker_import', String(preview.import.id)),
    },
    { type: 'worker_list', entityId: 'csv', ids: exportEntries.map((e) => e.id) },
    { type: 'household', entityId: String(householdId), ids: await idsOf('household', String(householdId)) },
    {
      type: 'poverty_review',
      entityId: String((review.json() as PovertyReviewT).id),
      ids: await idsOf('poverty_review', String((review.json() as PovertyReviewT).id)),
    },
    { type: 'household_import', entityId: String(listId), ids: await idsOf('household_import', String(listId)) },
    { type: 'user', entityId: String(account.json().id), ids: await idsOf('user', String(account.json().id)) },
    { type: 'api_token', entityId: tokenId, ids: await idsOf('api_token', tokenId) },
    { type: 'dossier', entityId: String(dossier.id), ids: await idsOf('dossier', String(dossier.id)) },
    { type: 'person_transfer', entityId: transferId, ids: await sideOf('person_transfer', transferId) },
    { type: 'person', entityId: mover.personId, ids: await sideOf('person', mover.personId) },
    { type: 'calendar_day', entityId: '2027-12-26', ids: await idsOf('calendar_day', '2027-12-26') },
    { type: 'calendar_year', entityId: '2027', ids: await idsOf('calendar_year', '2027') },
    { type: 'employer', entityId: employerId, ids: await idsOf('employer', employerId) },
    {
      type: 'employer_import',
      entityId: String(employerImportId),
      ids: await idsOf('employer_import', String(employerImportId)),
    },
    {
      type: 'employer_list',
      entityId: 'csv',
      ids: (await audit(officer, 'entityType=employer_list')).items
        .filter((e) => e.entityId === 'csv')
        .map((e) => e.id),
    },
    { type: 'institution', entityId: institutionId, ids: await idsOf('institution', institutionId) },
  );
});
afterAll(async () => {
  await t.close();
});

describe('change log: every role × every audited entity type', () => {
  it('has an entry of every audited type to read, the bulk import entry included', () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(Object.keys(READERS)));
    for (const c of cases) expect(c.ids.length, `${c.type} ${c.entityId}`).toBeGreaterThan(0);
    const bulk = cases.find((c) => c.bulk);
    expect(bulk?.ids).toHaveLength(1);
  });

  for (const role of ALL_ROLES) {
    for (const type of Object.keys(READERS)) {
      const allowed = READERS[type]?.includes(role) ?? false;
      it(`${allowed ? 'shows' : 'hides'} ${type} entries ${allowed ? 'to' : 'from'} ${role}: record history and list`, async () => {
        const s = readers.get(role) as Session;
        for (const c of cases.filter((k) => k.type === type)) {
          const history = await audit(s, `entityType=${type}&entityId=${encodeURIComponent(c.entityId)}&pageSize=200`);
          if (allowed) {
            expect(history.items.map((e) => e.id)).toEqual(expect.arrayContaining(c.ids));
            expect(history.total).toBe(history.items.length);
            if (c.bulk) expect(history.items.find((e) => e.entityId === null)?.entityCount).toBe(3);
          } else {
            expect(history).toMatchObject({ items: [], total: 0 });
          }
        }
        const list = await audit(s, `entityType=${type}&pageSize=200`);
        if (allowed) expect(list.total).toBeGreaterThan(0);
        else expect(list).toMatchObject({ items: [], total: 0 });
      });
    }

    it(`lists for ${role} only entries of the types the role may read, counted and paged in the query`, async () => {
      const s = readers.get(role) as Session;
      const readable = new Set(Object.keys(READERS).filter((type) => READERS[type]?.includes(role)));
      const first = await audit(s, 'pageSize=200');
      expect(first.items.every((e) => readable.has(e.entityType))).toBe(true);
      if (readable.size === 0) {
        expect(canReadSome(role)).toBe(false);
        expect((await s.get('/api/audit')).statusCode).toBe(403);
      }
      // Pages are full until the last: the filter runs before paging, never after.
      const p1 = await audit(s, 'pageSize=2&page=1');
      if (p1.total >= 2) expect(p1.items).toHaveLength(2);
    });
  }

  it('shows before and after images of a change to whoever may read the record', async () => {
    const c = cases.find((k) => k.type === 'worker' && !k.bulk);
    const history = await audit(readers.get('viewer') as Session, `entityType=worker&entityId=${c?.entityId}`);
    const update = history.items.find((e) => e.action === 'update');
    expect(update?.before).toMatchObject({ phone: null });
    expect(update?.after).toMatchObject({ phone: '0912345678' });
  });

  it("counts a commune officer's whole change log exactly, page by page", async () => {
    const s = readers.get('commune_officer') as Session;
    const seen: AuditEntryT[] = [];
    const { total } = await audit(s, 'pageSize=3');
    for (let page = 1; (page - 1) * 3 < total; page++) seen.push(...(await audit(s, `pageSize=3&page=${page}`)).items);
    expect(seen).toHaveLength(total);
    const readable = Object.keys(READERS).filter((type) => READERS[type]?.includes('commune_officer'));
    expect(seen.every((e) => readable.includes(e.entityType))).toBe(true);
    const expected = cases.filter((c) => readable.includes(c.type)).flatMap((c) => c.ids);
    expect(seen.map((e) => e.id)).toEqual(expect.arrayContaining(expected));
  });

  it("shows nothing of commune X's records to readers of another commune or province", async () => {
    const others = [
      (await signInAs(t, { role: 'commune_officer', unitCode: communeY })).session,
      (await signInAs(t, { role: 'province_officer', unitCode: '91' })).session,
      (await signInAs(t, { role: 'viewer', unitCode: '91' })).session,
    ];
    for (const s of others) {
      for (const c of cases.filter((k) => !NATIONAL_TYPES.has(k.type))) {
        const history = await audit(s, `entityType=${c.type}&entityId=${encodeURIComponent(c.entityId)}`);
        expect(
          history.items.some((e) => c.ids.includes(e.id)),
          `${c.type} ${c.entityId}`,
        ).toBe(false);
      }
    }
  });
});
