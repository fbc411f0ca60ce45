import type { WorkerStatsT, WorkerT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersonId, buildWorker, LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { mapHeaders } from './worker-fields.ts';

let t: TestContext;
let officerA: Session;
let officerB: Session;
let province: Session;

beforeAll(async () => {
  t = await createTestApp();
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  officerB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
});
afterAll(() => t.close());

describe('worker register: create and validate', () => {
  it('registers a worker and reads it back with the commune name', async () => {
    const input = buildWorker();
    const res = await officerA.post('/api/workers', input);
    expect(res.statusCode).toBe(201);
    const read = (await officerA.get(`/api/workers/${input.personId}`)).json() as WorkerT;
    expect(read).toMatchObject({
      personId: input.personId,
      fullName: 'Hoàng Thị Thu Hà',
      sex: 'female',
      communeName: LANG_SON.communeANAme,
      version: 1,
    });
  });

  it('carries a field declared once (the optional email) through the API, the change log, the export and the import mapping', async () => {
    const input = { ...buildWorker(), email: 'thuha.lang.son@example.vn' };
    const res = await officerA.post('/api/workers', input);
    expect(res.statusCode, res.body).toBe(201);
    expect((await officerA.get(`/api/workers/${input.personId}`)).json()).toMatchObject({ email: input.email });
    const history = (await officerA.get(`/api/audit?entityType=worker&entityId=${input.personId}`)).json() as {
      items: { after: Record<string, unknown> }[];
    };
    expect(history.items[0]?.after.email).toBe(input.email);
    const csv = await officerA.get(`/api/workers/export.csv?unitCode=${LANG_SON.communeA}`);
    expect(csv.statusCode).toBe(200);
    const [header, ...lines] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    const column = (header ?? '').split(',').indexOf('Thư điện tử');
    expect(column).toBeGreaterThan(0);
    expect(lines.find((l) => l.includes(input.personId))?.split(',')[column]).toBe(input.email);
    expect(mapHeaders(['Số định danh cá nhân', 'Họ và tên', 'Địa chỉ email']).email).toBe(2);
  });

  it('accepts catalogue names and dd/mm/yyyy dates as well as codes', async () => {
    const input = buildWorker({
      birthDate: '15/03/1992',
      sex: 'Nữ',
      ethnicityCode: 'Tày',
      qualificationCode: 'Trung cấp',
    });
    input.personId = buildPersonId({ sex: 'female', birthYear: 1992 });
    const res = await officerA.post('/api/workers', input);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      birthDate: '1992-03-15',
      sex: 'female',
      ethnicityCode: '02',
      qualificationCode: '03',
    });
  });

  it('reads the wordings officials write for a catalogue entry (synonym list in the reference data)', async () => {
    const input = buildWorker({
      qualificationCode: 'Không có trình độ CMKT',
      generalEducationCode: 'THPT',
      statusInEmploymentCode: 'Làm thuê',
    });
    const res = await officerA.post('/api/workers', input);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      qualificationCode: '00',
      generalEducationCode: '4',
      statusInEmploymentCode: '4',
    });
  });

  it('reports each invalid field by its contract name, with Vietnamese and English reasons', async () => {
    const res = await officerA.post('/api/workers', {
      ...buildWorker(),
      personId: '099190123456',
      birthDate: '31/02/1990',
      sex: 'X',
      ethnicityCode: 'Không rõ',
      phone: '12345',
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { field: string; message: string; messageEn: string }[];
    expect(details.map(({ field, message }) => ({ field, message }))).toEqual(
      expect.arrayContaining([
        { field: 'birthDate', message: '31/02/1990 không có ngày này' },
        { field: 'sex', message: '"X" không hợp lệ (Nam/Nữ)' },
        { field: 'personId', message: 'mã tỉnh nơi đăng ký khai sinh "099" không tồn tại' },
        { field: 'ethnicityCode', message: '"Không rõ" không có trong danh mục' },
        { field: 'phone', message: '"12345" không hợp lệ' },
      ]),
    );
    expect(details.every((d) => d.messageEn.length > 0)).toBe(true);
    // The summary still names each field in words.
    expect(res.json().error.message).toContain('Ngày sinh: 31/02/1990 không có ngày này');
  });

  it('refuses someone under 15 in the collection round (TT 01/2022 Art. 6)', async () => {
    const input = buildWorker({ birthDate: '2013-01-01', roundYear: 2026 });
    input.personId = buildPersonId({ sex: 'female', birthYear: 2013 });
    const res = await officerA.post('/api/workers', input);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('chưa đủ 15 tuổi');
  });

  it('refuses a duplicate personal ID without naming the commune that holds it', async () => {
    const input = buildWorker();
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    const again = await province.post('/api/workers', { ...input, communeCode: LANG_SON.communeB });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(`Số định danh cá nhân ${input.personId} đã có trong sổ lao động`);
    // Another commune gets the registry's neutral answer, which names no unit and offers a transfer request.
    const elsewhere = await officerB.post('/api/workers', { ...input, communeCode: LANG_SON.communeB });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.message).toBe(
      `Số định danh cá nhân ${input.personId} đã được đăng ký tại đơn vị khác`,
    );
    expect(JSON.stringify(elsewhere.json())).not.toContain(LANG_SON.communeA);
    expect(JSON.stringify(elsewhere.json())).not.toContain(LANG_SON.communeANAme);
    expect(elsewhere.json().error.details).toMatchObject({ personId: input.personId, transferable: true });
  });

  it('refuses an edit from a stale version, and audits the accepted one with before/after', async () => {
    const input = buildWorker();
    await officerA.post('/api/workers', input);
    const ok = await officerA.put(`/api/workers/${input.personId}`, {
      ...input,
      version: 1,
      employmentStatus: '2',
      unemploymentDurationCode: '1',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await officerA.put(`/api/workers/${input.personId}`, { ...input, version: 1, employmentStatus: '3' });
    expect(stale.statusCode).toBe(409);
    const history = (await officerA.get(`/api/audit?entityType=worker&entityId=${input.personId}`)).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect(history.items[0].before.employmentStatus).toBe('1');
    expect(history.items[0].after.employmentStatus).toBe('2');
  });

  it('keeps the earlier round as a snapshot when a later round updates the person', async () => {
    const input = buildWorker({ roundYear: 2025 });
    await officerA.post('/api/workers', input);
    const res = await officerA.put(`/api/workers/${input.personId}`, {
      ...input,
      version: 1,
      roundYear: 2026,
      qualificationCode: '04',
    });
    expect(res.statusCode).toBe(200);
    const { rows } = await t.database.pool.query(
      'SELECT round_year, qualification_code FROM worker_snapshot WHERE person_id = $1',
      [input.personId],
    );
    expect(rows).toEqual([{ round_year: 2025, qualification_code: '03' }]);
  });
});

describe('worker register: unit scope', () => {
  it('a commune officer cannot read, list, change or add workers of another commune', async () => {
    const input = buildWorker({ communeCode: LANG_SON.communeB });
    expect((await officerB.post('/api/workers', input)).statusCode).toBe(201);
    expect((await officerA.get(`/api/workers/${input.personId}`)).statusCode).toBe(404);
    expect((await officerA.get(`/api/workers?unitCode=${LANG_SON.communeB}`)).statusCode).toBe(403);
    expect((await officerA.put(`/api/workers/${input.personId}`, { ...input, version: 1 })).statusCode).toBe(404);
    expect((await officerA.post('/api/workers', buildWorker({ communeCode: LANG_SON.communeB }))).statusCode).toBe(403);
    const mine = (await officerA.get('/api/workers?pageSize=500')).json();
    expect(mine.items.every((w: WorkerT) => w.communeCode === LANG_SON.communeA)).toBe(true);
    expect(mine.items.some((w: WorkerT) => w.personId === input.personId)).toBe(false);
  });

  it('a province officer lists every commune of the province', async () => {
    for (const commune of [LANG_SON.communeA, LANG_SON.communeB]) {
      const list = (await province.get(`/api/workers?unitCode=${commune}`)).json();
      expect(list.total).toBeGreaterThan(0);
      expect(list.items.every((w: WorkerT) => w.communeCode === commune)).toBe(true);
    }
    const all = (await province.get(`/api/workers?unitCode=${LANG_SON.province}&pageSize=500`)).json();
    expect(all.items.every((w: WorkerT) => w.provinceCode === LANG_SON.province)).toBe(true);
  });

  it('refuses the register to an employer account', async () => {
    const { session } = await signInAs(t, { role: 'employer', unitCode: LANG_SON.province });
    expect((await session.get('/api/workers')).statusCode).toBe(403);
  });
});

describe('worker register: search and statistics', () => {
  it('finds "Nguyễn Văn Hùng" from "nguyen van hung", NFC or NFD, and ranks exact diacritics first', async () => {
    const hung = buildWorker({ fullName: 'Nguyễn Văn Hùng', sex: 'male', birthDate: '1985-07-07' });
    hung.personId = buildPersonId({ sex: 'male', birthYear: 1985 });
    const hung2 = { ...hung, fullName: 'Nguyễn Văn Hưng', personId: buildPersonId({ sex: 'male', birthYear: 1985 }) };
    await officerA.post('/api/workers', hung);
    await officerA.post('/api/workers', hung2);
    const plain = (await officerA.get('/api/workers?q=nguyen%20van%20hung')).json();
    expect(plain.items.map((w: WorkerT) => w.personId)).toEqual(
      expect.arrayContaining([hung.personId, hung2.personId]),
    );
    // Typed from the middle of the name: no name starts that way, so the search looks inside names.
    const middle = (await officerA.get('/api/workers?q=van%20hung')).json();
    expect(middle.items.map((w: WorkerT) => w.personId)).toEqual(
      expect.arrayContaining([hung.personId, hung2.personId]),
    );
    const nfd = (await officerA.get(`/api/workers?q=${encodeURIComponent('Nguyễn Văn Hùng'.normalize('NFD'))}`)).json();
    expect(nfd.items[0].personId).toBe(hung.personId);
  });

  it('lists names in Vietnamese order of given name (An < Ánh < Ân < Bình)', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: '06001' });
    for (const fullName of ['Lê Thị Bình', 'Trần Thị Ân', 'Phạm Thị An', 'Đỗ Thị Ánh']) {
      const res = await session.post('/api/workers', buildWorker({ fullName, communeCode: '06001' }));
      expect(res.statusCode).toBe(201);
    }
    const list = (await session.get('/api/workers?sort=name')).json();
    expect(list.items.map((w: WorkerT) => w.fullName)).toEqual([
      'Phạm Thị An',
      'Đỗ Thị Ánh',
      'Trần Thị Ân',
      'Lê Thị Bình',
    ]);
  });

  it('computes labour force, unemployment and trained shares for a commune and round', async () => {
    const unit = '06004';
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: unit });
    const people = [
      { employmentStatus: '1', qualificationCode: '00' },
      { employmentStatus: '1', qualificationCode: '01' },
      { employmentStatus: '1', qualificationCode: '05' },
      { employmentStatus: '2', qualificationCode: '03', unemploymentDurationCode: '1' },
      { employmentStatus: '3', qualificationCode: '05', inactivityReasonCode: '1' },
    ];
    for (const p of people)
      expect(
        (await session.post('/api/workers', buildWorker({ ...p, communeCode: unit, roundYear: 2026 }))).statusCode,
      ).toBe(201);
    const stats = (await session.get('/api/workers/stats?roundYear=2026')).json() as WorkerStatsT;
    expect(stats.totals).toMatchObject({
      total: 5,
      employed: 3,
      unemployed: 1,
      inactive: 1,
      labourForce: 4,
      trained: 3,
      certified: 2,
    });
    expect(stats.totals.trainedShare).toBe(75);
    expect(stats.totals.certifiedShare).toBe(50);
    expect(stats.totals.unemploymentRate).toBe(25);
    expect(stats.rounds).toEqual([2026]);
  });
});
