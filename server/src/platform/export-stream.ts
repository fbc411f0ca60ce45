import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type Cell = string | number;

// OWASP CSV injection: a cell a spreadsheet would read as a formula (or whose leading tab/CR hides one).
const FORMULA_START = /^[=+\-@\t\r]/;
// A real number stays a number: "-5", "+84912345678", "3,5" are not formulas.
const REAL_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * One CSV cell: text that starts like a formula gets a leading apostrophe (so the spreadsheet shows it as text)
 * and is quoted; quotes, separators and line breaks are quoted as RFC 4180 says. Numbers are left as numbers.
 */
export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const neutral = FORMULA_START.test(value) && !REAL_NUMBER.test(value);
  const text = neutral ? `'${value}` : value;
  return neutral || /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Maps every row of every batch of an async source of batches. */
export async function* mapBatches<T>(source: AsyncIterable<T[]>, row: (item: T) => Cell[]): AsyncGenerator<Cell[][]> {
  for await (const batch of source) yield batch.map(row);
}

/**
 * A file export as a stream. The first batch is read before the stream is returned, so a failure there is an
 * ordinary error response before the first byte. A failure later destroys the stream with the error: the HTTP
 * layer then aborts the transfer (no final chunk), so the client reports a failed download instead of saving a
 * truncated file, and `onFailed` records it.
 */
export async function exportStream(opts: {
  format: 'csv' | 'xlsx';
  sheetName: string;
  headers: string[];
  batches: AsyncIterable<Cell[][]>;
  onFailed: (error: unknown) => Promise<void> | void;
}): Promise<Readable> {
  const iterator = opts.batches[Symbol.asyncIterator]();
  let first: IteratorResult<Cell[][]>;
  try {
    first = await iterator.next();
  } catch (error) {
    await opts.onFailed(error);
    throw error;
  }
  const out = new PassThrough();
  async function* rest(): AsyncGenerator<Cell[][]> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const write = opts.format === 'csv' ? writeCsv : writeXlsx;
  write(out, opts, rest()).catch(async (error) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    await opts.onFailed(error);
  });
  return out;
}

async function writeCsv(out: PassThrough, opts: { headers: string[] }, batches: AsyncIterable<Cell[][]>) {
  out.write(`\ufeff${opts.headers.map(csvCell).join(',')}\r\n`);
  for await (const batch of batches) {
    const chunk = batch.map((row) => row.map(csvCell).join(',')).join('\r\n');
    if (chunk && !out.write(`${chunk}\r\n`)) await new Promise((ok) => out.once('drain', ok));
    if (out.destroyed) return;
  }
  out.end();
}

async function writeXlsx(
  out: PassThrough,
  opts: { headers: string[]; sheetName: string },
  batches: AsyncIterable<Cell[][]>,
) {
  // Cells are typed (a string is never a formula in xlsx), so only the CSV needs neutralising.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(opts.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = opts.headers.map((h) => ({ header: h, width: Math.min(Math.max(h.length + 2, 12), 40) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
}
