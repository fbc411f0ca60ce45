import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';
import { household } from './households.ts';
import { person } from './people.ts';

/**
 * The labour-supply register (cung lao động): everyone aged 15+ residing in a commune, keyed by the 12-digit
 * personal ID (TT 01/2022/TT-BLĐTBXH Art. 6–7). One row holds the person's latest labour data; the identity
 * (name, birth date, sex, ethnicity, contacts, residence) lives in `person`. `round_year` is the yearly
 * collection round it comes from. Earlier rounds live in worker_snapshot.
 */
export const worker = pgTable(
  'worker',
  {
    personId: varchar('person_id', { length: 12 })
      .primaryKey()
      .references(() => person.personId),
    /**
     * Copies of the person's sex, birth date and commune of residence, for the statement-level triggers that keep
     * worker_stat exact and for the unit scope of worker-only queries. Written in the same statement as the person
     * (API, import) and kept equal by the person_sync_worker trigger when the person changes (a transfer).
     */
    birthDate: date('birth_date').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    householdId: integer('household_id').references(() => household.id, { onDelete: 'set null' }),
    householdRelation: text('household_relation'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    generalEducationCode: text('general_education_code'),
    qualificationCode: text('qualification_code'),
    trainingField: text('training_field'),
    employmentStatus: text('employment_status'),
    statusInEmploymentCode: text('status_in_employment_code'),
    jobTitle: text('job_title'),
    occupationCode: text('occupation_code'),
    workplaceName: text('workplace_name'),
    workplaceType: text('workplace_type'),
    workplaceSector: text('workplace_sector'),
    workplaceAddress: text('workplace_address'),
    unemploymentDurationCode: text('unemployment_duration_code'),
    previousJob: text('previous_job'),
    inactivityReasonCode: text('inactivity_reason_code'),
    socialInsurance: boolean('social_insurance'),
    needTraining: boolean('need_training').notNull().default(false),
    needJob: boolean('need_job').notNull().default(false),
    needAbroad: boolean('need_abroad').notNull().default(false),
    email: text('email'),
    roundYear: smallint('round_year').notNull(),
    sourceImportId: integer('source_import_id'),
    sourceRow: integer('source_row'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('worker_commune_idx').on(t.provinceCode, t.communeCode, t.employmentStatus),
    index('worker_household_idx').on(t.householdId),
    // The province's list by last change (read backwards), with the keyset tie-break.
    index('worker_province_updated_idx').on(t.provinceCode, t.updatedAt, t.personId),
  ],
);

/** A person's data as collected in an earlier yearly round, kept when a later round replaces it. */
export const workerSnapshot = pgTable(
  'worker_snapshot',
  {
    personId: varchar('person_id', { length: 12 }).notNull(),
    roundYear: smallint('round_year').notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    sex: text('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    employmentStatus: text('employment_status'),
    qualificationCode: text('qualification_code'),
    data: jsonb('data').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.roundYear] }),
    index('worker_snapshot_unit_idx').on(t.provinceCode, t.communeCode, t.roundYear),
  ],
);

/**
 * Counts of workers per commune, round and disaggregation, kept current by statement-level triggers on worker
 * and worker_snapshot, so statistics for a province read a few thousand rows instead of millions.
 */
export const workerStat = pgTable(
  'worker_stat',
  {
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    roundYear: smallint('round_year').notNull(),
    sex: text('sex').notNull(),
    ageBand: smallint('age_band').notNull(),
    employmentStatus: text('employment_status').notNull(),
    qualificationCode: text('qualification_code').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.provinceCode, t.communeCode, t.roundYear, t.sex, t.ageBand, t.employmentStatus, t.qualificationCode],
    }),
  ],
);

/**
 * The register's generation: a counter per province bumped, in the same transaction, by every statement that
 * changes worker (and worker_stat) or person. Statistics and list counts are cached and kept while their
 * province's generation has not moved, so a figure read after a committed change is never stale, whichever
 * process made the change.
 */
export const statGeneration = pgTable('stat_generation', {
  provinceCode: varchar('province_code', { length: 2 }).primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull().default(0),
});
