import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, openTabularExport, type TabularColumn } from './tabular.ts';

interface Row {
  name: string;
  id: string;
  born: string;
  households: number;
  rate: number;
  insured: boolean;
}

const columns: TabularColumn<Row>[] = [
  { header: 'STT', kind: 'integer', value: (_r, i) => i },
  { header: 'Họ và tên', kind: 'text', value: (r) => r.name },
  { header: 'Số định danh', kind: 'code', value: (r) => r.id },
  { header: 'Ngày sinh', kind: 'date', value: (r) => r.born },
  { header: 'Số hộ', kind: 'integer', value: (r) => r.households },
  { header: 'Tỷ lệ hộ nghèo', kind: 'percent', decimals: 2, value: (r) => r.rate },
  { header: 'Có BHXH', kind: 'bool', value: (r) => r.insured },
];

const rows: Row[] = [
  { name: 'Nguyễn Thị Ánh', id: '008190001234', born: '1990-02-28', households: 41504, rate: 5.67, insured: true },
  {
    name: '=HYPERLINK("http://x","bấm")',
    id: '001090004321',
    born: '1985-11-03',
    households: 1200,
    rate: 3,
    insured: false,
  },
];

async function* batchesOf(list: Row[][], failAfter?: number) {
  let n = 0;
  for (const batch of list) {
    if (failAfter !== undefined && n >= failAfter) throw new Error('mất kết nối cơ sở dữ liệu');
    n += 1;
    yield batch;
  }
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('tabular export', () => {
  it('writes xlsx with real date cells shown dd/mm/yyyy, numbers as numbers, a frozen filtered header', async () => {
    const file = await openTabularExport({ sheetName: 'Danh sách', columns, batches: batchesOf([rows]) }, 'xlsx');
    const buffer = await collect(file.stream);
    expect(await file.finished).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh sách');
    if (!sheet) throw new Error('no sheet');
    const born = sheet.getCell('D2');
    expect(born.value).toEqual(new Date('1990-02-28T00:00:00Z'));
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('E2').value).toBe(41504);
    expect(sheet.getCell('E2').numFmt).toBe('#,##0');
    expect(sheet.getCell('F2').value).toBeCloseTo(0.0567);
    expect(sheet.getCell('F3').numFmt).toBe('0.00%');
    expect(sheet.getCell('C2').value).toBe('008190001234');
    expect(sheet.getCell('G3').value).toBe('Không');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x","bấm")'.length);
  });

  it('writes CSV in UTF-8 with BOM and neutralises formula injection in text cells only', async () => {
    const file = await openTabularExport({ sheetName: 'x', columns, batches: batchesOf([rows]) }, 'csv');
    const text = (await collect(file.stream)).toString('utf8');
    expect(text.startsWith('\ufeffSTT,Họ và tên,Số định danh')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(text).toContain('1,Nguyễn Thị Ánh,008190001234,28/02/1990,41504,5.67,Có');
  });

  it('offers a semicolon variant with decimal commas for Vietnamese regional settings', async () => {
    const file = await openTabularExport({ sheetName: 'x', columns, batches: batchesOf([rows]) }, 'csv-semicolon');
    const text = (await collect(file.stream)).toString('utf8');
    expect(text).toContain('1;Nguyễn Thị Ánh;008190001234;28/02/1990;41504;5,67;Có');
    expect(text).toContain(';3,00;Không');
  });

  it('neutralises every formula lead: = + - @ tab and carriage return', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(neutraliseFormula('Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });

  it('fails before the first byte when the first batch cannot be read', async () => {
    await expect(openTabularExport({ sheetName: 'x', columns, batches: batchesOf([rows], 0) }, 'csv')).rejects.toThrow(
      'mất kết nối',
    );
  });

  it('destroys the stream when a later batch fails, so no short file looks complete', async () => {
    const file = await openTabularExport(
      { sheetName: 'x', columns, batches: batchesOf([rows, rows, rows], 1) },
      'xlsx',
    );
    await expect(collect(file.stream)).rejects.toThrow('mất kết nối');
    await expect(file.finished).rejects.toThrow('mất kết nối');
  });
});
