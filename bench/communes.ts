import { readDataCsv } from '../server/src/platform/reference-data.ts';

/** Today's communes of a province, from the repo's reference data. */
export function provinceCommunes(provinceCode: string): string[] {
  return readDataCsv('admin-units/units-2025-07-01.csv')
    .rows.filter((r) => r.level === 'commune' && r.parent_code === provinceCode)
    .map((r) => r.code as string);
}
