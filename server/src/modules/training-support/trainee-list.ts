import type { TraineeListParseT, TrainingSupportTraineeT } from '@lmis/contracts';
import { AppError } from '../../platform/errors.ts';
import {
  cleanText,
  findHeaderRow,
  foldText,
  type ImportField,
  readDate,
  readRows,
  type SheetFormat,
  type SheetRow,
  skipRow,
} from '../../platform/imports/index.ts';
import { normalizePersonId } from '../workers/person-id.ts';

/**
 * The trainee list of a training plan (QĐ 23/2021/QĐ-TTg Mẫu số 02, Phụ lục I: "Họ và tên | Ngày sinh | Loại hợp
 * đồng lao động | Ngày bắt đầu thực hiện HĐLĐ | Số sổ BHXH | Nghề đào tạo | …", with a personal-ID column added) read
 * from .xlsx or .csv (UTF-8 or Windows-1258/1252) through the import machinery's header detection and decoding:
 * title rows above the header, old header wordings, dd/mm/yyyy dates. Nothing is written; the form takes the rows.
 */

type Key =
  | 'fullName'
  | 'birthDate'
  | 'contractType'
  | 'contractStartDate'
  | 'siBookNo'
  | 'trade'
  | 'personId'
  | 'communeCode';

const label = (vi: string, en: string) => ({ vi, en });
/** Aliases are written without diacritics, lower case, as the header matcher folds headers. */
const FIELDS: readonly ImportField<Key>[] = [
  { key: 'fullName', label: label('Họ và tên', 'Full name'), aliases: ['ho va ten', 'ho ten', 'ten nguoi lao dong'] },
  {
    key: 'birthDate',
    label: label('Ngày sinh', 'Birth date'),
    aliases: ['ngay sinh', 'ngay thang nam sinh', 'nam sinh'],
    shape: 'date',
  },
  {
    key: 'contractType',
    label: label('Loại hợp đồng lao động', 'Contract type'),
    aliases: ['loai hop dong lao dong', 'loai hdld', 'loai hop dong', 'hinh thuc hop dong'],
  },
  {
    key: 'contractStartDate',
    label: label('Ngày bắt đầu thực hiện HĐLĐ', 'Contract start'),
    aliases: [
      'ngay bat dau thuc hien hdld',
      'ngay bat dau thuc hien hop dong lao dong',
      'ngay bat dau hdld',
      'ngay bat dau lam viec',
      'ngay ky hdld',
    ],
    shape: 'date',
  },
  {
    key: 'siBookNo',
    label: label('Số sổ BHXH', 'Social-insurance book no.'),
    aliases: ['so so bhxh', 'so so bao hiem xa hoi', 'ma so bhxh', 'so bhxh'],
  },
  { key: 'trade', label: label('Nghề đào tạo', 'Trade'), aliases: ['nghe dao tao', 'ten nghe dao tao', 'nghe'] },
  {
    key: 'personId',
    label: label('Số định danh cá nhân / CCCD', 'Personal ID'),
    aliases: [
      'so dinh danh ca nhan',
      'so dinh danh ca nhan / cccd',
      'so dinh danh ca nhan/cccd',
      'so cccd',
      'cccd',
      'can cuoc cong dan',
      'so can cuoc',
      'ma dinh danh',
    ],
    shape: 'personId',
  },
  {
    key: 'communeCode',
    label: label('Mã xã nơi thường trú', 'Residence commune code'),
    aliases: ['ma xa noi thuong tru', 'ma xa thuong tru', 'ma xa', 'ma don vi hanh chinh'],
    shape: 'commune',
  },
];
const REQUIRED: readonly Key[] = [
  'fullName',
  'birthDate',
  'contractType',
  'contractStartDate',
  'siBookNo',
  'trade',
  'personId',
];

export function traineeListFormat(fileName: string): SheetFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv') return 'csv';
  if (ext === 'xls') {
    throw new AppError('VALIDATION', {
      vi: 'Tệp .xls (Excel 97–2003) chưa đọc được; vui lòng lưu lại dưới dạng .xlsx hoặc .csv',
      en: 'An .xls (Excel 97–2003) file cannot be read; save it as .xlsx or .csv',
      details: [{ field: 'file', message: 'định dạng .xls', messageEn: '.xls format' }],
    });
  }
  throw new AppError('VALIDATION', {
    vi: 'Danh sách người lao động phải là tệp .xlsx hoặc .csv',
    en: 'The trainee list must be an .xlsx or .csv file',
    details: [{ field: 'file', message: 'không phải .xlsx hoặc .csv', messageEn: 'not .xlsx or .csv' }],
  });
}

/**
 * What closes a list under its table, as the forms are laid out (QĐ 23/2021/QĐ-TTg Mẫu số 02 Phụ lục I; NĐ
 * 374/2025/NĐ-CP's plan): the total row, the place and date line, the signatures and notes. Folded as foldText does.
 */
const TABLE_END = [
  /^tong (cong|so)\b/,
  /^cong( \d.*)?$/,
  /^nguoi lap( bieu)?\b/,
  /^(giam doc|pho giam doc|thu truong|ke toan|chu doanh nghiep|nguoi dai dien)\b/,
  /^(ghi chu|luu y|xac nhan)\b/,
  /\bngay\b.*\bthang\b.*\bnam\b/,
  /^ky ghi ro ho ten\b/,
];

