import { WorkerListQuery } from '@lmis/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLang } from '../format.ts';
import { cursorMove, pagesByCursor, roundEstimate, totalText, withCursor } from './paging.ts';
import { applyUrlChanges, readPaging, readUrlFilters } from './url-filters.ts';

const VI = { totalRows: 'Tổng số', totalAbout: 'khoảng', totalAsOf: 'đếm lúc' } as const;
const EN = { totalRows: 'Total', totalAbout: 'about', totalAsOf: 'counted at' } as const;
const vi = (key: keyof typeof VI) => VI[key];
const en = (key: keyof typeof EN) => EN[key];

const offsetAnswer = { total: 1234, page: 3, pageSize: 20 };
const cursorAnswer = {
  total: 208_417,
  page: 3,
  pageSize: 20,
  totalKind: 'estimated' as const,
  totalAsOf: null,
  nextCursor: 'c-next',
  prevCursor: 'c-prev',
};

afterEach(() => setFormatLang('vi'));

describe('the paging mode follows the answer', () => {
  it('pages by number when the answer carries no cursor (the page/pageSize answer)', () => {
    expect(pagesByCursor(offsetAnswer)).toBe(false);
    expect(pagesByCursor(undefined)).toBe(false);
  });

  it('pages by cursor when the answer carries nextCursor, even null on the last page', () => {
    expect(pagesByCursor(cursorAnswer)).toBe(true);
    expect(pagesByCursor({ ...cursorAnswer, nextCursor: null })).toBe(true);
  });
});

describe('moving by cursor', () => {
  it('goes forward with the next cursor and the next page number', () => {
    expect(cursorMove(cursorAnswer, 3, 'next')).toEqual({ cursor: 'c-next', page: 4 });
  });

  it('has no next page after the last one', () => {
    expect(cursorMove({ ...cursorAnswer, nextCursor: null }, 3, 'next')).toBeNull();
  });

  it('goes back with the previous cursor', () => {
    expect(cursorMove(cursorAnswer, 3, 'prev')).toEqual({ cursor: 'c-prev', page: 2 });
  });

  it('returns to the plain first page (no cursor, no page number) from page 2', () => {
    expect(cursorMove(cursorAnswer, 2, 'prev')).toEqual({ cursor: undefined, page: undefined });
  });

  it('has no previous page on the first page', () => {
    expect(cursorMove({ ...cursorAnswer, prevCursor: null }, 1, 'prev')).toBeNull();
  });

  it('writes the move into the address and keeps the filters', () => {
    const prev = new URLSearchParams('sex=female&page=3&cursor=c-now');
    const move = cursorMove(cursorAnswer, 3, 'next');
    expect(move).not.toBeNull();
    const next = applyUrlChanges(prev, move ?? {}, { keepPage: true });
    expect(next.toString()).toBe('sex=female&page=4&cursor=c-next');
    const back = applyUrlChanges(next, cursorMove(cursorAnswer, 2, 'prev') ?? {}, { keepPage: true });
    expect(back.toString()).toBe('sex=female');
  });
});

describe('the cursor in the address', () => {
  it('is read with the page and left out of the filters', () => {
    const params = new URLSearchParams('sex=male&page=5&cursor=abc');
    expect(readPaging(params, [20, 50])).toEqual({ page: 5, pageSize: 20, cursor: 'abc' });
    expect(readUrlFilters(withCursor(WorkerListQuery), params)).toEqual({ sex: 'male' });
  });

  it('is dropped with the page number when a filter changes', () => {
    const next = applyUrlChanges(new URLSearchParams('page=5&cursor=abc'), { sex: 'female' });
    expect(next.toString()).toBe('sex=female');
  });
});

describe('the total as the server counted it', () => {
  it('writes an exact count with thousands separators', () => {
    expect(totalText(vi, { ...offsetAnswer, total: 1_234_567 })).toBe('Tổng số: 1.234.567');
  });

  it('writes an estimate as such, to three significant digits', () => {
    expect(roundEstimate(208_417)).toBe(208_000);
    expect(roundEstimate(87)).toBe(87);
    expect(totalText(vi, cursorAnswer)).toBe('Tổng số: khoảng 208.000');
  });

  it('writes a cached count with the time it was counted', () => {
    const at = new Date(2026, 10, 21, 14, 5).toISOString();
    const answer = { ...cursorAnswer, total: 5_120, totalKind: 'cached' as const, totalAsOf: at };
    expect(totalText(vi, answer)).toBe('Tổng số: 5.120 (đếm lúc 21/11/2026 14:05)');
  });

  it('follows the same rules in English', () => {
    setFormatLang('en');
    expect(totalText(en, cursorAnswer)).toBe('Total: about 208,000');
  });
});
