import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntryT, EmployerT, ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerListRowNumber, writeEmployerList } from '../../../../e2e/fixtures/employer-list.mjs';
import { buildEmployer, buildTaxCode, LANG_SON } from '../../test/factories.ts';
import { buildUser, createTestApp, type Session, signIn, signInAs, type TestContext } from '../../test/harness.ts';
import { uploadRegister } from '../../test/uploads.ts';

let t: TestContext;
let officerA: Session;
let officerB: Session;
let province: Session;
const dir = mkdtempSync(join(tmpdir(), 'lmis-employers-'));

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  officerB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
});
afterAll(() => t.close());

const created = async (s: Session, body: object): Promise<EmployerT> => {
  const res = await s.post('/api/employers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as EmployerT;
};

/** Status and body without the request id (which differs on every call). */
const comparable = (res: LightMyRequestResponse) => {
  const { requestId: _id, ...error } = (res.json() as { error: { requestId?: string } }).error;
  return { status: res.statusCode, error };
};

/** An employer account linked by the province officer to `employerId`, signed in. */
async function employerAccount(employerId: number): Promise<Session> {
  const user = await buildUser(t, { role: 'employer', unitCode: LANG_SON.province });
  const linked = await province.post(`/api/employers/${employerId}/accounts`, { userId: user.id });
  expect(linked.statusCode, linked.body).toBe(200);
  return signIn(t, user.username);
}

describe('the tax code and its check digit (TT 105/2020/TT-BTC Art. 5)', () => {
  it('registers a 10-digit code and a 13-digit branch code, stored with the dash', async () => {
    const parent = await created(officerA, buildEmployer({ taxCode: buildTaxCode() }));
    expect(parent.taxCode).toMatch(/^\d{10}$/);
    const branch = await created(
      officerA,
      buildEmployer({ taxCode: `${parent.taxCode}002`, name: 'Chi nhánh Đồng Đăng' }),
    );
    expect(branch.taxCode).toBe(`${parent.taxCode}-002`);
  });

  it('refuses a code whose tenth digit is not the check digit, naming the field', async () => {
    const good = buildTaxCode();
    const bad = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;
    const res = await officerA.post('/api/employers', buildEmployer({ taxCode: bad }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'taxCode' })]);
    expect(res.json().error.message).toContain('chữ số kiểm tra');
  });
});

