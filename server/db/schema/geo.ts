import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, serial, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';

/**
 * Administrative units as dated rows: the 63/696/10,051 pre-reform units (valid to 2025-06-30) and the 34/3,321
 * units from 2025-07-01 (Resolution 202/2025/QH15; QĐ 19/2025/QĐ-TTg code list). Codes are reused across the
 * reform (a new commune often keeps a predecessor's code), so a unit is identified by (level, code, valid_from).
 */
export const adminUnit = pgTable(
  'admin_unit',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 5 }).notNull(),
    level: text('level', { enum: ['province', 'district', 'commune'] }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull().generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    parentCode: varchar('parent_code', { length: 5 }),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [
    uniqueIndex('admin_unit_level_code_from_uq').on(t.level, t.code, sql`coalesce(${t.validFrom}, '0001-01-01')`),
    // Names of the units on a page of records are looked up by code alone (every version, filtered by date).
    index('admin_unit_code_idx').on(t.code),
    index('admin_unit_parent_idx').on(t.parentCode),
    index('admin_unit_province_idx').on(t.provinceCode),
    index('admin_unit_name_trgm_idx').using('gin', sql`${t.nameSearch} gin_trgm_ops`),
  ],
);

/** Old commune → new commune, one row per destination (Resolutions 1654–1687/NQ-UBTVQH15, 2025). */
export const adminUnitCrosswalk = pgTable(
  'admin_unit_crosswalk',
  {
    id: serial('id').primaryKey(),
    oldCode: varchar('old_code', { length: 5 }).notNull(),
    oldName: text('old_name').notNull(),
    oldDistrictCode: varchar('old_district_code', { length: 3 }),
    oldProvinceCode: varchar('old_province_code', { length: 2 }).notNull(),
    newCode: varchar('new_code', { length: 5 }).notNull(),
    newProvinceCode: varchar('new_province_code', { length: 2 }).notNull(),
    mergeType: text('merge_type', { enum: ['full', 'partial', 'unchanged'] }).notNull(),
    effectiveOn: date('effective_on').notNull(),
  },
  (t) => [index('admin_unit_crosswalk_old_idx').on(t.oldCode), index('admin_unit_crosswalk_new_idx').on(t.newCode)],
);

/** Which reference data files are loaded, by checksum, so the loader is idempotent. */
export const referenceDataset = pgTable('reference_dataset', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  rowCount: integer('row_count').notNull(),
  loadedAt: date('loaded_at').notNull().defaultNow(),
});