/** A row without a personal ID or birth date whose words are a total, a date line, a signature or a note. */
function endsTable(cells: readonly unknown[], personId: unknown, birthDate: unknown): boolean {
  if (cleanText(personId) || 'date' in readDate(birthDate)) return false;
  return cells.some((c) => {
    const text = foldText(cleanText(c) ?? '');
    return text !== '' && TABLE_END.some((re) => re.test(text));
  });
}

/**
 * Reads the list down to the end of its table (the first total, signature or note row, see TABLE_END); the rows
 * that pass and, for the others, the row number, field and reason.
 */
export async function parseTraineeList(path: string, format: SheetFormat): Promise<TraineeListParseT> {
  const all: SheetRow[] = [];
  for await (const row of readRows(path, format)) {
    all.push(row);
    if (all.length > 5100) break;
  }
  const layout = findHeaderRow(all.slice(0, 40), FIELDS, ['personId', 'fullName']);
  const missing = REQUIRED.filter((k) => layout.mapping[k] === undefined);
  if (missing.length > 0) {
    const names = FIELDS.filter((f) => missing.includes(f.key));
    throw new AppError('VALIDATION', {
      vi: `Không tìm thấy cột: ${names.map((f) => f.label.vi).join(', ')} (mẫu số 02, Phụ lục I)`,
      en: `Columns not found: ${names.map((f) => f.label.en).join(', ')} (Form 02, Annex I)`,
      details: names.map((f) => ({ field: f.key, message: 'không có cột', messageEn: 'no column' })),
    });
  }
  const rows: TrainingSupportTraineeT[] = [];
  const errors: TraineeListParseT['errors'] = [];
  const seen = new Map<string, number>();
  for (const r of all) {
    if (r.rowNumber <= layout.headerRow || skipRow(r.cells)) continue;
    const cell = (k: Key) => {
      const i = layout.mapping[k];
      return i === undefined ? null : r.cells[i];
    };
    if (endsTable(r.cells, cell('personId'), cell('birthDate'))) break;
    const text = (k: Key) => cleanText(cell(k));
    const problems: { field: string; message: string; messageEn: string }[] = [];
    const need = (k: Key, vi: string, en: string) => {
      const v = text(k);
      if (!v) problems.push({ field: k, message: `${vi}: bắt buộc nhập`, messageEn: `${en}: required` });
      return v ?? '';
    };
    const date = (k: Key, vi: string, en: string) => {
      const reading = readDate(cell(k));
      if ('date' in reading) return reading.date;
      problems.push(
        'missing' in reading
          ? { field: k, message: `${vi}: bắt buộc nhập`, messageEn: `${en}: required` }
          : { field: k, message: `${vi}: ${reading.problem}`, messageEn: `${en}: not a date (dd/mm/yyyy)` },
      );
      return '';
    };
    const personId = normalizePersonId(cell('personId'));
    if (!personId) {
      problems.push({
        field: 'personId',
        message: 'Số định danh cá nhân: bắt buộc nhập',
        messageEn: 'Personal ID: required',
      });
    } else if (!/^\d{12}$/.test(personId)) {
      problems.push({
        field: 'personId',
        message: `Số định danh cá nhân "${personId}" phải gồm đúng 12 chữ số`,
        messageEn: `Personal ID "${personId}" must have exactly 12 digits`,
      });
    } else if (seen.has(personId)) {
      problems.push({
        field: 'personId',
        message: `Số định danh cá nhân ${personId} trùng với dòng ${seen.get(personId)}`,
        messageEn: `Personal ID ${personId} repeats row ${seen.get(personId)}`,
      });
    }
    const communeRaw = text('communeCode');
    const communeCode = communeRaw ? communeRaw.replace(/\D/g, '').padStart(5, '0') : null;
    if (communeRaw && !/^\d{5}$/.test(communeCode ?? '')) {
      problems.push({
        field: 'communeCode',
        message: `Mã xã "${communeRaw}" phải gồm 5 chữ số`,
        messageEn: `Commune code "${communeRaw}" must have 5 digits`,
      });
    }
    const row: TrainingSupportTraineeT = {
      personId,
      fullName: need('fullName', 'Họ và tên', 'Full name'),
      birthDate: date('birthDate', 'Ngày sinh', 'Birth date'),
      contractType: need('contractType', 'Loại hợp đồng lao động', 'Contract type'),
      contractStartDate: date('contractStartDate', 'Ngày bắt đầu thực hiện HĐLĐ', 'Contract start'),
      siBookNo: need('siBookNo', 'Số sổ BHXH', 'Social-insurance book no.').replace(/\s/g, ''),
      trade: need('trade', 'Nghề đào tạo', 'Trade'),
      communeCode: communeCode && /^\d{5}$/.test(communeCode) ? communeCode : null,
    };
    if (problems.length > 0) {
      for (const p of problems) errors.push({ row: r.rowNumber, ...p });
      continue;
    }
    seen.set(personId, r.rowNumber);
    rows.push(row);
  }
  if (rows.length + errors.length === 0) {
    throw new AppError('VALIDATION', {
      vi: 'Danh sách không có dòng nào dưới dòng tiêu đề',
      en: 'The list has no rows under its header',
    });
  }
  return { rows, errors };
}
