import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows, type SheetRow } from './file.ts';

const dir = mkdtempSync(join(tmpdir(), 'lmis-xlsx-'));
const path = join(dir, 'danh-sach.xlsx');

async function firstRows(file: string, limit = 40): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readRows(file, 'xlsx')) {
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return rows;
}

beforeAll(async () => {
  // Written by ExcelJS, as our own exports and error files are: the workbook part is the archive's last entry.
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('Danh sách');
  list.addRow(['UBND XÃ HOÀNG VĂN THỤ']);
  list.addRow(['Họ và tên', 'Số định danh cá nhân', 'Ngày sinh']);
  for (let i = 0; i < 20; i++)
    list.addRow([`Hoàng Thị Mai ${i}`, `02019200${String(i).padStart(4, '0')}`, new Date('1992-03-15')]);
  const help = workbook.addWorksheet('Hướng dẫn');
  help.addRow(['Điền mỗi người một dòng']);
  await workbook.xlsx.writeFile(path);
});

describe('reading an .xlsx file', () => {
  it('gives the same rows on every read, however many run at once (the workbook part stored last)', async () => {
    const seen = new Set<string>();
    const failures: string[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let i = 0; i < 100; i++) {
          try {
            seen.add(JSON.stringify(await firstRows(path)));
          } catch (error) {
            failures.push((error as Error).message);
          }
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(seen.size).toBe(1);
    const rows = JSON.parse([...seen][0] as string) as SheetRow[];
    expect(rows).toHaveLength(22);
    expect(rows[2]).toEqual({ rowNumber: 3, cells: ['Hoàng Thị Mai 0', '020192000000', '1992-03-15T00:00:00.000Z'] });
  });

  it('reads the first tab only, and its text cells as text', async () => {
    const rows = await firstRows(path, 1000);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(rows.flatMap((r) => r.cells).some((c) => c === 'Điền mỗi người một dòng')).toBe(false);
    expect(rows[1]?.cells).toEqual(['Họ và tên', 'Số định danh cá nhân', 'Ngày sinh']);
  });

  it('reads text cells as text when the shared strings come after the sheets, as Excel stores them', async () => {
    const original = await JSZip.loadAsync(await readFile(path));
    const excelOrder = [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/theme/theme1.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ];
    const reordered = new JSZip();
    for (const name of excelOrder) {
      const part = original.file(name);
      if (part) reordered.file(name, await part.async('uint8array'));
    }
    const excelPath = join(dir, 'excel-order.xlsx');
    await writeFile(excelPath, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const reads = await Promise.all(Array.from({ length: 30 }, () => firstRows(excelPath)));
    for (const rows of reads) {
      expect(rows[1]?.cells).toEqual(['Họ và tên', 'Số định danh cá nhân', 'Ngày sinh']);
      expect(rows[21]?.cells.slice(0, 2)).toEqual(['Hoàng Thị Mai 19', '020192000019']);
    }
  });

  it('refuses a file that is not a workbook', async () => {
    const broken = join(dir, 'hong.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    await expect(firstRows(broken)).rejects.toThrow();
  });
});
