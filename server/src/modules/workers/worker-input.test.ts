import { describe, expect, it } from 'vitest';
import { cleanText } from './worker-input.ts';

describe('cleanText', () => {
  it('returns clean NFC text as it is', () => {
    expect(cleanText('Nguyễn Văn Hùng')).toBe('Nguyễn Văn Hùng');
    expect(cleanText('Thôn Nà Phái, xã Hoàng Văn Thụ')).toBe('Thôn Nà Phái, xã Hoàng Văn Thụ');
  });

  it('composes NFD text, folds runs of spaces and non-breaking spaces, and trims', () => {
    const nfd = 'Nguyễn Văn Hùng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn Hùng');
    expect(cleanText(nfd)).toBe('Nguyễn Văn Hùng');
    expect(cleanText('  Lê\u00a0\u00a0Thị   Mai\t')).toBe('Lê Thị Mai');
    expect(cleanText('Hà\nGiang')).toBe('Hà Giang');
  });

  it('reads empty cells as missing and passes numbers and dates as text', () => {
    expect(cleanText('   ')).toBeNull();
    expect(cleanText('')).toBeNull();
    expect(cleanText(null)).toBeNull();
    expect(cleanText(20179000428)).toBe('20179000428');
    expect(cleanText(new Date(Date.UTC(1990, 1, 28)))).toBe('1990-02-28');
    expect(cleanText({ richText: [], text: ' Mai ' })).toBe('Mai');
  });
});
