import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildPersonId } from './factories.ts';

/** One row of a commune's register spreadsheet, as officials type them. */
export interface SheetPerson {
  name: string;
  birth: Date | string;
  sex: string;
  ethnic: string;
  id: string | number;
  qualification: string;
  status: string;
  needTraining: string;
  commune?: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lương', 'Nông', 'Đặng', 'Hà'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang'];
const MIDDLE_F = ['Thị', 'Thị Thu', 'Ngọc', 'Thị Hồng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hùng',
  'Lan',
  'Mai',
  'Nga',
  'Phương',
  'Quý',
  'Thắng',
  'Tuyết',
  'Yến',
];

/** `n` valid people; `i` varies names, sexes, years, and how each value is written (messy on purpose). */
export function buildPeople(n: number, seed = 1): SheetPerson[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + seed * 100_000;
    const female = i % 2 === 1;
    const year = 1960 + (i % 45);
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    // Unique within a seed (serial = i), so large files have no accidental duplicates; born in Thái Nguyên (019…),
    // so they never meet the random IDs of buildWorker and buildPersonId (Lạng Sơn, 020…) registered elsewhere in
    // the run's shared database.
    const id = buildPersonId({
      birthProvince: '19',
      sex: female ? 'female' : 'male',
      birthYear: year,
      serial: i % 1_000_000,
    });
    const name = `${FAMILY[i % FAMILY.length]} ${(female ? MIDDLE_F : MIDDLE_M)[i % 4]} ${GIVEN[i % GIVEN.length]}`;
    return {
      name: i % 7 === 0 ? `  ${name.normalize('NFD')}  ` : name,
      birth:
        i % 3 === 0
          ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
          : new Date(Date.UTC(year, month - 1, day)),
      sex: female ? 'Nữ' : 'Nam',
      ethnic: ['Kinh', 'Tày', 'Nùng', 'Dao'][i % 4] as string,
      id: i % 4 === 0 ? Number(id) : id,
      qualification: ['Chưa qua đào tạo', 'Sơ cấp', 'Trung cấp', 'Đại học', 'Cao đẳng'][i % 5] as string,
      status: i % 10 === 0 ? 'Thất nghiệp' : 'Có việc làm',
      needTraining: i % 3 === 0 ? 'x' : '',
    };
  });
}

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày tháng năm sinh',
  'Giới tính',
  'Dân tộc',
  'Số CCCD',
  'Trình độ CMKT',
  'Tình trạng việc làm',
  'Nhu cầu học nghề',
  'Xã/phường',
];

const cells = (p: SheetPerson, i: number) => [
  i + 1,
  p.name,
  p.birth,
  p.sex,
  p.ethnic,
  p.id,
  p.qualification,
  p.status,
  p.needTraining,
  p.commune ?? '',
];

/** Whether a file has the commune column: asked for, or else when some row names its commune. */
const withCommune = (people: SheetPerson[], opts: { communeColumn?: boolean }) =>
  opts.communeColumn ?? people.some((p) => p.commune !== undefined);

/**
 * The spreadsheet a commune sends: merged title, blank row, header, numbering row (1) (2) …, then people. The
 * "Xã/phường" column is there when a row names its commune (or when asked for).
 */
export async function writeRegisterXlsx(
  path: string,
  people: SheetPerson[],
  opts: { communeColumn?: boolean } = {},
): Promise<void> {
  const width = withCommune(people, opts) ? HEADERS.length : HEADERS.length - 1;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cung lao động');
  sheet.addRow(['DANH SÁCH NGƯỜI LAO ĐỘNG TỪ 15 TUỔI TRỞ LÊN THÔN NÀ LẦU, PHƯỜNG ĐÔNG KINH']);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow([]);
  sheet.addRow(HEADERS.slice(0, width));
  sheet.addRow(HEADERS.slice(0, width).map((_, i) => `(${i + 1})`));
  people.forEach((p, i) => {
    const row = sheet.addRow(cells(p, i).slice(0, width));
    if (p.birth instanceof Date) row.getCell(3).numFmt = 'dd/mm/yyyy';
  });
  await workbook.xlsx.writeFile(path);
}

/** The same list as a CSV (UTF-8 with BOM, as Excel saves it). */
export function writeRegisterCsv(path: string, people: SheetPerson[], opts: { communeColumn?: boolean } = {}): void {
  const width = withCommune(people, opts) ? HEADERS.length : HEADERS.length - 1;
  const quote = (v: unknown) => {
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [HEADERS, ...people.map(cells)].map((r) => r.slice(0, width).map(quote).join(','));
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** One row of a pre-2025 commune register: the person, and the commune as the file writes it. */
export interface OldLayoutRow {
  person: SheetPerson;
  /** The "Xã/Thị trấn" cell as typed: "Xã Phù Lưu, huyện Hàm Yên", "TT. Tân Yên - H. Hàm Yên", … */
  unit: string;
}

/**
 * A register exported the pre-2025 way (TT 27/2015 layout kept by many communes): two merged title rows (the
 * district's people's committee, the book's title), a blank row, an old-layout header with "Số CMND/CCCD" and
 * "Xã/Thị trấn" (and, with `extra`, one more column with its own header), a numbering row, then people.
 */
export async function writeOldLayoutXlsx(
  path: string,
  rows: OldLayoutRow[],
  extra?: { header: string; values: (row: OldLayoutRow, i: number) => string },
): Promise<void> {
  const headers = [
    'STT',
    'Họ và tên',
    'Ngày, tháng, năm sinh',
    'Giới tính',
    'Số CMND/CCCD',
    'Dân tộc',
    'Xã/Thị trấn',
    'Trình độ CMKT',
    'Tình trạng việc làm',
    ...(extra ? [extra.header] : []),
    'Ghi chú',
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['UBND HUYỆN HÀM YÊN']);
  sheet.mergeCells(1, 1, 1, 4);
  sheet.addRow(['SỔ GHI CHÉP THÔNG TIN CUNG LAO ĐỘNG NĂM 2024']);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow([]);
  sheet.addRow(headers);
  sheet.addRow(headers.map((_, i) => i + 1));
  rows.forEach((r, i) => {
    const p = r.person;
    const row = sheet.addRow([
      i + 1,
      p.name,
      p.birth,
      p.sex,
      p.id,
      p.ethnic,
      r.unit,
      p.qualification,
      p.status,
      ...(extra ? [extra.values(r, i)] : []),
      '',
    ]);
    if (p.birth instanceof Date) row.getCell(3).numFmt = 'dd/mm/yyyy';
  });
  await workbook.xlsx.writeFile(path);
}
