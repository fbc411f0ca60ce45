import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { employer } from './employers.ts';

/**
 * A dossier (hồ sơ thủ tục hành chính) of a declared type (server/data/dossier-types), judged by the version of
 * the type valid on its submission date. `status` and `step_code` are the engine's state; `version` makes every
 * transition a compare-and-set (one winner). `act_level` and `due_on` copy the current step's actor level and due
 * date so the work queues read one index. The applicant's unit (`province_code`, `commune_code`) is the scope.
 */
export const dossier = pgTable(
  'dossier',
  {
    id: serial('id').primaryKey(),
    typeCode: text('type_code').notNull(),
    /** The valid_from of the type version the dossier is judged by (fixed at submission). */
    typeVersion: date('type_version'),
    status: text('status', {
      enum: [
        'draft',
        'in_progress',
        'awaiting_additions',
        'returned',
        'completed',
        'refused',
        'withdrawn',
        'cancelled',
        'recovered',
      ],
    }).notNull(),
    stepCode: text('step_code'),
    actLevel: text('act_level', { enum: ['province', 'commune', 'applicant'] }),
    dueOn: date('due_on'),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }),
    applicantName: text('applicant_name').notNull(),
    /** The applicant in the employers register (the payload's employerId): an employer account's dossiers. */
    employerId: integer('employer_id').references(() => employer.id),
    payload: jsonb('payload').notNull(),
    submittedOn: date('submitted_on'),
    /** Receipt number of the one-stop desk, per province and year (e.g. 000125/2026). */
    receiptNo: integer('receipt_no'),
    receivedOn: date('received_on'),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The work queues: pending dossiers of a unit at the steps a level acts on, soonest due first.
    index('dossier_queue_province_idx').on(t.provinceCode, t.actLevel, t.dueOn).where(sql`status = 'in_progress'`),
    index('dossier_queue_commune_idx').on(t.communeCode, t.actLevel, t.dueOn).where(sql`status = 'in_progress'`),
    // Overdue and due-soon lists of a unit, whoever acts.
    index('dossier_due_province_idx').on(t.provinceCode, t.dueOn).where(sql`status = 'in_progress'`),
    index('dossier_due_commune_idx').on(t.communeCode, t.dueOn).where(sql`status = 'in_progress'`),
    index('dossier_unit_idx').on(t.provinceCode, t.communeCode, t.createdAt),
    index('dossier_created_by_idx').on(t.createdBy, t.createdAt),
    // The dossier list, newest first (created_at, id), in a province, a commune or of one employer.
    index('dossier_list_province_idx').on(t.provinceCode, t.createdAt, t.id),
    index('dossier_list_commune_idx').on(t.communeCode, t.createdAt, t.id).where(sql`commune_code IS NOT NULL`),
    index('dossier_list_employer_idx').on(t.employerId, t.createdAt, t.id).where(sql`employer_id IS NOT NULL`),
    // The list's applicant search: a name anywhere, diacritics optional (dossiers.queries.ts).
    index('dossier_applicant_trgm_idx').using('gin', sql`f_unaccent(lower(${t.applicantName})) gin_trgm_ops`),
  ],
);

/**
 * One pass of a dossier through a step, with its clock: `intervals` are the running periods
 * ([{ from, to|null, counted }]); a request for additions closes the open one, resubmission opens the next.
 * `due_on` is the statutory end of the step (null when the step has no time limit of its own).
 */
export const dossierStep = pgTable(
  'dossier_step',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }),
    stepCode: text('step_code').notNull(),
    startedOn: date('started_on').notNull(),
    dueOn: date('due_on'),
    dueProvisional: boolean('due_provisional').notNull().default(false),
    intervals: jsonb('intervals').notNull(),
    completedOn: date('completed_on'),
    outcome: text('outcome'),
    /** Working (or calendar, per the limit) days counted against the limit when the step closed. */
    daysUsed: smallint('days_used'),
    late: boolean('late'),
  },
  (t) => [
    index('dossier_step_dossier_idx').on(t.dossierId, t.id),
    // The SLA summary: steps of a unit closed or started in a period.
    index('dossier_step_sla_idx').on(t.provinceCode, t.startedOn),
  ],
);

/** The dossier's event history: every transition, with actor, time, from/to and comment (audit has the same). */
export const dossierEvent = pgTable(
  'dossier_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actedOn: date('acted_on').notNull(),
    actorId: integer('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    fromStep: text('from_step'),
    toStatus: text('to_status').notNull(),
    toStep: text('to_step'),
    comment: text('comment'),
    decisionId: integer('decision_id'),
  },
  (t) => [index('dossier_event_dossier_idx').on(t.dossierId, t.id)],
);

/**
 * The next number of an issuer's register of decisions for a year (e.g. Sở Nội vụ of province 20 in 2026). The
 * approving transaction increments the row and keeps it locked until commit, so numbers have no gaps and no
 * duplicates whatever runs at the same time.
 */
export const decisionCounter = pgTable(
  'decision_counter',
  {
    issuerCode: text('issuer_code').notNull(),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuerCode, t.year] })],
);

/** A decision issued on a dossier: support (approve) or recovery, in the official number form 125/QĐ-SNV. */
export const dossierDecision = pgTable(
  'dossier_decision',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    kind: text('kind', { enum: ['approve', 'recover'] }).notNull(),
    issuerCode: text('issuer_code').notNull(),
    year: smallint('year').notNull(),
    number: integer('number').notNull(),
    symbol: text('symbol').notNull(),
    decidedOn: date('decided_on').notNull(),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossier_decision_number_uq').on(t.issuerCode, t.year, t.number),
    index('dossier_decision_dossier_idx').on(t.dossierId),
  ],
);

/** A file attached to a dossier for a document the type requires (or another), checked by its content. */
export const dossierAttachment = pgTable(
  'dossier_attachment',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    stepCode: text('step_code'),
    documentCode: text('document_code'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    storageName: text('storage_name').notNull(),
    uploadedBy: integer('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_attachment_dossier_idx').on(t.dossierId)],
);

/** The one-stop desk's receipt numbers, per province and year (counter row locked like decision numbers). */
export const receiptCounter = pgTable(
  'receipt_counter',
  {
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.year] })],
);
