import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * An employer (người sử dụng lao động) of the register, kept in the commune of its head office (today's unit). The
 * tax code is unique nation-wide: one code per taxpayer for life, a branch's 13-digit code its own (TT 105/2020/
 * TT-BTC Art. 5).
 */
export const employer = pgTable(
  'employer',
  {
    id: serial('id').primaryKey(),
    /** Digits and the branch dash as issued: `0101234567` or `0101234567-001`. */
    taxCode: varchar('tax_code', { length: 14 }).notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull().generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    /** Alphabetical order in Vietnamese (vi_sort_key), the list's order. */
    nameSort: text('name_sort').notNull().generatedAlwaysAs(sql`vi_sort_key(name)`),
    legalFormCode: text('legal_form_code'),
    vsicSectionCode: text('vsic_section_code'),
    address: text('address'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    unitNeedsReview: boolean('unit_needs_review').notNull().default(false),
    sourceUnit: text('source_unit'),
    employeeCount: integer('employee_count'),
    uiParticipation: boolean('ui_participation').notNull().default(false),
    uiSince: date('ui_since'),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    industrialZone: text('industrial_zone'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employer_tax_code_uq').on(t.taxCode),
    // The list order in each scope (unit, name, id) for keyset pages.
    index('employer_province_sort_idx').on(t.provinceCode, sql`${t.nameSort} COLLATE "C"`, t.id),
    index('employer_commune_sort_idx').on(t.communeCode, sql`${t.nameSort} COLLATE "C"`, t.id),
    index('employer_name_trgm_idx').using('gin', sql`${t.nameSearch} gin_trgm_ops`),
    index('employer_tax_code_prefix_idx').on(t.taxCode.op('text_pattern_ops')),
  ],
);

/**
 * A vocational education and training institution (Luật GDNN 74/2014/QH13 Art. 5), kept in the commune of its head
 * office; province officers keep the register. The training module extends it.
 */
export const trainingInstitution = pgTable(
  'training_institution',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull().generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    typeCode: text('type_code').notNull(),
    ownershipCode: text('ownership_code').notNull(),
    licenceNumber: text('licence_number'),
    licenceDate: date('licence_date'),
    address: text('address'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_institution_code_uq').on(t.code),
    index('training_institution_unit_idx').on(t.provinceCode, t.name, t.id),
  ],
);
