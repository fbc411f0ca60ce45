import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * One exporter for every list a module offers as a file: columns declared once (header, kind, value), rows from an
 * async source in batches, written as .xlsx (typed cells: real dates shown dd/mm/yyyy, numbers as numbers, bold
 * frozen header with an autofilter, widths fitted to the first rows) or CSV (UTF-8 with BOM, comma, or semicolon
 * with decimal comma for Vietnamese regional settings of Excel).
 */

export type ColumnKind = 'text' | 'code' | 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'bool';

export interface TabularColumn<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R, index: number) => unknown;
  /** Decimals of a decimal or percent column (fixed per column: a column never mixes 3% and 3,27%). */
  decimals?: number;
  /** Width in characters; fitted to the header and the first rows when absent. */
  width?: number;
}

export interface TabularSpec<R> {
  sheetName: string;
  columns: readonly TabularColumn<R>[];
  batches: AsyncIterable<readonly R[]>;
}

export type TabularFormat = 'xlsx' | 'csv' | 'csv-semicolon';

export interface TabularExport {
  stream: Readable;
  contentType: string;
  extension: 'xlsx' | 'csv';
  /** Resolves with the number of rows written, rejects when the export failed part-way (the stream is destroyed). */
  finished: Promise<number>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP, CSV injection). Only
 * text: numbers, dates and codes written as such keep their value.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A date value as YYYY-MM-DD, whether the driver gave a string or a Date (of a local midnight). */
const isoOf = (value: unknown): string => {
  if (value instanceof Date) {
    const local = new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
    return local.toISOString().slice(0, 10);
  }
  return String(value).slice(0, 10);
};
const isoToDate = (value: unknown) => new Date(`${isoOf(value)}T00:00:00Z`);
const viDate = (value: unknown) => {
  const iso = isoOf(value);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};

function numberFormat(column: TabularColumn<unknown>): string | undefined {
  const decimals = column.decimals ?? (column.kind === 'percent' ? 2 : 1);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (column.kind) {
    case 'integer':
    case 'money':
      return '#,##0';
    case 'decimal':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'date':
      return 'dd/mm/yyyy';
    default:
      return undefined;
  }
}

/** The value as the spreadsheet cell holds it. Percent values are given as percentages (5,67) and stored as 0,0567. */
function xlsxCell(column: TabularColumn<unknown>, value: unknown): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'integer':
    case 'decimal':
    case 'money':
      return Number(value);
    case 'percent':
      return Number(value) / 100;
    case 'date':
      return isoToDate(value);
    case 'bool':
      return value ? 'Có' : 'Không';
    default:
      return String(value);
  }
}

function csvCell(column: TabularColumn<unknown>, value: unknown, decimalComma: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  const fixed = (n: number, decimals?: number) => {
    const text = decimals === undefined ? String(n) : n.toFixed(decimals);
    return decimalComma ? text.replace('.', ',') : text;
  };
  switch (column.kind) {
    case 'integer':
    case 'money':
      return String(Math.round(Number(value)));
    case 'decimal':
      return fixed(Number(value), column.decimals);
    case 'percent':
      return fixed(Number(value), column.decimals ?? 2);
    case 'date':
      return viDate(value);
    case 'bool':
      return value ? 'Có' : 'Không';
    case 'code':
      return String(value);
    default:
      return neutraliseFormula(String(value));
  }
}

function fittedWidths<R>(columns: readonly TabularColumn<R>[], sample: readonly R[]): number[] {
  return columns.map((column, c) => {
    if (column.width) return column.width;
    let widest = column.header.length;
    sample.forEach((row, i) => {
      const value = column.value(row, i + 1);
      const shown = column.kind === 'date' ? 10 : value === null || value === undefined ? 0 : String(value).length;
      if (shown > widest) widest = shown;
    });
    // Numbers take their separators; a little room for the autofilter button.
    const extra = column.kind === 'integer' || column.kind === 'money' ? 4 : 3;
    return Math.min(Math.max(widest + extra, c === 0 ? 6 : 8), 60);
  });
}

/**
 * Opens the export: the first batch is read before this resolves, so a failing query answers with an error before
 * the first byte; a failure later destroys the stream (the client sees an aborted transfer, never a short file that
 * looks complete) and rejects `finished`.
 */
export async function openTabularExport<R>(spec: TabularSpec<R>, format: TabularFormat): Promise<TabularExport> {
  const iterator = spec.batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstRows = first.done ? [] : first.value;
  const out = new PassThrough();
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
  };
  const batches = async function* () {
    if (!first.done) yield firstRows;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };

  const run =
    format === 'xlsx'
      ? writeXlsx(spec, out, batches(), fittedWidths(spec.columns, firstRows))
      : writeCsv(spec, batches(), format === 'csv-semicolon', write).then((n) => {
          out.end();
          return n;
        });
  const finished = run.catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  // The caller may not wait for it; a failure is still seen through the destroyed stream.
  finished.catch(() => {});
  return {
    stream: out,
    extension: format === 'xlsx' ? 'xlsx' : 'csv',
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    finished,
  };
}

async function writeCsv<R>(
  spec: TabularSpec<R>,
  batches: AsyncIterable<readonly R[]>,
  semicolon: boolean,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  const delimiter = semicolon ? ';' : ',';
  const line = (cells: string[]) => stringify([cells], { delimiter, record_delimiter: '\r\n' });
  await write(`\ufeff${line(spec.columns.map((c) => neutraliseFormula(c.header)))}`);
  let index = 0;
  for await (const batch of batches) {
    const rows = batch.map((row) => {
      index += 1;
      return spec.columns.map((c) => csvCell(c as TabularColumn<unknown>, c.value(row, index), semicolon));
    });
    if (rows.length > 0) await write(stringify(rows, { delimiter, record_delimiter: '\r\n' }));
  }
  return index;
}

async function writeXlsx<R>(
  spec: TabularSpec<R>,
  out: PassThrough,
  batches: AsyncIterable<readonly R[]>,
  widths: number[],
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(spec.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = spec.columns.map((c, i) => ({
    header: c.header,
    width: widths[i],
    style: numberFormat(c as TabularColumn<unknown>) ? { numFmt: numberFormat(c as TabularColumn<unknown>) } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  let index = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      index += 1;
      sheet.addRow(spec.columns.map((c) => xlsxCell(c as TabularColumn<unknown>, c.value(row, index)))).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  return index;
}
