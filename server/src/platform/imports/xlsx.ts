import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

/** The parts of ExcelJS's streaming reader (4.4.0, pinned) that read one part of the archive each. */
interface ReaderParts {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    chunks: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

class UnreadableWorkbook extends Error {}

/** `worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml` or `xl/worksheets/sheet1.xml` as the archive names it. */
const partPath = (target: string) => {
  const path = target.replace(/^\//, '');
  return (path.startsWith('xl/') ? path : `xl/${path}`).toLowerCase();
};

/**
 * The worksheets of an .xlsx file in tab order, each streaming its rows.
 *
 * ExcelJS's own streaming reader reads the archive in one pass, and the zip parser under it can signal its end
 * before its last entries are read (exceljs/exceljs#3064). A file whose workbook part comes last (ExcelJS writes
 * it last, so do our own exports and error files) then failed about one read in a hundred with "Cannot read
 * properties of undefined (reading 'sheets')". This reads the archive by its central directory instead: the
 * workbook, its relations, shared strings and styles first, then the sheets in tab order, each part with ExcelJS's
 * own reader, whatever order the archive stores them in.
 */
export async function* xlsxWorksheets(path: string): AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const book = reader as unknown as ReaderParts;
  const directory = await unzipper.Open.file(path);
  const files = new Map(directory.files.map((f) => [f.path.toLowerCase(), f]));
  const open = (name: string) => files.get(name)?.stream() as Readable | undefined;

  // Checked before any part is opened: an opened part's stream reads the file until it is consumed.
  if (!files.has('xl/_rels/workbook.xml.rels') || !files.has('xl/workbook.xml')) {
    throw new UnreadableWorkbook('no workbook part');
  }
  await book._parseRels(open('xl/_rels/workbook.xml.rels') as Readable);
  await book._parseWorkbook(open('xl/workbook.xml') as Readable);
  if (!book.model) throw new UnreadableWorkbook('empty workbook part');
  const strings = open('xl/sharedstrings.xml');
  if (strings) for await (const _ of book._parseSharedStrings(strings));
  const styles = open('xl/styles.xml');
  if (styles) await book._parseStyles(styles);

  const byId = new Map((book.workbookRels ?? []).map((r) => [r.Id, partPath(r.Target)]));
  const sheets = (book.model.sheets ?? []).map((s) => byId.get(s.rId)).filter((p) => p !== undefined);
  let current: Readable | undefined;
  try {
    for (const [index, sheet] of sheets.entries()) {
      current = open(sheet);
      if (!current) continue;
      const sheetNo = /sheet(\d+)\.xml$/.exec(sheet)?.[1] ?? String(index + 1);
      for (const { eventType, value } of book._parseWorksheet(current, sheetNo)) {
        if (eventType === 'worksheet') yield value;
      }
      current.destroy();
    }
  } finally {
    // A caller that stops after its first rows leaves the sheet's stream open: close it (and its file).
    current?.destroy();
  }
}
