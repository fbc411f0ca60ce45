import { readdirSync } from 'node:fs';
import { catalogueItem, povertyStandard } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { type CsvRow, DATA_DIR, loadDataset } from '../../platform/reference-data.ts';

const STANDARD_COLUMNS = new Set([
  'code',
  'name_vi',
  'name_en',
  'parent_code',
  'sort_order',
  'valid_from',
  'valid_to',
  'source',
  'verified',
]);

/** Columns beyond the common ones become attributes; 'true'/'false' become booleans. */
function extraColumns(row: CsvRow): Record<string, string | boolean | null> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => !STANDARD_COLUMNS.has(key))
      .map(([key, value]) => [key, value === 'true' ? true : value === 'false' ? false : value]),
  );
}

/** Loads every catalogue in server/data/catalogues (the file name is the catalogue name) and the policy rates. */
export async function loadCatalogues(db: Db) {
  const files = readdirSync(`${DATA_DIR}catalogues`)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => `catalogues/${f}`);
  const catalogues = await loadDataset(db, {
    name: 'catalogues',
    files,
    table: catalogueItem,
    toRow: (r, file) => ({
      catalogue: file.replace(/^catalogues\//, '').replace(/\.csv$/, ''),
      code: r.code ?? '',
      nameVi: r.name_vi ?? '',
      nameEn: r.name_en,
      parentCode: r.parent_code,
      sortOrder: Number(r.sort_order ?? 0),
      validFrom: r.valid_from,
      validTo: r.valid_to,
      source: r.source ?? '',
      verified: r.verified === 'true',
      attributes: extraColumns(r),
    }),
  });
  const rates = await loadDataset(db, {
    name: 'poverty-standards',
    files: ['rates/poverty-standards.csv'],
    table: povertyStandard,
    toRow: (r) => ({
      areaType: r.area_type as 'urban' | 'rural',
      validFrom: r.valid_from ?? '',
      validTo: r.valid_to,
      incomeThresholdVnd: Number(r.income_threshold_vnd),
      deprivationThreshold: Number(r.deprivation_threshold),
      source: r.source ?? '',
      verified: r.verified === 'true',
    }),
  });
  return { catalogueItems: catalogues.rows, povertyStandards: rates.rows };
}
