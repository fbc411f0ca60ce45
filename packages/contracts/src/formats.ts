import Type from 'typebox';
import Format from 'typebox/format';

/**
 * String formats and bounded numbers shared by the server (registered with its validator) and the web. A value
 * the database cannot hold, or text that can spoof a name in a list or an export, is refused at the edge with a
 * field-level reason instead of failing deep inside a query.
 */

/** PostgreSQL `integer` (int4) bounds: every id, version, page and count the API takes fits in one. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

// C0/C1 controls (tab, LF, CR tested separately), bidi embeddings/overrides/isolates and marks, zero-width
// characters and joiners, word joiner, invisible operators, BOM, interlinear annotation and the other format
// characters (Unicode category Cf), and lone surrogates (Cs, only possible in a UTF-16 string).
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const INVISIBLE = /[\p{Cf}\p{Cs}\u2028\u2029]/u;
const LINE_BREAK = /[\t\n\r]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a piece of text is refused, in Vietnamese and English; null when it is acceptable. */
export function textProblem(value: string, opts: { multiline?: boolean } = {}): { vi: string; en: string } | null {
  if (value.includes('\0')) return { vi: 'chứa ký tự NUL', en: 'contains a NUL character' };
  if (LONE_SURROGATE.test(value)) return { vi: 'chứa ký tự Unicode hỏng', en: 'contains a lone surrogate' };
  if (CONTROL.test(value)) return { vi: 'chứa ký tự điều khiển', en: 'contains a control character' };
  if (INVISIBLE.test(value)) {
    return {
      vi: 'chứa ký tự ẩn hoặc đảo chiều văn bản (bidi, độ rộng 0)',
      en: 'contains an invisible or bidirectional-override character',
    };
  }
  if (!opts.multiline && LINE_BREAK.test(value)) {
    return { vi: 'không được xuống dòng hoặc có tab', en: 'must be a single line' };
  }
  return null;
}

/** A real day of the Gregorian calendar between years 1 and 9999 (what a PostgreSQL `date` holds), YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Format checks by name. `plain-text`: one line of human text (names, addresses, codes typed by hand);
 * `multiline-text`: the same with line breaks and tabs (reasons, notes); `calendar-date`: a real date;
 * `secret`: any text without NUL (a secret is never shown, so only what the database cannot hold is refused).
 */
export const STRING_FORMATS = {
  'plain-text': (value: string) => textProblem(value) === null,
  'multiline-text': (value: string) => textProblem(value, { multiline: true }) === null,
  'calendar-date': isCalendarDate,
  secret: (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value),
} as const satisfies Record<string, (value: string) => boolean>;

export type StringFormat = keyof typeof STRING_FORMATS;

// TypeBox's own checks (Value.Check, Compile) know the formats too, wherever the contracts are imported.
for (const [name, check] of Object.entries(STRING_FORMATS)) Format.Set(name, check);

/** Vietnamese and English reason for each format, for the field-level validation messages. */
export const STRING_FORMAT_MESSAGES: Record<StringFormat, { vi: string; en: string }> = {
  'plain-text': {
    vi: 'chứa ký tự không được phép (ký tự điều khiển, ẩn, đảo chiều hoặc xuống dòng)',
    en: 'contains a control, invisible, bidirectional or line-break character',
  },
  'multiline-text': {
    vi: 'chứa ký tự không được phép (ký tự điều khiển, ẩn hoặc đảo chiều)',
    en: 'contains a control, invisible or bidirectional character',
  },
  'calendar-date': { vi: 'không phải ngày có thật (YYYY-MM-DD)', en: 'is not a real date (YYYY-MM-DD)' },
  secret: { vi: 'chứa ký tự không được phép', en: 'contains a character that is not allowed' },
};

type StringOptions = Parameters<typeof Type.String>[0];
type IntegerOptions = Parameters<typeof Type.Integer>[0];

/** One line of human text: no control, invisible, bidi-override or zero-width characters. */
export const PlainText = (opts: StringOptions = {}) => Type.String({ format: 'plain-text', ...opts });
/** Text that may span lines (a reason, a note); otherwise as PlainText. */
export const MultilineText = (opts: StringOptions = {}) => Type.String({ format: 'multiline-text', ...opts });
/** A secret: anything but NUL and broken Unicode. */
export const Secret = (opts: StringOptions = {}) => Type.String({ format: 'secret', ...opts });
/** An integer that fits a PostgreSQL `integer` column unless narrower bounds are given. */
export const Int4 = (opts: IntegerOptions = {}) => Type.Integer({ minimum: INT4_MIN, maximum: INT4_MAX, ...opts });
/** A serial id. */
export const Id = (opts: IntegerOptions = {}) => Type.Integer({ minimum: 1, maximum: INT4_MAX, ...opts });
/** The version a client read, for optimistic locking. */
export const Version = (opts: IntegerOptions = {}) =>
  Type.Integer({
    minimum: 0,
    maximum: INT4_MAX,
    description: 'The version the client read; a mismatch is refused with CONFLICT',
    ...opts,
  });
