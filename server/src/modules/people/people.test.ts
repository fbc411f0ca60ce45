import type { HouseholdDetailT, PersonT, PersonTransferT, WorkerT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildPersonId, buildWorker, LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let officerA: Session;
let officerB: Session;
let province: Session;
let otherProvince: Session;

beforeAll(async () => {
  t = await createTestApp();
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  officerB = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB })).session;
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
  otherProvince = (await signInAs(t, { role: 'province_officer', unitCode: '01' })).session;
});
afterAll(() => t.close());

/** The error body without its request id (which differs per request). */
const body = (res: { json(): { error: Record<string, unknown> } }) => {
  const { requestId: _r, ...error } = res.json().error;
  return error;
};

const q = async <T>(text: string, params: unknown[] = []) => (await t.database.pool.query(text, params)).rows as T[];

/**
 * worker_stat of a commune and round against a direct count of the worker rows, in one statement (one snapshot:
 * other test files write to the same database meanwhile): no difference when the triggers are exact.
 */
async function statsMatch(commune: string) {
  const differences = await q<{ k: string }>(
    `WITH kept AS (
       SELECT sex, age_band, employment_status, qualification_code, n FROM worker_stat
       WHERE commune_code = $1 AND round_year = 2026 AND n <> 0
     ), counted AS (
       SELECT sex, age_band(birth_date, round_year) AS age_band, coalesce(employment_status, '') AS employment_status,
              coalesce(qualification_code, '') AS qualification_code, count(*)::int AS n
       FROM worker WHERE commune_code = $1 AND round_year = 2026 GROUP BY 1, 2, 3, 4
     )
     SELECT concat_ws('/', k.sex, c.sex, k.n, c.n) AS k
     FROM kept k FULL JOIN counted c USING (sex, age_band, employment_status, qualification_code)
     WHERE k.n IS DISTINCT FROM c.n`,
    [commune],
  );
  expect(differences).toEqual([]);
}

