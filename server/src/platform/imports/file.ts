import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { cleanText } from './cells.ts';
import { decodeLegacy, detectEncoding, legacyEncodingError, type TextEncoding } from './encoding.ts';
import { findHeaderRow, type HeaderMapping, type ImportField } from './headers.ts';
import { xlsxWorksheets } from './xlsx.ts';

export type SheetFormat = 'xlsx' | 'csv';
export type Cell = unknown;
export interface SheetRow {
  rowNumber: number;
  cells: Cell[];
}

/** Rich text and hyperlinks become plain text; formulas become their result. */
function cellValue(value: unknown): Cell {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result ?? null;
    if ('text' in v) return v.text ?? null;
    if ('error' in v) return null;
  }
  return value;
}

async function detectCsv(path: string): Promise<{ encoding: TextEncoding; delimiter: string }> {
  const handle = await open(path, 'r');
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
  await handle.close();
  const head = buffer.subarray(0, bytesRead);
  const detected = detectEncoding(head);
  if ('legacy' in detected) throw legacyEncodingError(detected.legacy);
  const { encoding } = detected;
  const text = encoding === 'windows-1258' ? decodeLegacy(head) : head.toString(encoding);
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { encoding, delimiter };
}

/** Streams the first worksheet's rows (1-based spreadsheet row numbers), or a CSV's records. */
export async function* readRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    const { encoding, delimiter } = await detectCsv(path);
    // A Windows-1258 file (old machines; a commune's list, never large) is decoded whole, the rest streamed.
    const source =
      encoding === 'windows-1258'
        ? Readable.from([decodeLegacy(await readFile(path))])
        : createReadStream(path, { encoding });
    const parser = source.pipe(
      parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
    );
    let rowNumber = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: record };
    }
    return;
  }
  for await (const worksheet of xlsxWorksheets(path)) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { rowNumber: row.number, cells: values.map(cellValue) };
    }
    return; // the register is on the first sheet
  }
}

const isBlank = (cells: Cell[]) => cells.every((c) => cleanText(c) === null);
/** Vietnamese forms number their columns under the header: (1) (2) (3) … or 1 2 3 … (stops at the first cell
 *  that is not a number, so a data row costs one cell). */
const isNumberingRow = (cells: Cell[]) => {
  let filled = 0;
  for (const cell of cells) {
    const c = cleanText(cell);
    if (c === null) continue;
    if (!/^\(?\d{1,2}\)?$/.test(c)) return false;
    filled += 1;
  }
  return filled >= 3;
};

export interface FileLayout<K extends string = string> {
  headerRow: number;
  headers: string[];
  mapping: HeaderMapping<K>;
  sample: SheetRow[];
}

/**
 * Finds the header row among the first rows (the row naming the most fields, `keyFields` counting extra, merged
 * group titles above it carried over) and returns it with a sample of data rows.
 */
export async function inspectFile<K extends string>(
  path: string,
  format: SheetFormat,
  layout: { fields: readonly ImportField<K>[]; keyFields: readonly K[] },
): Promise<FileLayout<K>> {
  const head: SheetRow[] = [];
  for await (const row of readRows(path, format)) {
    head.push(row);
    if (head.length >= 40) break;
  }
  const best = findHeaderRow(head, layout.fields, layout.keyFields);
  const sample = head
    .filter((r) => r.rowNumber > best.headerRow && !isBlank(r.cells) && !isNumberingRow(r.cells))
    .slice(0, 10);
  return { headerRow: best.headerRow, headers: best.headers, mapping: best.mapping, sample };
}

export const skipRow = (cells: Cell[]) => isBlank(cells) || isNumberingRow(cells);

/**
 * Number of data rows after the header, for the progress bar. A CSV is counted by its line breaks (a quoted
 * cell with a line break makes this an over-estimate; the import records the true count when it finishes).
 */
export async function countDataRows(path: string, format: SheetFormat, headerRow: number): Promise<number> {
  if (format === 'csv') {
    let lines = 0;
    let last = 10;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      last = chunk[chunk.length - 1] ?? last;
    }
    return Math.max(0, lines + (last === 10 ? 0 : 1) - headerRow);
  }
  let n = 0;
  for await (const row of readRows(path, format)) if (row.rowNumber > headerRow && !skipRow(row.cells)) n += 1;
  return n;
}
