import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  setFormatLang,
} from './format.ts';

const NBSP = '\u00a0';

afterEach(() => setFormatLang('vi'));

describe('formatPercent', () => {
  it('gives every value of a measure the same number of decimals, so a column never mixes 3% and 3,27%', () => {
    expect(formatPercent(3, 'povertyRate')).toBe('3,00%');
    expect(formatPercent(3.27, 'povertyRate')).toBe('3,27%');
    expect(formatPercent(28.25, 'labourShare')).toBe('28,3%');
    expect(formatPercent(28, 'labourShare')).toBe('28,0%');
  });

  it('writes the percent sign without a space in both languages', () => {
    expect(formatPercent(4.6, 'povertyRate')).toBe('4,60%');
    setFormatLang('en');
    expect(formatPercent(4.6, 'povertyRate')).toBe('4.60%');
  });

  it('shows a dash when there is nothing to divide', () => {
    expect(formatPercent(null, 'povertyRate')).toBe('—');
    expect(formatPercent(undefined, 'labourShare')).toBe('—');
  });
});

describe('formatPoints', () => {
  it('writes a change of a rate in percentage points with a sign', () => {
    expect(formatPoints(0.5, 'povertyRate')).toBe(`+0,50${NBSP}điểm %`);
    expect(formatPoints(-1, 'povertyRate')).toBe(`\u22121,00${NBSP}điểm %`);
    setFormatLang('en');
    expect(formatPoints(-1, 'povertyRate')).toBe(`\u22121.00${NBSP}pp`);
  });

  it('gives no sign to a change that rounds to zero', () => {
    expect(formatPoints(0.001, 'povertyRate')).toBe(`0,00${NBSP}điểm %`);
    expect(formatPoints(-0.004, 'povertyRate')).toBe(`0,00${NBSP}điểm %`);
  });
});

describe('counts, numbers and money', () => {
  it('groups thousands by the locale of the language', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    setFormatLang('en');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('rounds a count to a whole number and keeps up to two decimals of a plain number', () => {
    expect(formatCount(12.6)).toBe('13');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('writes money in đồng', () => {
    expect(formatMoney(1797000)).toBe(`1.797.000${NBSP}đ`);
    setFormatLang('en');
    expect(formatMoney(1797000)).toBe(`1,797,000${NBSP}VND`);
  });
});

describe('dates', () => {
  it('writes a calendar date as dd/mm/yyyy without shifting it by time zone', () => {
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
    expect(formatDate(null)).toBe('—');
  });

  it('writes a timestamp as dd/mm/yyyy hh:mm in local time', () => {
    const d = new Date(2026, 10, 21, 14, 5);
    expect(formatDateTime(d.toISOString())).toBe('21/11/2026 14:05');
  });
});
