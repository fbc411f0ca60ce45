import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

/** Every coded catalogue (ethnic groups, qualification levels, VSCO, VSIC, …) as dated, sourced rows. */
export const catalogueItem = pgTable(
  'catalogue_item',
  {
    id: serial('id').primaryKey(),
    catalogue: text('catalogue').notNull(),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    sortOrder: integer('sort_order').notNull().default(0),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    /** Further columns of the catalogue file, e.g. whether a qualification counts as trained labour. */
    attributes: jsonb('attributes').notNull().default({}),
  },
  (t) => [
    uniqueIndex('catalogue_item_uq').on(t.catalogue, t.code, sql`coalesce(${t.validFrom}, '0001-01-01')`),
    index('catalogue_item_catalogue_idx').on(t.catalogue, t.sortOrder),
  ],
);

/** The title of each catalogue, as officials name the list (server/data/catalogue-titles/titles.csv). */
export const catalogue = pgTable('catalogue', {
  name: text('name').primaryKey(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
});

/** Poverty standard per area type and period (NĐ 07/2021/NĐ-CP; NĐ 351/2025/NĐ-CP from 2027). */
export const povertyStandard = pgTable('poverty_standard', {
  id: serial('id').primaryKey(),
  areaType: text('area_type', { enum: ['urban', 'rural'] }).notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  incomeThresholdVnd: bigint('income_threshold_vnd', { mode: 'number' }).notNull(),
  deprivationThreshold: integer('deprivation_threshold').notNull(),
  source: text('source').notNull(),
  verified: boolean('verified').notNull().default(false),
});