describe('person registry: identity stored once', () => {
  it('stores a worker identity on person, and changes it once through the worker form', async () => {
    const input = buildWorker({ sex: 'female', birthDate: '1992-03-15' });
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    const [stored] = await q<{ full_name: string; sex: string }>(
      'SELECT full_name, sex FROM person WHERE person_id = $1',
      [input.personId],
    );
    expect(stored).toEqual({ full_name: 'Hoàng Thị Thu Hà', sex: 'female' });
    // The worker table keeps no name of its own.
    const columns = await q<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'worker' AND column_name = 'full_name'`,
    );
    expect(columns).toEqual([]);

    const res = await officerA.put(`/api/workers/${input.personId}`, {
      ...input,
      fullName: 'Hoàng Thị Hà',
      birthDate: '1992-11-20',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as WorkerT).fullName).toBe('Hoàng Thị Hà');
    const person = (await officerA.get(`/api/people/${input.personId}`)).json() as PersonT;
    expect(person).toMatchObject({ fullName: 'Hoàng Thị Hà', birthDate: '1992-11-20', roles: ['worker'], version: 2 });
    await statsMatch(LANG_SON.communeA);
  });

  it('keeps worker_stat exact when sex or birth date change on person directly', async () => {
    const input = buildWorker({ sex: 'male', birthDate: '1985-01-01' });
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    await q(`UPDATE person SET sex = 'female', birth_date = '2000-06-01' WHERE person_id = $1`, [input.personId]);
    const [copy] = await q<{ sex: string; birth_date: string }>(
      `SELECT sex, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM worker WHERE person_id = $1`,
      [input.personId],
    );
    expect(copy).toEqual({ sex: 'female', birth_date: '2000-06-01' });
    await statsMatch(LANG_SON.communeA);
  });
});

describe('person registry: household members', () => {
  it('links the members of a household created through the API to their person, and the worker to the household', async () => {
    const worker = buildWorker({ sex: 'male', birthDate: '1975-04-04' });
    expect((await officerA.post('/api/workers', worker)).statusCode).toBe(201);
    const newcomer = buildPersonId({ sex: 'female', birthYear: 1978 });
    const res = await officerA.post('/api/households', {
      householdCode: `P-${Date.now()}`,
      headName: 'Hoàng Văn Hà',
      communeCode: LANG_SON.communeA,
      areaType: 'urban',
      members: [
        {
          personId: worker.personId,
          fullName: 'Hoàng Văn Hà',
          birthDate: '1975-04-04',
          sex: 'male',
          relation: 'Chủ hộ',
        },
        { personId: newcomer, fullName: 'Lăng Thị Hoa', birthDate: '1978-09-09', sex: 'female', relation: 'Vợ' },
        { fullName: 'Hoàng Bảo An', birthDate: '2019-01-01', relation: 'Con' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const detail = res.json() as HouseholdDetailT;
    const person = (await officerA.get(`/api/people/${newcomer}`)).json() as PersonT;
    expect(person).toMatchObject({
      fullName: 'Lăng Thị Hoa',
      birthDate: '1978-09-09',
      communeCode: LANG_SON.communeA,
      roles: ['household_member'],
    });
    const [link] = await q<{ household_id: number; household_relation: string }>(
      'SELECT household_id, household_relation FROM worker WHERE person_id = $1',
      [worker.personId],
    );
    expect(link).toEqual({ household_id: detail.household.id, household_relation: 'Chủ hộ' });
  });

  it('refuses a member whose personal ID another commune holds, with the neutral answer', async () => {
    const held = buildWorker();
    expect((await officerA.post('/api/workers', held)).statusCode).toBe(201);
    const res = await officerB.post('/api/households', {
      householdCode: `Q-${Date.now()}`,
      headName: 'Vi Văn Tú',
      communeCode: LANG_SON.communeB,
      areaType: 'rural',
      members: [{ personId: held.personId, fullName: 'Ai Đó', relation: 'Chủ hộ' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({
        field: 'members.0.personId',
        message: `số định danh ${held.personId} đã được đăng ký tại đơn vị khác`,
      }),
    ]);
    expect(JSON.stringify(res.json())).not.toContain(LANG_SON.communeA);
  });
});

describe('person registry: moving between communes', () => {
  it('lets a commune request a person held elsewhere, and moves the person, worker and statistics when the holder accepts', async () => {
    const input = buildWorker({ fullName: 'Nông Thị Chuyển' });
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    const household = await officerA.post('/api/households', {
      householdCode: `T-${Date.now()}`,
      headName: 'Nông Thị Chuyển',
      communeCode: LANG_SON.communeA,
      areaType: 'urban',
      members: [{ personId: input.personId, fullName: 'Nông Thị Chuyển', relation: 'Chủ hộ' }],
    });
    expect(household.statusCode).toBe(201);
    const householdId = (household.json() as HouseholdDetailT).household.id;

    // B registers the person: refused neutrally, offered a transfer.
    const refused = await officerB.post('/api/workers', { ...input, communeCode: LANG_SON.communeB });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.transferable).toBe(true);

    const asked = await officerB.post('/api/people/transfers', { personId: input.personId, note: 'Chuyển hộ khẩu' });
    expect(asked.statusCode).toBe(201);
    const request = asked.json() as PersonTransferT;
    expect(request).toMatchObject({
      direction: 'outgoing',
      status: 'pending',
      toCommuneCode: LANG_SON.communeB,
      fromCommuneCode: null,
      fromCommuneName: null,
      fullName: null,
    });
    expect(JSON.stringify(request)).not.toContain(LANG_SON.communeA);
    // Asking again returns the same pending request.
    const again = await officerB.post('/api/people/transfers', { personId: input.personId });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(request.id);

    const incoming = (await officerA.get('/api/people/transfers?direction=incoming&status=pending')).json()
      .items as PersonTransferT[];
    expect(incoming.find((r) => r.id === request.id)).toMatchObject({
      direction: 'incoming',
      fullName: 'Nông Thị Chuyển',
      fromCommuneCode: LANG_SON.communeA,
      fromCommuneName: LANG_SON.communeANAme,
    });
    const outgoing = (await officerB.get('/api/people/transfers?direction=outgoing')).json().items as PersonTransferT[];
    expect(outgoing.map((r) => r.id)).toContain(request.id);
    expect(JSON.stringify(outgoing)).not.toContain(LANG_SON.communeA);

    // The requester cannot decide its own request.
    const self = await officerB.post(`/api/people/transfers/${request.id}/decision`, { decision: 'accept' });
    expect(self.statusCode).toBe(403);

    const accepted = await officerA.post(`/api/people/transfers/${request.id}/decision`, {
      decision: 'accept',
      note: 'Đồng ý',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('accepted');

    const moved = (await officerB.get(`/api/workers/${input.personId}`)).json() as WorkerT;
    expect(moved).toMatchObject({ communeCode: LANG_SON.communeB, fullName: 'Nông Thị Chuyển', householdId: null });
    expect((await officerA.get(`/api/people/${input.personId}`)).statusCode).toBe(404);
    const [copy] = await q<{ commune_code: string }>('SELECT commune_code FROM worker WHERE person_id = $1', [
      input.personId,
    ]);
    expect(copy).toEqual({ commune_code: LANG_SON.communeB });
    await statsMatch(LANG_SON.communeA);
    await statsMatch(LANG_SON.communeB);

    // The old household no longer lists the person; the move is in both records' history.
    const members = (await officerA.get(`/api/households/${householdId}`)).json() as HouseholdDetailT;
    expect(members.members.map((m) => m.personId)).not.toContain(input.personId);
    const history = (await officerB.get(`/api/audit?entityType=worker&entityId=${input.personId}`)).json().items as {
      action: string;
      before: { communeCode: string } | null;
      after: { communeCode: string } | null;
    }[];
    expect(history[0]).toMatchObject({ action: 'transfer', after: { communeCode: LANG_SON.communeB } });
    const personHistory = (await province.get(`/api/audit?entityType=person&entityId=${input.personId}`)).json();
    expect(personHistory.items.map((h: { action: string }) => h.action)).toContain('transfer');

    // Decided requests stay decided.
    const twice = await officerA.post(`/api/people/transfers/${request.id}/decision`, { decision: 'refuse' });
    expect(twice.statusCode).toBe(409);
  });

  it('lets the province officer of the holding unit refuse, and the person stays', async () => {
    const input = buildWorker();
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    const request = (
      await officerB.post('/api/people/transfers', { personId: input.personId })
    ).json() as PersonTransferT;
    const refused = await province.post(`/api/people/transfers/${request.id}/decision`, {
      decision: 'refuse',
      note: 'Không đúng người',
    });
    expect(refused.statusCode).toBe(200);
    const seen = (await officerB.get(`/api/people/transfers/${request.id}`)).json() as PersonTransferT;
    expect(seen).toMatchObject({ status: 'refused', decisionNote: 'Không đúng người', fromCommuneCode: null });
    expect((await officerA.get(`/api/workers/${input.personId}`)).json().communeCode).toBe(LANG_SON.communeA);
  });

  it('answers out-of-scope reads of a person or a transfer exactly like a record that does not exist', async () => {
    const input = buildWorker();
    expect((await officerA.post('/api/workers', input)).statusCode).toBe(201);
    const request = (
      await officerB.post('/api/people/transfers', { personId: input.personId })
    ).json() as PersonTransferT;

    const hidden = await otherProvince.get(`/api/people/${input.personId}`);
    const absent = await otherProvince.get(`/api/people/${buildPerson().personId}`);
    expect(hidden.statusCode).toBe(404);
    expect(body(hidden)).toEqual(body(absent));
    const hiddenFromB = await officerB.get(`/api/people/${input.personId}`);
    expect(hiddenFromB.statusCode).toBe(404);
    expect(body(hiddenFromB)).toEqual(body(absent));

    const transferHidden = await otherProvince.get(`/api/people/transfers/${request.id}`);
    const transferAbsent = await otherProvince.get('/api/people/transfers/999999999');
    expect(transferHidden.statusCode).toBe(404);
    expect(body(transferHidden)).toEqual(body(transferAbsent));
    const decideHidden = await otherProvince.post(`/api/people/transfers/${request.id}/decision`, {
      decision: 'accept',
    });
    const decideAbsent = await otherProvince.post('/api/people/transfers/999999999/decision', { decision: 'accept' });
    expect(decideHidden.statusCode).toBe(404);
    expect(body(decideHidden)).toEqual(body(decideAbsent));
    const listed = (await otherProvince.get('/api/people/transfers')).json().items as PersonTransferT[];
    expect(listed.map((r) => r.id)).not.toContain(request.id);
  });

  it('refuses transfers to roles that do not keep the registers', async () => {
    const viewer = (await signInAs(t, { role: 'viewer', unitCode: LANG_SON.communeB })).session;
    const res = await viewer.post('/api/people/transfers', { personId: buildPerson().personId });
    expect(res.statusCode).toBe(403);
  });
});
