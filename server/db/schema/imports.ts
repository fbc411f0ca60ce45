import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * An uploaded file and the task that imports it, for every module's tabular import (platform/imports): `kind` names
 * the module's import (`worker`, `household`). The table keeps the name it had when workers were the only kind.
 */
export const workerImport = pgTable(
  'worker_import',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull().default('worker'),
    fileName: text('file_name').notNull(),
    storedPath: text('stored_path').notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }),
    /** The collection round the rows belong to (the worker register's yearly round; the upload year otherwise). */
    roundYear: smallint('round_year').notNull(),
    headerRow: integer('header_row').notNull(),
    mapping: jsonb('mapping').notNull(),
    status: text('status', { enum: ['uploaded', 'queued', 'running', 'done', 'failed', 'interrupted'] }).notNull(),
    totalRows: integer('total_rows'),
    rowsDone: integer('rows_done').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    flagged: integer('flagged').notNull().default(0),
    /** Rows that repeat an earlier row of the file exactly: reported (a notice), landed once. */
    repeated: integer('repeated').notNull().default(0),
    errorMessage: text('error_message'),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('worker_import_province_idx').on(t.provinceCode, t.createdAt)],
);

/**
 * Rows an import refused, with the row number and the Vietnamese reasons, for the downloadable error file; and rows
 * it only reports (`notice`: an exact repeat of an earlier row, which landed once).
 */
export const workerImportError = pgTable(
  'worker_import_error',
  {
    importId: integer('import_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    reasons: text('reasons').notNull(),
    raw: jsonb('raw').notNull(),
    notice: boolean('notice').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);
