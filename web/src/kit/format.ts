/**
 * The one formatter of the web app. The same rules hold in both languages, each written the way its locale writes
 * numbers: Vietnamese 1.234.567,5 and 4,60%; English 1,234,567.5 and 4.60%. Dates are dd/mm/yyyy in both.
 *
 * - A percentage has a fixed number of decimals per measure (PERCENT_DECIMALS), so a column never mixes "3%" and
 *   "3,27%"; the sign follows the number without a space in both locales ("4,60%", never "4,60 %").
 * - A change of a rate is in percentage points: "+0,50 điểm %" / "+0.50 pp", with a true minus sign.
 * - Counts have thousands separators and no decimals; money is in đồng ("1.797.000 đ" / "1,797,000 VND").
 * - Nothing to show (null, undefined, NaN) is "—".
 */
export type FormatLang = 'vi' | 'en';

const LOCALES: Record<FormatLang, string> = { vi: 'vi-VN', en: 'en-GB' };
const NBSP = '\u00a0';
const MINUS = '\u2212';
export const EMPTY = '—';

/**
 * Decimals of each percentage measure. Poverty rates are published with two decimals (QĐ 24/2021/QĐ-TTg reports,
 * "tỷ lệ hộ nghèo 2,93%"); the unemployment rate with two, as the GSO labour force survey does; shares of trained
 * or certified labour with one ("28,3%"). A new measure adds its line here.
 */
export const PERCENT_DECIMALS = {
  povertyRate: 2,
  unemploymentRate: 2,
  labourShare: 1,
} as const;
export type PercentMeasure = keyof typeof PERCENT_DECIMALS;

let currentLang: FormatLang = 'vi';
/** Set by the language provider; every formatter without an explicit language follows it. */
export function setFormatLang(lang: FormatLang): void {
  currentLang = lang;
}
export function formatLang(): FormatLang {
  return currentLang;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: FormatLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || Number.isNaN(value);

/** A count: 1234567 → "1.234.567" (vi) / "1,234,567" (en). */
export function formatCount(value: number | null | undefined): string {
  return missing(value) ? EMPTY : numberFormat(currentLang, { maximumFractionDigits: 0 }).format(value);
}

/** A plain number with up to two decimals: 1234.5 → "1.234,5" (a measured value, not a count). */
export function formatNumber(value: number | null | undefined): string {
  return missing(value) ? EMPTY : numberFormat(currentLang, { maximumFractionDigits: 2 }).format(value);
}

/** A percentage given in percent (4.6 → "4,60%") with the fixed decimals of its measure. */
export function formatPercent(value: number | null | undefined, measure: PercentMeasure): string {
  const lang = currentLang;
  if (missing(value)) return EMPTY;
  const decimals = PERCENT_DECIMALS[measure];
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value / 100)
    .replace(/\s%/u, '%');
}

/** A change of a rate in percentage points: −1 → "−1,00 điểm %", 0.5 → "+0,50 điểm %" ("pp" in English). */
export function formatPoints(value: number | null | undefined, measure: PercentMeasure): string {
  const lang = currentLang;
  if (missing(value)) return EMPTY;
  const decimals = PERCENT_DECIMALS[measure];
  const text = numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    Math.abs(value),
  );
  const zero = Number(text.replace(/[^\d]/g, '')) === 0;
  const sign = zero ? '' : value > 0 ? '+' : MINUS;
  return `${sign}${text}${NBSP}${lang === 'en' ? 'pp' : 'điểm %'}`;
}

/** Money in đồng: 1797000 → "1.797.000 đ" (vi) / "1,797,000 VND" (en). */
export function formatMoney(value: number | null | undefined): string {
  if (missing(value)) return EMPTY;
  return `${formatCount(value)}${NBSP}${currentLang === 'en' ? 'VND' : 'đ'}`;
}

/** "2025-06-30" → "30/06/2025"; plain dates are read as calendar dates, not shifted by time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m && value.length === 10) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** ISO timestamp → "21/11/2026 14:05" in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last day before the 2025 reform of administrative units (NQ 202/2025/QH15, effective 01/07/2025). */
export const PRE_REFORM_DATE = '2025-06-30';

/** A tick of a percentage axis (a chart's scale, not a figure): 2.5 → "2,5%", 10 → "10%". */
export function formatAxisPercent(value: number | null | undefined): string {
  if (missing(value)) return EMPTY;
  return numberFormat(currentLang, { style: 'percent', maximumFractionDigits: 1 })
    .format(value / 100)
    .replace(/\s%/u, '%');
}
