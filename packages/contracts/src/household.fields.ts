import Type from 'typebox';
import { IsoDate } from './common.ts';
import { declareFields, type FieldKeyOf, fieldLabels } from './fields.ts';
import { PlainText } from './formats.ts';
import { PERSON_FIELDS } from './person.fields.ts';

const personField = <K extends (typeof PERSON_FIELDS)[number]['key']>(key: K) =>
  PERSON_FIELDS.find((f) => f.key === key) as Extract<(typeof PERSON_FIELDS)[number], { key: K }>;
const commune = personField('communeCode');
const district = personField('districtName');
const province = personField('provinceName');

/**
 * A household of the commune register (NĐ 07/2021/NĐ-CP; the commune's list of poor and near-poor households kept
 * after each review, QĐ 24/2021/QĐ-TTg Art. 4–5, on the forms of TT 07/2021/TT-BLĐTBXH as amended by TT
 * 02/2022/TT-BLĐTBXH). The aliases are the headers of those lists as communes keep them: "Mã hộ", "Họ và tên chủ
 * hộ", "Thôn/xóm", "Xã", "Khu vực (thành thị/nông thôn)"; the head's personal ID where the list has it.
 */
export const HOUSEHOLD_FIELDS = declareFields([
  {
    key: 'householdCode',
    label: { vi: 'Mã hộ', en: 'Household code' },
    type: 'text',
    required: true,
    maxLength: 50,
    inputSchema: PlainText({ minLength: 1, maxLength: 50, pattern: '^\\S(.*\\S)?$' }),
    aliases: ['ma ho', 'ma so ho', 'ma ho gia dinh', 'so hieu ho', 'ma ho ngheo', 'ma so ho gia dinh'],
  },
  {
    key: 'headName',
    label: { vi: 'Chủ hộ', en: 'Head of household' },
    type: 'text',
    required: true,
    maxLength: 200,
    inputSchema: PlainText({ minLength: 1, maxLength: 200 }),
    aliases: [
      'ho va ten chu ho',
      'ho ten chu ho',
      'chu ho',
      'ten chu ho',
      'ho va ten chu ho gia dinh',
      'ho ten chu ho gia dinh',
    ],
    hints: ['chu ho'],
  },
  {
    key: 'headPersonId',
    label: { vi: 'Số định danh cá nhân của chủ hộ', en: "Head's personal ID" },
    type: 'personId',
    aliases: [
      'so dinh danh chu ho',
      'so dinh danh ca nhan chu ho',
      'so dinh danh ca nhan cua chu ho',
      'cccd chu ho',
      'so cccd chu ho',
      'so cmnd cccd chu ho',
      'so dinh danh ca nhan',
      'so dinh danh',
      'so cccd',
      'cccd',
      'so cmnd cccd',
    ],
    hints: ['dinh danh', 'cccd', 'cmnd'],
    shape: 'personId',
    // Kept as the head's member row, linked to the person registry.
    stored: 'none',
  },
  {
    key: 'address',
    label: { vi: 'Địa chỉ', en: 'Address' },
    type: 'text',
    aliases: [
      'dia chi',
      'thon',
      'thon xom',
      'thon to',
      'thon ban',
      'thon to dan pho',
      'to dan pho',
      'noi o',
      'noi o hien tai',
      'dia chi thuong tru',
      'thon ap ban',
    ],
  },
  { ...commune, description: 'Commune valid today' },
  district,
  province,
  {
    key: 'areaType',
    label: { vi: 'Khu vực', en: 'Area' },
    type: 'areaType',
    catalogue: 'household-area-types',
    required: true,
    inputSchema: Type.Union([Type.Literal('urban'), Type.Literal('rural')], {
      description: 'Catalogue household-area-types: urban (thành thị) or rural (nông thôn)',
    }),
    aliases: ['khu vuc', 'thanh thi nong thon', 'khu vuc thanh thi nong thon', 'khu vuc sinh song', 'thanh thi'],
  },
  {
    key: 'registeredOn',
    label: { vi: 'Ngày ghi nhận', en: 'Registered on' },
    type: 'date',
    inputSchema: IsoDate,
    aliases: ['ngay ghi nhan', 'ngay dang ky', 'ngay lap so'],
    shape: 'date',
  },
] as const);

export type HouseholdFieldKey = FieldKeyOf<typeof HOUSEHOLD_FIELDS>;

/** Vietnamese and English labels of the household's fields, by key. */
export const HOUSEHOLD_FIELD_LABELS = fieldLabels(HOUSEHOLD_FIELDS);
