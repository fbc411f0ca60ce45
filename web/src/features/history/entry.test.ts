import { describe, expect, it } from 'vitest';
import { changedFieldsSummary, recordHref, recordName } from './entry.ts';

describe('a change-log entry in words', () => {
  it('names the record by the name its image carries, not by its key', () => {
    expect(
      recordName({ before: { fullName: 'Nguyễn Văn An', version: 1 }, after: { fullName: 'Nguyễn Văn Ân' } }),
    ).toBe('Nguyễn Văn Ân');
    expect(recordName({ before: null, after: { headName: 'Lò Thị Mai', householdCode: 'H-01' } })).toBe('Lò Thị Mai');
    expect(recordName({ before: null, after: { fileName: 'danh-sach.xlsx', inserted: 3 } })).toBe('danh-sach.xlsx');
    expect(recordName({ before: null, after: { version: 2 } })).toBeNull();
  });

  it('links each entry to the page of its record', () => {
    const worker = { entityType: 'worker', entityId: '001090000001', before: null, after: {} };
    expect(recordHref(worker)).toBe('/registry/workers/001090000001');
    expect(recordHref({ entityType: 'household', entityId: '17', before: null, after: {} })).toBe('/households/17');
    expect(
      recordHref({
        entityType: 'poverty_review',
        entityId: '5',
        before: null,
        after: { householdId: 17, reviewYear: 2026 },
      }),
    ).toBe('/households/17');
    expect(recordHref({ entityType: 'worker', entityId: null, before: null, after: {} })).toBeNull();
    // Each kind of import links to its own import page, where the recent imports are listed.
    for (const [type, page] of [
      ['worker_import', '/registry/import'],
      ['household_import', '/households/import'],
      ['employer_import', '/employers/import'],
    ] as const) {
      expect(recordHref({ entityType: type, entityId: '3', before: null, after: {} })).toBe(page);
    }
  });

  it('lists the changed fields by their declared labels, never their code names', () => {
    const summary = changedFieldsSummary(
      {
        entityType: 'worker',
        before: { fullName: 'A', birthDate: '1990-01-01', version: 1 },
        after: { fullName: 'B', birthDate: '1990-01-02', version: 2 },
      },
      'vi',
    );
    expect(summary.text).toBe('Họ và tên, Ngày sinh');
    const account = changedFieldsSummary(
      { entityType: 'user', before: { failedLogins: 0 }, after: { failedLogins: 3 } },
      'en',
    );
    expect(account.text).toBe('Failed sign-ins');
  });

  it('counts the fields left out of a long summary', () => {
    const before = { a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1 };
    const after = { a1: 2, a2: 2, a3: 2, a4: 2, a5: 2, a6: 2 };
    expect(changedFieldsSummary({ entityType: 'worker', before, after }, 'vi').more).toBe(2);
  });
});
