import Type, { type Static } from 'typebox';
import { IsoDate, ListPaging } from './common.ts';
import { declareFields, type FieldKeyOf, fieldLabels, inputProperties, outputProperties } from './fields.ts';
import { PlainText, Version } from './formats.ts';
import { PERSON_FIELDS } from './person.fields.ts';

const commune = PERSON_FIELDS.find((f) => f.key === 'communeCode') as Extract<
  (typeof PERSON_FIELDS)[number],
  { key: 'communeCode' }
>;

/**
 * A vocational education and training institution (cơ sở giáo dục nghề nghiệp, Luật Giáo dục nghề nghiệp
 * 74/2014/QH13 Art. 5: trung tâm giáo dục nghề nghiệp, trường trung cấp, trường cao đẳng; public, private or
 * foreign-invested), with the licence for its training activity (giấy chứng nhận đăng ký hoạt động giáo dục nghề
 * nghiệp, NĐ 143/2016/NĐ-CP as amended by NĐ 24/2022/NĐ-CP). The minimal register the training module extends.
 */
export const INSTITUTION_FIELDS = declareFields([
  {
    key: 'code',
    label: { vi: 'Mã cơ sở', en: 'Institution code' },
    type: 'text',
    required: true,
    maxLength: 30,
    inputSchema: PlainText({ minLength: 1, maxLength: 30, pattern: '^\\S(.*\\S)?$' }),
    aliases: ['ma co so', 'ma truong', 'ma don vi'],
  },
  {
    key: 'name',
    label: { vi: 'Tên cơ sở giáo dục nghề nghiệp', en: 'Institution name' },
    type: 'text',
    required: true,
    maxLength: 300,
    inputSchema: PlainText({ minLength: 1, maxLength: 300 }),
    aliases: ['ten co so', 'ten truong', 'ten co so giao duc nghe nghiep'],
  },
  {
    key: 'typeCode',
    label: { vi: 'Loại cơ sở', en: 'Type' },
    type: 'catalogue',
    catalogue: 'institution-types',
    required: true,
    inputSchema: PlainText({ minLength: 1, maxLength: 20, description: 'Catalogue institution-types' }),
    aliases: ['loai co so', 'loai hinh co so', 'cap trinh do'],
  },
  {
    key: 'ownershipCode',
    label: { vi: 'Loại hình sở hữu', en: 'Ownership' },
    type: 'catalogue',
    catalogue: 'institution-ownership',
    required: true,
    inputSchema: PlainText({ minLength: 1, maxLength: 20, description: 'Catalogue institution-ownership' }),
    aliases: ['loai hinh', 'cong lap tu thuc', 'hinh thuc so huu'],
  },
  {
    key: 'licenceNumber',
    label: { vi: 'Số giấy chứng nhận đăng ký hoạt động', en: 'Licence number' },
    type: 'text',
    maxLength: 100,
    aliases: ['so giay chung nhan', 'so giay phep', 'so giay chung nhan dang ky hoat dong'],
  },
  {
    key: 'licenceDate',
    label: { vi: 'Ngày cấp', en: 'Licence date' },
    type: 'date',
    inputSchema: IsoDate,
    aliases: ['ngay cap', 'ngay cap giay chung nhan'],
    shape: 'date',
  },
  {
    key: 'address',
    label: { vi: 'Địa chỉ', en: 'Address' },
    type: 'text',
    aliases: ['dia chi', 'dia chi tru so'],
  },
  { ...commune, description: 'Commune valid today' },
  {
    key: 'contactName',
    label: { vi: 'Người liên hệ', en: 'Contact person' },
    type: 'text',
    maxLength: 200,
    aliases: ['nguoi lien he'],
  },
  {
    key: 'phone',
    label: { vi: 'Điện thoại', en: 'Phone' },
    type: 'text',
    maxLength: 30,
    aliases: ['dien thoai', 'so dien thoai'],
    shape: 'phone',
  },
  {
    key: 'email',
    label: { vi: 'Thư điện tử', en: 'Email' },
    type: 'text',
    maxLength: 200,
    aliases: ['email', 'thu dien tu'],
  },
] as const);

export type InstitutionFieldKey = FieldKeyOf<typeof INSTITUTION_FIELDS>;
export const INSTITUTION_FIELD_LABELS = fieldLabels(INSTITUTION_FIELDS);

export const CreateInstitutionBody = Type.Object({ ...inputProperties(INSTITUTION_FIELDS) });
export type CreateInstitutionBodyT = Static<typeof CreateInstitutionBody>;

export const UpdateInstitutionBody = Type.Object({ version: Version(), ...inputProperties(INSTITUTION_FIELDS) });
export type UpdateInstitutionBodyT = Static<typeof UpdateInstitutionBody>;

const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Institution = Type.Object({
  id: Type.Integer(),
  ...outputProperties(INSTITUTION_FIELDS),
  provinceCode: Type.String(),
  communeName: Nullable(Type.String()),
  typeName: Nullable(Type.String()),
  ownershipName: Nullable(Type.String()),
  version: Type.Integer(),
});
export type InstitutionT = Static<typeof Institution>;

export const InstitutionListQuery = Type.Object({
  q: Type.Optional(PlainText({ maxLength: 100, description: 'Name (diacritics optional) or code' })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type InstitutionListQueryT = Static<typeof InstitutionListQuery>;

/** What a picker shows of an institution: its name, code and commune (public facts of its registration). */
export const InstitutionOption = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  provinceCode: Type.String(),
  communeCode: Type.String(),
  communeName: Nullable(Type.String()),
});
export type InstitutionOptionT = Static<typeof InstitutionOption>;

export const InstitutionOptionsQuery = Type.Object({
  q: Type.Optional(PlainText({ maxLength: 100, description: 'Name (diacritics optional) or code' })),
  /** One institution by id (a saved application's choice). */
  id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
});
export type InstitutionOptionsQueryT = Static<typeof InstitutionOptionsQuery>;
