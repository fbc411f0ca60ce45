import { AppError } from '../../platform/errors.ts';

const isAmount = (n: number) => Number.isSafeInteger(n) && n >= 0;

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/**
 * One group of three digits. After a higher group the hundreds are always read ("không trăm"); a zero tens digit
 * before units reads "linh"; units read "mốt" after the tens from twenty ("hai mươi mốt", but "mười một"), "tư"
 * after twenty ("hai mươi tư") and "lăm" after any ten ("mười lăm", "hai mươi lăm", but "linh năm").
 */
function groupWords(n: number, afterHigher: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (afterHigher || h > 0) out.push(UNITS[h] ?? '', 'trăm');
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push('linh');
  } else if (t === 1) out.push('mười');
  else out.push(UNITS[t] ?? '', 'mươi');
  if (u === 0) return out;
  if (u === 1 && t >= 2) out.push('mốt');
  else if (u === 4 && t >= 2) out.push('tư');
  else if (u === 5 && t >= 1) out.push('lăm');
  else out.push(UNITS[u] ?? '');
  return out;
}

/** A whole number in Vietnamese words, lower case: 1005500000 → "một tỷ không trăm linh năm triệu năm trăm nghìn". */
export function numberInWords(value: number): string {
  if (!isAmount(value))
    throw new AppError('VALIDATION', { vi: `Số tiền không hợp lệ: ${value}`, en: `Not a whole amount: ${value}` });
  if (value === 0) return UNITS[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] ?? 0;
    if (g === 0) continue;
    words.push(...groupWords(g, words.length > 0));
    const scale = SCALES[k];
    if (scale) words.push(scale);
  }
  return words.join(' ');
}

/** An amount in đồng as the "Bằng chữ" line writes it: "Một triệu năm trăm nghìn đồng". */
export function amountInWords(value: number): string {
  const words = numberInWords(value);
  return `${words.charAt(0).toLocaleUpperCase('vi-VN')}${words.slice(1)} đồng`;
}
