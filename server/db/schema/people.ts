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
 * The person registry: one row per person, keyed by the 12-digit personal ID (Luật Căn cước 2023 Art. 12;
 * TT 07/2016/TT-BCA Art. 7), holding the identity every role record points to — the labour-supply record
 * (worker), household membership and every later role. Identity is stored here only; a change of name or address
 * is made once. `province_code`/`commune_code` are the commune of residence and the unit scope of the person and
 * of every role record; the generated name keys serve the Vietnamese-ordered lists from one index.
 */
export const person = pgTable(
  'person',
  {
    personId: varchar('person_id', { length: 12 }).primaryKey(),
    fullName: text('full_name').notNull(),
    nameSearch: text('name_search').notNull().generatedAlwaysAs(sql`f_unaccent(lower(full_name))`),
    /** Given name first, then the full name, as Vietnamese lists are ordered (see vi_sort_key). */
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(sql`vi_sort_key(regexp_replace(full_name, '^.*\\s', '') || ' ' || full_name)`),
    birthDate: date('birth_date'),
    sex: text('sex', { enum: ['male', 'female'] }),
    ethnicityCode: varchar('ethnicity_code', { length: 2 }),
    phone: text('phone'),
    address: text('address'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    unitNeedsReview: boolean('unit_needs_review').notNull().default(false),
    sourceUnit: text('source_unit'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_unit_idx').on(t.provinceCode, t.communeCode),
    index('person_name_trgm_idx').using('gin', sql`${t.nameSearch} gin_trgm_ops`),
    // A full name typed from the family name is a prefix range here, far cheaper than common trigrams.
    // With the personal ID, the tie-break of the lists' keyset paging (platform/paging.ts), each list order below
    // is one index range at any depth, for a commune and for a province.
    index('person_name_prefix_idx').on(t.provinceCode, t.nameSearch.op('text_pattern_ops'), t.personId),
    index('person_commune_sort_idx').on(t.communeCode, sql`${t.nameSort} COLLATE "C"`, t.personId),
    index('person_province_sort_idx').on(t.provinceCode, sql`${t.nameSort} COLLATE "C"`, t.personId),
    index('person_province_birth_idx').on(t.provinceCode, t.birthDate, sql`${t.nameSort} COLLATE "C"`, t.personId),
    // The few people whose commune a unit must confirm after the 2025 reform: the home page counts them.
    index('person_unit_review_idx').on(t.provinceCode, t.communeCode).where(sql`${t.unitNeedsReview}`),
  ],
);

/**
 * A commune's request to take over a person registered in another unit (the person moved). The holding unit —
 * its commune officer or the province officer — accepts (the person and their role records move, audited) or
 * refuses. The requester never learns which unit holds the person.
 */
export const personTransfer = pgTable(
  'person_transfer',
  {
    id: serial('id').primaryKey(),
    personId: varchar('person_id', { length: 12 })
      .notNull()
      .references(() => person.personId),
    fromProvinceCode: varchar('from_province_code', { length: 2 }).notNull(),
    fromCommuneCode: varchar('from_commune_code', { length: 5 }).notNull(),
    toProvinceCode: varchar('to_province_code', { length: 2 }).notNull(),
    toCommuneCode: varchar('to_commune_code', { length: 5 }).notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'refused', 'cancelled'] }).notNull(),
    note: text('note'),
    requestedBy: integer('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    // One open request per person and destination; a second one from the same commune is the same request.
    uniqueIndex('person_transfer_pending_uq').on(t.personId, t.toCommuneCode).where(sql`status = 'pending'`),
    index('person_transfer_from_idx').on(t.fromProvinceCode, t.fromCommuneCode, t.status),
    index('person_transfer_to_idx').on(t.toProvinceCode, t.toCommuneCode, t.status),
    // The transfer lists, newest first, of the holding and of the requesting side.
    index('person_transfer_from_at_idx').on(t.fromProvinceCode, t.requestedAt, t.id),
    index('person_transfer_to_at_idx').on(t.toProvinceCode, t.requestedAt, t.id),
  ],
);
