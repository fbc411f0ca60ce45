import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inspectFile } from './import-file.ts';
import { mapHeaders } from './worker-fields.ts';

describe('finding the columns of a register spreadsheet', () => {
  it('reads sub-columns under a merged group heading ("Nhu cầu" over three columns)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lmis-sheet-')), 'nhu-cau.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['Họ và tên', 'Số định danh cá nhân', 'Nhu cầu', '', '']);
    sheet.addRow(['', '', 'Học nghề', 'Việc làm', 'Đi làm việc ở nước ngoài']);
    sheet.mergeCells(1, 3, 1, 5);
    sheet.addRow(['Nguyễn Văn An', '020090000001', 'x', '', 'x']);
    await workbook.xlsx.writeFile(path);
    const layout = await inspectFile(path, 'xlsx');
    expect(layout.headerRow).toBe(2);
    expect(layout.mapping).toMatchObject({ fullName: 0, personId: 1, needTraining: 2, needJob: 3, needAbroad: 4 });
  });

  it('maps headers without diacritics, with numbering, and prefers the exact name', () => {
    expect(mapHeaders(['1. Họ và tên', 'Ngày sinh', 'CCCD', 'Địa chỉ', 'Địa chỉ nơi làm việc', 'Giới tính'])).toEqual({
      fullName: 0,
      birthDate: 1,
      personId: 2,
      address: 3,
      workplaceAddress: 4,
      sex: 5,
    });
  });
});
