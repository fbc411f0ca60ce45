import { describe, expect, it } from 'vitest';
import { errorsUrl, templateUrl, uploadForm } from './api.ts';

describe('the upload form', () => {
  it('sends the receiving unit and the extra choices before the file, the file under its own name', () => {
    const file = new File(['a;b'], 'ds-lao-dong.csv', { type: 'text/csv' });
    const form = uploadForm({ file, unitCode: '05977', fields: { roundYear: 2026 } });
    expect([...form.keys()]).toEqual(['unitCode', 'roundYear', 'file']);
    expect(form.get('roundYear')).toBe('2026');
    expect((form.get('file') as File).name).toBe('ds-lao-dong.csv');
  });

  it('leaves the unit out when the user’s own commune receives the file', () => {
    const file = new File(['x'], 'ds-ho.xlsx');
    expect([...uploadForm({ file }).keys()]).toEqual(['file']);
  });
});

describe('the addresses of an import kind', () => {
  it('puts the error file and the template under the kind’s base path', () => {
    expect(errorsUrl('/api/household-imports', 12)).toBe('/api/household-imports/12/errors.xlsx');
    expect(templateUrl('/api/employer-imports')).toBe('/api/employer-imports/template.xlsx');
  });
});