describe('duplicates', () => {
  it('refuses a registered tax code naming the existing employer to a user who may see it', async () => {
    const first = await created(officerA, buildEmployer({ name: 'Công ty TNHH Gạch men Hữu Nghị' }));
    const res = await province.post(
      '/api/employers',
      buildEmployer({ taxCode: first.taxCode, communeCode: LANG_SON.communeB }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      `Mã số thuế ${first.taxCode} đã được đăng ký: Công ty TNHH Gạch men Hữu Nghị`,
    );
  });

  it('answers a user who may not see it with the neutral words, never the name or the unit', async () => {
    const first = await created(officerA, buildEmployer({ name: 'Công ty TNHH Bí mật Tân Thanh' }));
    const res = await officerB.post(
      '/api/employers',
      buildEmployer({ taxCode: first.taxCode, communeCode: LANG_SON.communeB }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(`Mã số thuế ${first.taxCode} đã được đăng ký tại đơn vị khác`);
    expect(res.body).not.toContain('Tân Thanh');
    expect(res.body).not.toContain(LANG_SON.communeA);
  });
});

describe('scope', () => {
  it('shows a commune officer the employers of the commune, a province officer those of the province', async () => {
    const inA = await created(officerA, buildEmployer({ name: 'Công ty Phạm vi Xã A' }));
    const inB = await created(
      officerB,
      buildEmployer({ name: 'Công ty Phạm vi Xã B', communeCode: LANG_SON.communeB }),
    );
    const listA = (await officerA.get('/api/employers?q=pham vi xa&pageSize=200')).json() as { items: EmployerT[] };
    expect(listA.items.map((e) => e.id)).toEqual([inA.id]);
    const listP = (await province.get('/api/employers?q=pham vi xa&pageSize=200')).json() as { items: EmployerT[] };
    expect(listP.items.map((e) => e.id).sort()).toEqual([inA.id, inB.id].sort());
  });

  it('answers an employer of another commune exactly like one that does not exist (404, same body)', async () => {
    const inB = await created(officerB, buildEmployer({ communeCode: LANG_SON.communeB }));
    const other = await officerA.get(`/api/employers/${inB.id}`);
    const missing = await officerA.get('/api/employers/2000000000');
    expect(other.statusCode).toBe(404);
    expect(comparable(other)).toEqual(comparable(missing));
    const edit = await officerA.put(`/api/employers/${inB.id}`, {
      ...buildEmployer({ communeCode: LANG_SON.communeB }),
      version: inB.version,
    });
    expect(comparable(edit)).toEqual(comparable(missing));
  });

  it('lets an employer account see and edit only its own employer; another one is not found', async () => {
    const own = await created(officerA, buildEmployer({ name: 'Công ty TNHH Chính Chủ' }));
    const other = await created(officerA, buildEmployer({ name: 'Công ty TNHH Hàng Xóm' }));
    const account = await employerAccount(own.id);
    const me = (await account.get('/api/auth/me')).json();
    expect(me.user).toMatchObject({ employerId: own.id, unitCode: own.communeCode });
    expect(me.user.capabilities).toEqual(expect.arrayContaining(['employer:read', 'employer:update']));
    expect(me.user.capabilities).not.toContain('employer:create');

    const list = (await account.get('/api/employers?pageSize=200')).json() as { items: EmployerT[]; total: number };
    expect(list.items.map((e) => e.id)).toEqual([own.id]);
    expect(list.total).toBe(1);
    expect((await account.get(`/api/employers/${own.id}`)).statusCode).toBe(200);
    const seen = await account.get(`/api/employers/${other.id}`);
    expect(comparable(seen)).toEqual(comparable(await account.get('/api/employers/2000000000')));
    const edited = await account.put(`/api/employers/${own.id}`, {
      ...buildEmployer({ taxCode: own.taxCode }),
      name: own.name,
      employeeCount: 140,
      version: own.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as EmployerT).employeeCount).toBe(140);
    const foreign = await account.put(`/api/employers/${other.id}`, { ...buildEmployer(), version: other.version });
    expect(foreign.statusCode).toBe(404);
    expect((await account.post('/api/employers', buildEmployer())).statusCode).toBe(403);
  });

  it('lets only account managers link an account: a commune officer is refused', async () => {
    const e = await created(officerA, buildEmployer());
    const user = await buildUser(t, { role: 'employer', unitCode: LANG_SON.province });
    expect((await officerA.post(`/api/employers/${e.id}/accounts`, { userId: user.id })).statusCode).toBe(403);
    const officer = await buildUser(t, { role: 'commune_officer', unitCode: LANG_SON.communeA });
    const wrongRole = await province.post(`/api/employers/${e.id}/accounts`, { userId: officer.id });
    expect(wrongRole.statusCode).toBe(400);
  });
});

describe('search, versions and history', () => {
  it('finds an employer by its name without diacritics and by the start of its tax code', async () => {
    const e = await created(officerA, buildEmployer({ name: 'Công ty TNHH Chế biến Nông sản Đồng Đăng' }));
    const byName = (await officerA.get('/api/employers?q=nong san dong dang')).json() as { items: EmployerT[] };
    expect(byName.items.map((i) => i.id)).toContain(e.id);
    const byCode = (await officerA.get(`/api/employers?q=${e.taxCode.slice(0, 8)}`)).json() as { items: EmployerT[] };
    expect(byCode.items.map((i) => i.id)).toContain(e.id);
    const wrong = (await officerA.get('/api/employers?q=nong san huu lung')).json() as { items: EmployerT[] };
    expect(wrong.items.map((i) => i.id)).not.toContain(e.id);
  });

  it('refuses an update made on a stale version with 409 and keeps the newer data', async () => {
    const e = await created(officerA, buildEmployer());
    const body = { ...buildEmployer({ taxCode: e.taxCode }), version: e.version };
    expect((await officerA.put(`/api/employers/${e.id}`, { ...body, employeeCount: 200 })).statusCode).toBe(200);
    const stale = await officerA.put(`/api/employers/${e.id}`, { ...body, employeeCount: 5 });
    expect(stale.statusCode).toBe(409);
    expect(((await officerA.get(`/api/employers/${e.id}`)).json() as EmployerT).employeeCount).toBe(200);
  });

  it('audits creation and change, readable by the readers of the record and by its own employer account only', async () => {
    const e = await created(officerA, buildEmployer({ employeeCount: 10 }));
    await officerA.put(`/api/employers/${e.id}`, {
      ...buildEmployer({ taxCode: e.taxCode }),
      employeeCount: 11,
      version: e.version,
    });
    const history = async (s: Session, id: number) =>
      ((await s.get(`/api/audit?entityType=employer&entityId=${id}`)).json() as { items: AuditEntryT[] }).items ?? [];
    const entries = await history(officerA, e.id);
    expect(entries.map((x) => x.action).sort()).toEqual(['create', 'update']);
    expect(entries.find((x) => x.action === 'update')?.after).toMatchObject({ employeeCount: 11 });
    expect(await history(officerB, e.id)).toEqual([]);
    const account = await employerAccount(e.id);
    expect((await history(account, e.id)).length).toBe(2);
    const other = await created(officerA, buildEmployer());
    expect(await history(account, other.id)).toEqual([]);
  });
});

async function waitDone(s: Session, id: number): Promise<ImportStatusT> {
  for (let i = 0; i < 600; i++) {
    const status = (await s.get(`/api/employer-imports/${id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return status;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}

async function importList(s: Session, path: string) {
  const res = await uploadRegister(t, s, path, {}, '/api/employer-imports');
  expect(res.statusCode, res.body).toBe(201);
  const preview = res.json() as ImportPreviewT;
  const run = await s.post(`/api/employer-imports/${preview.import.id}/run`, {});
  expect(run.statusCode, run.body).toBe(202);
  return { preview, status: await waitDone(s, preview.import.id) };
}

describe('importing a commune list of employers', () => {
  const codes = {
    garment: buildTaxCode(),
    cementBranch: buildTaxCode({ branch: true }),
    cooperative: buildTaxCode(),
    transport: buildTaxCode(),
    badCheckDigit: '',
  };
  codes.badCheckDigit = `${codes.garment.slice(0, 9)}${(Number(codes.garment[9]) + 1) % 10}`;
  const path = join(dir, 'danh-sach-doanh-nghiep.xlsx');

  it('lands the rows under old commune names with their district, a branch code, and reports a bad check digit by row', async () => {
    await writeEmployerList(path, codes);
    const { preview, status } = await importList(officerA, path);
    expect(status).toMatchObject({ status: 'done', inserted: 4, failed: 1 });
    const res = await officerA.get(`/api/employer-imports/${preview.import.id}/errors.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1, 3));
    });
    expect(rows).toEqual([[employerListRowNumber(5), expect.stringContaining('chữ số kiểm tra')]]);

    const list = (await officerA.get('/api/employers?q=yen trach')).json() as { items: EmployerT[] };
    expect(list.items[0]).toMatchObject({
      taxCode: codes.cooperative,
      communeCode: LANG_SON.communeA,
      sourceUnit: expect.stringContaining('Yên Trạch'),
      legalFormCode: '08',
      vsicSectionCode: 'A',
      uiParticipation: false,
    });
    const branch = (await officerA.get(`/api/employers?q=${codes.cementBranch.slice(0, 10)}`)).json() as {
      items: EmployerT[];
    };
    expect(branch.items[0]).toMatchObject({ taxCode: codes.cementBranch, employeeCount: 85, uiSince: '2019-07-01' });
  });

  it('changes nothing when the same file is imported again', async () => {
    // Counted per imported employer: other test files add employers to the same commune meanwhile.
    const imported = [codes.garment, codes.cementBranch, codes.cooperative, codes.transport];
    const changeCounts = async () => {
      const counts: number[] = [];
      for (const taxCode of imported) {
        const found = (await officerA.get(`/api/employers?q=${encodeURIComponent(taxCode)}`)).json() as {
          items: EmployerT[];
        };
        const id = found.items.find((e) => e.taxCode === taxCode)?.id;
        expect(id, taxCode).toBeDefined();
        const log = await officerA.get(`/api/audit?entityType=employer&entityId=${id}&pageSize=1`);
        counts.push((log.json() as { total: number }).total);
      }
      return counts;
    };
    const before = await changeCounts();
    expect(before.every((n) => n > 0)).toBe(true);
    const { status } = await importList(officerA, path);
    expect(status).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 4, failed: 1 });
    expect(await changeCounts()).toEqual(before);
  });

  it('offers a template with the recognised headers', async () => {
    const res = await officerA.get('/api/employer-imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = ((workbook.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Mã số thuế', 'Tên người sử dụng lao động', 'Xã/phường']));
  });

  it('refuses the import to roles without employer:import (a leader)', async () => {
    const viewer = (await signInAs(t, { role: 'viewer', unitCode: LANG_SON.province })).session;
    expect((await uploadRegister(t, viewer, path, {}, '/api/employer-imports')).statusCode).toBe(403);
  });
});

