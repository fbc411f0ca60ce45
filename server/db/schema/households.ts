import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { person } from './people.ts';

/** A household of the commune register; members 15+ link to the worker register by personal ID. */
export const household = pgTable(
  'household',
  {
    id: serial('id').primaryKey(),
    householdCode: text('household_code').notNull(),
    headName: text('head_name').notNull(),
    headNameSearch: text('head_name_search').notNull().generatedAlwaysAs(sql`f_unaccent(lower(head_name))`),
    address: text('address'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    areaType: text('area_type', { enum: ['urban', 'rural'] }).notNull(),
    registeredOn: date('registered_on').notNull(),
    dissolvedOn: date('dissolved_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('household_code_uq').on(t.communeCode, t.householdCode),
    // The province's list order (commune, household code) for keyset pages; a commune's is household_code_uq.
    index('household_unit_idx').on(t.provinceCode, t.communeCode, t.householdCode),
    index('household_head_name_trgm_idx').using('gin', sql`${t.headNameSearch} gin_trgm_ops`),
  ],
);

export const householdMember = pgTable(
  'household_member',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => household.id),
    /** The member's person (members 15+ with a personal ID); children without one keep only the fields below. */
    personId: varchar('person_id', { length: 12 }).references(() => person.personId),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date'),
    sex: text('sex', { enum: ['male', 'female'] }),
    relation: text('relation'),
  },
  (t) => [
    index('household_member_household_idx').on(t.householdId),
    index('household_member_person_idx').on(t.personId),
  ],
);

/**
 * One household's yearly poverty review (QĐ 24/2021/QĐ-TTg): per-capita income, the deprivation indicators it
 * lacks (NĐ 07/2021/NĐ-CP), the class computed from the dated standard, any manual override with its reason,
 * and the change since the previous year's review.
 */
export const povertyReview = pgTable(
  'poverty_review',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => household.id),
    reviewYear: smallint('review_year').notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    areaType: text('area_type', { enum: ['urban', 'rural'] }).notNull(),
    memberCount: integer('member_count').notNull(),
    incomePerCapitaVnd: bigint('income_per_capita_vnd', { mode: 'number' }).notNull(),
    deprivations: text('deprivations').array().notNull(),
    standardId: integer('standard_id').notNull(),
    computedClass: text('computed_class', { enum: ['poor', 'near_poor', 'other'] }).notNull(),
    overrideClass: text('override_class', { enum: ['poor', 'near_poor', 'other'] }),
    overrideReason: text('override_reason'),
    finalClass: text('final_class', { enum: ['poor', 'near_poor', 'other'] }).notNull(),
    previousClass: text('previous_class'),
    transition: text('transition'),
    reviewedOn: date('reviewed_on').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('poverty_review_household_year_uq').on(t.householdId, t.reviewYear),
    index('poverty_review_unit_idx').on(t.provinceCode, t.communeCode, t.reviewYear),
  ],
);
