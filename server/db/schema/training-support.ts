import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { dossier } from './dossiers.ts';
import { person } from './people.ts';

/**
 * Rates and conditions of employer training support per dossier type and period (server/data/rates/
 * training-support.csv): QĐ 23/2021/QĐ-TTg Art. 9–10; NĐ 28/2015/NĐ-CP Art. 3–4 as amended by NĐ 61/2020/NĐ-CP;
 * Luật Việc làm 74/2025/QH15 Art. 42 with NĐ 374/2025/NĐ-CP Art. 23. `grade` A is verified; B and C are shown
 * "chưa xác minh". `ui_window_months` equal to `min_ui_months` means consecutive months; null: any months up to
 * filing. `application_from/to` null: filed any time the period is in force.
 */
export const trainingSupportRate = pgTable('training_support_rate', {
  id: serial('id').primaryKey(),
  typeCode: text('type_code').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  monthlyCapVnd: bigint('monthly_cap_vnd', { mode: 'number' }).notNull(),
  maxMonths: integer('max_months').notNull(),
  minUiMonths: integer('min_ui_months').notNull(),
  uiWindowMonths: integer('ui_window_months'),
  minRevenueDeclinePct: integer('min_revenue_decline_pct'),
  applicationFrom: date('application_from'),
  applicationTo: date('application_to'),
  source: text('source').notNull(),
  grade: varchar('grade', { length: 1 }).notNull(),
});

/**
 * A worker of a training-support dossier, linked to the person registry, written when the dossier is submitted
 * (and again on resubmission). `half_months` is the course length in halves of a month (QĐ 23/2021 Art. 10(1):
 * under 15 odd days ½ month, 15 or more 1 month), already capped; `amount` the support for the worker. The result
 * report fills `completed`, `certificate_no` and `kept`; the recovery decision `recovered_amount`.
 */
export const trainingSupportTrainee = pgTable(
  'training_support_trainee',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    personId: varchar('person_id', { length: 12 })
      .notNull()
      .references(() => person.personId),
    fullName: text('full_name').notNull(),
    trade: text('trade').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    halfMonths: smallint('half_months').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    completed: boolean('completed'),
    certificateNo: text('certificate_no'),
    kept: boolean('kept'),
    recoveredAmount: bigint('recovered_amount', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('training_support_trainee_uq').on(t.dossierId, t.personId),
    // The overlap check: a person's periods in other dossiers.
    index('training_support_trainee_person_idx').on(t.personId, t.startDate),
  ],
);

/**
 * The money of a training-support dossier: the amounts frozen on approval (rate and total), the employer's result
 * report (actual cost) and the amount frozen by the recovery decision.
 */
export const trainingSupportFunds = pgTable('training_support_funds', {
  dossierId: integer('dossier_id')
    .primaryKey()
    .references(() => dossier.id),
  monthlyCapVnd: bigint('monthly_cap_vnd', { mode: 'number' }).notNull(),
  maxMonths: integer('max_months').notNull(),
  rateSource: text('rate_source').notNull(),
  rateGrade: varchar('rate_grade', { length: 1 }).notNull(),
  approvedAmount: bigint('approved_amount', { mode: 'number' }).notNull(),
  approvedOn: date('approved_on').notNull(),
  actualCost: bigint('actual_cost', { mode: 'number' }),
  resultReportedOn: date('result_reported_on'),
  recoveredAmount: bigint('recovered_amount', { mode: 'number' }),
  recoveredOn: date('recovered_on'),
});

/** A payment of the support recorded at the payment step (the provincial social insurance's transfer or advance). */
export const trainingSupportPayment = pgTable(
  'training_support_payment',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id),
    stepCode: text('step_code').notNull(),
    paidOn: date('paid_on').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    reference: text('reference').notNull(),
    recordedBy: integer('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_support_payment_dossier_idx').on(t.dossierId, t.paidOn)],
);