describe('export', () => {
  it('exports the commune list as CSV with the declared headers, catalogues by name, and audits it', async () => {
    const e = await created(
      officerA,
      buildEmployer({ name: 'Công ty TNHH Xuất Khẩu Mẫu', legalFormCode: '04', vsicSectionCode: 'F' }),
    );
    const res = await officerA.get('/api/employers/export.csv?q=xuat khau mau');
    expect(res.statusCode, res.body).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Mã số thuế');
    expect(lines[0]).toContain('Tên doanh nghiệp');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(e.taxCode);
    expect(lines[1]).toContain('Công ty cổ phần');
    expect(lines[1]).toContain('Xây dựng');
    expect(lines[1]).toContain(LANG_SON.communeANAme);
    const audit = (await officerA.get('/api/audit?entityType=employer_list')).json() as { items: AuditEntryT[] };
    expect(audit.items[0]).toMatchObject({ action: 'export', entityId: 'csv' });
  });

  it('exports .xlsx that the import reads back unchanged', async () => {
    const res = await officerA.get('/api/employers/export.xlsx?q=xuat khau mau');
    expect(res.statusCode).toBe(200);
    const file = join(dir, 'xuat.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, res.rawPayload);
    const { status } = await importList(officerA, file);
    expect(status).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 1, failed: 0 });
  });
});
