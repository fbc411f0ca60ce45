import { date, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the Monday–Friday working week of the public sector: holidays, days off (swaps, days in lieu) and
 * make-up working Saturdays. `origin` 'data' rows come from server/data/calendar and are replaced on reload;
 * 'admin' rows are a system administrator's corrections and win over the data for the same day ('normal' there
 * cancels a data exception).
 */
export const calendarDay = pgTable(
  'calendar_day',
  {
    day: date('day').notNull(),
    origin: text('origin', { enum: ['data', 'admin'] }).notNull(),
    kind: text('kind', { enum: ['holiday', 'day_off', 'working_saturday', 'normal'] }).notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    legalBasis: text('legal_basis').notNull(),
    source: text('source').notNull(),
    grade: text('grade', { enum: ['A', 'B', 'C'] }).notNull(),
    updatedBy: integer('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.day, t.origin] })],
);

/**
 * Which years the calendar covers and whether the year's notice is published. A time limit that runs into a
 * provisional year is shown as such. An administrator confirms a year when its notice comes out.
 */
export const calendarYear = pgTable('calendar_year', {
  year: smallint('year').primaryKey(),
  status: text('status', { enum: ['published', 'provisional'] }).notNull(),
  notice: text('notice').notNull(),
  grade: text('grade', { enum: ['A', 'B', 'C'] }).notNull(),
  confirmedBy: integer('confirmed_by'),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
});
