import { readdirSync } from 'node:fs';
import { catalogue, catalogueItem, povertyStandard, trainingSupportRate } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { type CsvRow, DATA_DIR, loadDataset, readDataCsv } from '../../platform/reference-data.ts';

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

const TITLES_FILE = 'catalogue-titles/titles.csv';

/** What is wrong between the catalogue files and their titles: a file without a title, a title without a file. */
export function catalogueTitleProblems(files: string[], titled: string[]): string[] {
  return [
    ...files.filter((n) => !titled.includes(n)).map((n) => `no title for catalogue ${n}`),
    ...titled.filter((n) => !files.includes(n)).map((n) => `a title for ${n || '(blank)'}, which has no file`),
    ...titled.filter((n, i) => titled.indexOf(n) !== i).map((n) => `${n} titled twice`),
  ];
}

/**
 * Loads every catalogue in server/data/catalogues (the file name is the catalogue name) with its title, and the
 * policy rates. A catalogue file without a title in catalogue-titles/titles.csv (or a title without its file) is a
 * data error: nothing is loaded.
 */
export async function loadCatalogues(db: Db) {
  const files = readdirSync(`${DATA_DIR}catalogues`)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => `catalogues/${f}`);
  const problems = catalogueTitleProblems(
    files.map((f) => f.replace(/^catalogues\//, '').replace(/\.csv$/, '')),
    readDataCsv(TITLES_FILE).rows.map((r) => r.catalogue ?? ''),
  );
  if (problems.length > 0) throw new Error(`${TITLES_FILE}: ${problems.join('; ')}`);
  await loadDataset(db, {
    name: 'catalogue-titles',
    files: [TITLES_FILE],
    table: catalogue,
    toRow: (r) => ({ name: r.catalogue ?? '', titleVi: r.title_vi ?? '', titleEn: r.title_en ?? '' }),
  });
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
  // Employer training support (QĐ 23/2021 Art. 9–10; NĐ 28/2015 Art. 3–4; NĐ 374/2025 Art. 23): see SOURCES.md.
  const trainingRates = await loadDataset(db, {
    name: 'training-support-rates',
    files: ['rates/training-support.csv'],
    table: trainingSupportRate,
    toRow: (r) => ({
      typeCode: r.type_code ?? '',
      validFrom: r.valid_from ?? '',
      validTo: r.valid_to,
      monthlyCapVnd: Number(r.monthly_cap_vnd),
      maxMonths: Number(r.max_months),
      minUiMonths: Number(r.min_ui_months),
      uiWindowMonths: r.ui_window_months ? Number(r.ui_window_months) : null,
      minRevenueDeclinePct: r.min_revenue_decline_pct ? Number(r.min_revenue_decline_pct) : null,
      applicationFrom: r.application_from,
      applicationTo: r.application_to,
      source: r.source ?? '',
      grade: r.grade ?? 'C',
    }),
  });
  return {
    catalogueItems: catalogues.rows,
    povertyStandards: rates.rows,
    trainingSupportRates: trainingRates.rows,
  };
}
