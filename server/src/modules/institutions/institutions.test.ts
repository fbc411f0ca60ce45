import type { InstitutionT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext, uniqueName } from '../../test/harness.ts';

let t: TestContext;
let province: Session;
let officerA: Session;
let otherProvince: Session;

const build = (over: Record<string, unknown> = {}) => ({
  code: uniqueName('GDNN'),
  name: 'Trường Cao đẳng Nghề Lạng Sơn',
  typeCode: 'cao_dang',
  ownershipCode: 'public',
  licenceNumber: '12/2019/GCNĐKHĐ-TCGDNN',
  licenceDate: '2019-05-20',
  address: 'Số 2 đường Phai Vệ',
  communeCode: LANG_SON.communeA,
  contactName: 'Phòng Đào tạo',
  phone: '0205 3870 222',
  email: null,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: '' });
  province = (await signInAs(t, { role: 'province_officer', unitCode: LANG_SON.province })).session;
  officerA = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  otherProvince = (await signInAs(t, { role: 'province_officer', unitCode: '91' })).session;
});
afterAll(() => t.close());

describe('training institutions (Luật GDNN 74/2014/QH13 Art. 5)', () => {
  it('is kept by the province officer, with type and ownership named from the catalogues', async () => {
    const res = await province.post('/api/institutions', build());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      typeName: 'Trường cao đẳng',
      ownershipName: 'Công lập',
      licenceDate: '2019-05-20',
    });
    const found = (await officerA.get('/api/institutions?q=cao dang nghe lang son')).json() as {
      items: InstitutionT[];
    };
    expect(found.items.map((i) => i.id)).toContain(res.json().id);
  });

  it('refuses a commune officer creating one (403) and a type outside the catalogue (400)', async () => {
    expect((await officerA.post('/api/institutions', build())).statusCode).toBe(403);
    const bad = await province.post('/api/institutions', build({ typeCode: 'dai_hoc' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'typeCode' })]);
  });

  it('refuses a stale version (409) and a used code, naming the holder only to who may see it', async () => {
    const first = (
      await province.post('/api/institutions', build({ name: 'Trung tâm GDNN Cao Lộc', typeCode: 'ttgdnn' }))
    ).json() as InstitutionT;
    const { id, version, provinceCode: _p, communeName: _c, typeName: _t, ownershipName: _o, ...fields } = first;
    expect(
      (await province.put(`/api/institutions/${id}`, { ...fields, version, phone: '0205 111 222' })).statusCode,
    ).toBe(200);
    expect((await province.put(`/api/institutions/${id}`, { ...fields, version })).statusCode).toBe(409);
    const dup = await province.post('/api/institutions', build({ code: first.code }));
    expect(dup.json().error.message).toBe(`Mã cơ sở ${first.code} đã được dùng: Trung tâm GDNN Cao Lộc`);
    const elsewhere = await otherProvince.post('/api/institutions', build({ code: first.code, communeCode: '30292' }));
    expect(elsewhere.body).not.toContain('Cao Lộc');
  });

  it('answers an institution of another province like one that does not exist', async () => {
    const mine = (await province.post('/api/institutions', build())).json() as InstitutionT;
    const other = await otherProvince.get(`/api/institutions/${mine.id}`);
    const missing = await otherProvince.get('/api/institutions/2000000000');
    expect(other.statusCode).toBe(404);
    expect(other.json().error.message).toBe(missing.json().error.message);
  });
});
