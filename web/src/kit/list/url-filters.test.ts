import { HouseholdListQuery, WorkerListQuery } from '@lmis/contracts';
import { describe, expect, it } from 'vitest';
import { applyUrlChanges, readPaging, readUrlFilters } from './url-filters.ts';

describe('readUrlFilters', () => {
  it('converts each filter of the address to its contract type', () => {
    const params = new URLSearchParams('ageBand=3&sex=female&unitNeedsReview=true&q=nguyen&sort=updated');
    expect(readUrlFilters(WorkerListQuery, params)).toEqual({
      ageBand: 3,
      sex: 'female',
      unitNeedsReview: true,
      q: 'nguyen',
      sort: 'updated',
    });
  });

  it('drops a value the contract refuses instead of sending it to the API', () => {
    const params = new URLSearchParams('ageBand=9&sex=x&need=abroad&unitCode=123');
    expect(readUrlFilters(WorkerListQuery, params)).toEqual({ need: 'abroad' });
  });

  it('reads renamed keys and leaves the page out of the filters', () => {
    const params = new URLSearchParams('unit=05977&year=2026&class=poor&page=3');
    expect(
      readUrlFilters(HouseholdListQuery, params, { communeCode: 'unit', classYear: 'year', finalClass: 'class' }),
    ).toEqual({ communeCode: '05977', classYear: 2026, finalClass: 'poor' });
  });

  it('ignores a province code where the contract wants a commune', () => {
    const params = new URLSearchParams('unit=20');
    expect(readUrlFilters(HouseholdListQuery, params, { communeCode: 'unit' })).toEqual({});
  });
});

describe('readPaging', () => {
  it('falls back to page 1 and the first offered size', () => {
    expect(readPaging(new URLSearchParams('page=0&pageSize=33'), [20, 50])).toEqual({ page: 1, pageSize: 20 });
    expect(readPaging(new URLSearchParams('page=4&pageSize=50'), [20, 50])).toEqual({ page: 4, pageSize: 50 });
  });
});

describe('applyUrlChanges', () => {
  it('returns to the first page when a filter changes', () => {
    const next = applyUrlChanges(new URLSearchParams('page=3&q=a'), { q: 'b' });
    expect(next.toString()).toBe('q=b');
  });

  it('keeps the page when asked and removes empty values and false', () => {
    const next = applyUrlChanges(
      new URLSearchParams('page=3&sex=male&unitNeedsReview=true'),
      {
        sex: undefined,
        unitNeedsReview: false,
        round: 2025,
      },
      { keepPage: true },
    );
    expect(next.toString()).toBe('page=3&round=2025');
  });

  it('writes a renamed key under its address name', () => {
    const next = applyUrlChanges(new URLSearchParams(), { finalClass: 'poor' }, { urlKeys: { finalClass: 'class' } });
    expect(next.toString()).toBe('class=poor');
  });
});
