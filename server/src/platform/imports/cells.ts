/**
 * Reading spreadsheet cells the way communes fill them in: text in any Unicode form, dates as Excel serials, Date
 * objects or dd/mm/yyyy text. Shared by every module's import.
 */

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Cell text: NFC, trimmed, inner runs of spaces folded; empty → null. Dates and numbers pass through. */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in (value as object)) return cleanText((value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in (value as object))
    return cleanText((value as { result: unknown }).result);
  const given = typeof value === 'string' ? value : String(value);
  // Most cells are already clean: words of ASCII and precomposed Latin letters (NFC-stable) with single spaces.
  if (CLEAN_CELL.test(given)) return given;
  const text = given
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
const CLEAN_CELL = /^[!-~\u00c0-\u024f\u1e00-\u1eff]+(?: [!-~\u00c0-\u024f\u1e00-\u1eff]+)*$/;

/** Header or name text reduced to a comparison key: no diacritics (đ → d), lower case, words only. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const isoDate = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};

/** A date cell read: the ISO date, or why it cannot be one (in Vietnamese, naming the value as written). */
export type DateReading = { date: string } | { problem: string } | { missing: true };

const two = (n: number) => String(n).padStart(2, '0');

/** Reads a date written as an Excel serial, a Date, dd/mm/yyyy (also - or .), or yyyy-mm-dd. */
export function readDate(value: unknown): DateReading {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { problem: 'không phải ngày' } : { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'number' && value > 0 && value < 80000) {
    return { date: new Date(EXCEL_EPOCH + Math.round(value) * 86400_000).toISOString().slice(0, 10) };
  }
  const text = cleanText(value);
  if (!text) return { missing: true };
  if (/^\d{5}$/.test(text)) return readDate(Number(text));
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let parts: [number, number, number] | null = m ? [Number(m[3]), Number(m[2]), Number(m[1])] : null;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(text);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!parts) return { problem: `"${text}" không đọc được (cần dạng dd/mm/yyyy)` };
  const [y, mo, d] = parts;
  const date = isoDate(y, mo, d);
  if (date) return { date };
  const shown = `${two(d)}/${two(mo)}/${y}`;
  if (mo < 1 || mo > 12) return { problem: `${shown} không có tháng ${mo}` };
  return { problem: `${shown} không có ngày này` };
}

/** The ISO date of a cell, or null when it is empty or not a real date. */
export function parseDate(value: unknown): string | null {
  const r = readDate(value);
  return 'date' in r ? r.date : null;
}

/** dd/mm/yyyy of an ISO date, as Vietnamese documents write it. */
export const viDate = (iso: string) => iso.split('-').reverse().join('/');
