import Type from 'typebox';
import { IsoDate } from './common.ts';
import { declareFields, type FieldKeyOf, fieldLabels } from './fields.ts';
import { PlainText } from './formats.ts';
import { PERSON_FIELDS } from './person.fields.ts';

const personField = <K extends (typeof PERSON_FIELDS)[number]['key']>(key: K) =>
  PERSON_FIELDS.find((f) => f.key === key) as Extract<(typeof PERSON_FIELDS)[number], { key: K }>;

/**
 * Tax code (mã số thuế) as written: 10 digits, or 13 for a branch or dependent unit, `XXXXXXXXXX-XXX` (TT 105/2020/
 * TT-BTC Art. 5). Separators (dots, spaces) are accepted and removed; the check digit is checked by the server.
 */
export const TAX_CODE_PATTERN = '^\\d{10}(-?\\d{3})?$';

/**
 * An employer (người sử dụng lao động, Bộ luật Lao động 2019 Art. 3(2)) as the labour authority keeps it: the
 * labour-demand data of TT 01/2022/TT-BLĐTBXH Art. 3 (type of employer, economic sector, use of labour) and what the
 * training-support dossiers need (tax code, unemployment insurance: Luật Việc làm 2013 Art. 43, 47). The aliases are
 * the headers of the employer lists departments and industrial-zone boards keep ("Mã số thuế", "Tên doanh nghiệp",
 * "Loại hình doanh nghiệp", "Ngành nghề kinh doanh chính", "Số lao động", "Tham gia BHTN").
 */
export const EMPLOYER_FIELDS = declareFields([
  {
    key: 'taxCode',
    label: { vi: 'Mã số thuế', en: 'Tax code' },
    type: 'text',
    required: true,
    maxLength: 20,
    inputSchema: PlainText({
      minLength: 10,
      maxLength: 20,
      description: '10 digits, or 13 for a branch: 0101234567-001',
    }),
    aliases: [
      'ma so thue',
      'mst',
      'ma so doanh nghiep',
      'ma so thue doanh nghiep',
      'ma so thue ma so doanh nghiep',
      'ma so doanh nghiep ma so thue',
      'ma so thue cua don vi',
      'ma so dn',
    ],
    hints: ['ma so thue', 'mst'],
  },
  {
    key: 'name',
    label: { vi: 'Tên người sử dụng lao động', en: 'Employer name' },
    type: 'text',
    required: true,
    maxLength: 300,
    inputSchema: PlainText({ minLength: 1, maxLength: 300 }),
    aliases: [
      'ten doanh nghiep',
      'ten don vi',
      'ten nguoi su dung lao dong',
      'ten cong ty',
      'ten to chuc',
      'ten co so',
      'ten doanh nghiep to chuc',
      'ten don vi su dung lao dong',
      'doanh nghiep',
      'ten',
    ],
    hints: ['ten doanh nghiep', 'ten don vi', 'cong ty'],
    exportHeader: 'Tên doanh nghiệp',
  },
  {
    key: 'legalFormCode',
    label: { vi: 'Loại hình', en: 'Legal form' },
    type: 'catalogue',
    catalogue: 'employer-legal-forms',
    aliases: [
      'loai hinh',
      'loai hinh doanh nghiep',
      'loai hinh to chuc',
      'hinh thuc so huu',
      'loai hinh so huu',
      'loai hinh kinh te',
      'loai hinh don vi',
    ],
  },
  {
    key: 'vsicSectionCode',
    label: { vi: 'Ngành kinh tế (VSIC 2018)', en: 'Economic sector (VSIC 2018)' },
    type: 'catalogue',
    catalogue: 'vsic-sections',
    aliases: [
      'nganh kinh te',
      'nganh nghe kinh doanh',
      'nganh nghe kinh doanh chinh',
      'nganh kinh doanh chinh',
      'nganh san xuat kinh doanh',
      'linh vuc hoat dong',
      'nganh',
      'ma nganh',
      'nganh vsic',
    ],
  },
  {
    key: 'address',
    label: { vi: 'Địa chỉ trụ sở', en: 'Head office address' },
    type: 'text',
    aliases: [
      'dia chi',
      'dia chi tru so',
      'dia chi tru so chinh',
      'tru so',
      'dia chi doanh nghiep',
      'so nha duong pho',
    ],
  },
  { ...personField('communeCode'), description: 'Commune valid today' },
  personField('districtName'),
  personField('provinceName'),
  {
    key: 'employeeCount',
    label: { vi: 'Số lao động', en: 'Number of employees' },
    type: 'integer',
    aliases: [
      'so lao dong',
      'tong so lao dong',
      'so luong lao dong',
      'so lao dong hien co',
      'so lao dong dang lam viec',
      'lao dong',
      'tong so',
    ],
  },
  {
    key: 'uiParticipation',
    label: { vi: 'Tham gia bảo hiểm thất nghiệp', en: 'Pays unemployment insurance' },
    type: 'bool',
    defaultFalse: true,
    aliases: [
      'tham gia bhtn',
      'tham gia bao hiem that nghiep',
      'bhtn',
      'dong bhtn',
      'co tham gia bhtn',
      'bao hiem that nghiep',
    ],
  },
  {
    key: 'uiSince',
    label: { vi: 'Tham gia BHTN từ ngày', en: 'Unemployment insurance since' },
    type: 'date',
    inputSchema: IsoDate,
    aliases: [
      'tham gia bhtn tu ngay',
      'ngay tham gia bhtn',
      'bhtn tu ngay',
      'thoi diem tham gia bhtn',
      'ngay bat dau dong bhtn',
      'tu ngay',
    ],
    shape: 'date',
  },
  {
    key: 'contactName',
    label: { vi: 'Người liên hệ', en: 'Contact person' },
    type: 'text',
    maxLength: 200,
    aliases: ['nguoi lien he', 'ho ten nguoi lien he', 'ho va ten nguoi lien he', 'dau moi lien he', 'nguoi dai dien'],
  },
  {
    key: 'phone',
    label: { vi: 'Điện thoại', en: 'Phone' },
    type: 'text',
    maxLength: 30,
    aliases: ['dien thoai', 'so dien thoai', 'sdt', 'dien thoai lien he', 'so dien thoai lien he', 'dt'],
    shape: 'phone',
  },
  {
    key: 'email',
    label: { vi: 'Thư điện tử', en: 'Email' },
    type: 'text',
    maxLength: 200,
    aliases: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'hop thu'],
  },
  {
    key: 'industrialZone',
    label: { vi: 'Khu công nghiệp', en: 'Industrial zone' },
    type: 'text',
    maxLength: 200,
    aliases: ['khu cong nghiep', 'kcn', 'khu cong nghiep cum cong nghiep', 'kcn ccn', 'cum cong nghiep', 'khu kinh te'],
  },
] as const);

export type EmployerFieldKey = FieldKeyOf<typeof EMPLOYER_FIELDS>;

/** Vietnamese and English labels of the employer's fields, by key. */
export const EMPLOYER_FIELD_LABELS = fieldLabels(EMPLOYER_FIELDS);

/** The legal-form catalogue's ownership attribute (state, non-state, foreign-invested). */
export const OwnershipSchema = Type.Union([Type.Literal('state'), Type.Literal('non_state'), Type.Literal('foreign')]);
