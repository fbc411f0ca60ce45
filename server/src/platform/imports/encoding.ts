import { AppError } from '../errors.ts';

/**
 * Text encodings of CSV files from commune offices. Excel saves "CSV UTF-8" or UTF-16; older machines save
 * Windows-1258 (the Vietnamese ANSI code page: base letters plus combining tone marks), and files typed with the
 * legacy Vietnamese fonts carry TCVN3 (ABC, ".VnTime") or VNI ("VNI-Times") bytes, which only look like
 * Vietnamese in those fonts. Windows-1258 is converted (WHATWG encoding, built into Node); TCVN3 and VNI are
 * refused with a reason saying how to convert them, never imported as garbage.
 */
export type TextEncoding = 'utf8' | 'utf16le' | 'windows-1258';
export type LegacyFont = 'tcvn3' | 'vni';

const VIETNAMESE_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const ALLOWED = new Set([...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toUpperCase()]);
const VOWEL = new Set([...'aeiouyAEIOUY']);

function isUtf8(head: Buffer): boolean {
  // A multi-byte character may be cut at the end of the head: drop up to three trailing bytes of one.
  let end = head.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = head[end - i] as number;
    if (b >= 0xc0) {
      end -= i;
      break;
    }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a CSV from its first bytes, or the legacy font encoding it is written in. */
export function detectEncoding(head: Buffer): { encoding: TextEncoding } | { legacy: LegacyFont } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le' };
  if (isUtf8(head)) return { encoding: 'utf8' };
  // Not UTF-8. Windows-1258 decodes to Vietnamese letters only; font encodings decode to symbols (µ ª ¬ ø ï …).
  const text = new TextDecoder('windows-1258').decode(head).normalize('NFC');
  const foreign = [...text].filter((c) => c > '\u007f' && !ALLOWED.has(c)).length;
  const letters = [...text].filter((c) => c > '\u007f').length;
  if (foreign === 0 || foreign < letters * 0.02) return { encoding: 'windows-1258' };
  // VNI writes a letter's marks as bytes after its ASCII vowel ("Hoï vaø teân"); TCVN3 has one byte per letter,
  // mostly after a consonant ("Hä vµ tªn").
  let afterVowel = 0;
  let high = 0;
  for (let i = 1; i < head.length; i++) {
    if ((head[i] as number) < 0x80) continue;
    high += 1;
    if (VOWEL.has(String.fromCharCode(head[i - 1] as number))) afterVowel += 1;
  }
  return { legacy: afterVowel > high * 0.6 ? 'vni' : 'tcvn3' };
}

const FONT_NAMES: Record<LegacyFont, string> = {
  tcvn3: 'TCVN3 (ABC, phông chữ .Vn…)',
  vni: 'VNI (phông chữ VNI-…)',
};

/** The refusal of a file in a legacy font encoding: what it is and how to convert it. */
export function legacyEncodingError(font: LegacyFont): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp CSV dùng bảng mã ${FONT_NAMES[font]}, không phải Unicode: nhập vào sẽ sai hết chữ có dấu. Hãy mở tệp bằng Excel và lưu lại dạng .xlsx hoặc "CSV UTF-8" sau khi chuyển mã sang Unicode (ví dụ Unikey: Công cụ chuyển mã, từ ${font === 'vni' ? 'VNI Windows' : 'TCVN3 (ABC)'} sang Unicode), rồi tải lên lại`,
    en: `The CSV file is in the legacy ${font.toUpperCase()} font encoding, not Unicode; convert it to Unicode first`,
  });
}

/** Decodes a whole file in a single-byte legacy code page (Windows-1258) to NFC text. */
export const decodeLegacy = (bytes: Buffer) => new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
