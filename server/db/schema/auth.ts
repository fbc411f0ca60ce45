import { boolean, customType, index, integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { employer } from './employers.ts';

/** Case-insensitive text (citext extension), used for usernames. */
const citext = customType<{ data: string }>({ dataType: () => 'citext' });

export const ROLE_VALUES = [
  'system_admin',
  'province_officer',
  'commune_officer',
  'employment_centre',
  'training_institution',
  'employer',
  'viewer',
] as const;

/** A person who signs in. Their unit (province or commune code) bounds everything they see and change. */
export const appUser = pgTable('app_user', {
  id: serial('id').primaryKey(),
  username: citext('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  role: text('role', { enum: ROLE_VALUES }).notNull(),
  unitCode: varchar('unit_code', { length: 5 }),
  provinceCode: varchar('province_code', { length: 2 }),
  /** An employer account: the employer it acts for (set by a system administrator or a province officer). */
  employerId: integer('employer_id').references(() => employer.id),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A sign-in session; the cookie holds a random token, the table only its SHA-256. */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_session_user_idx').on(t.userId), index('user_session_expires_idx').on(t.expiresAt)],
);

/**
 * A token for machine-to-machine use (a provincial data warehouse, the national system): it acts as an account of
 * `role` in `unitCode` would, through the same policies. The secret is shown once; only its SHA-256 is kept, with
 * a short prefix to recognise it by. Every token expires; a revoked one stays listed.
 */
export const apiToken = pgTable(
  'api_token',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: ROLE_VALUES }).notNull(),
    unitCode: varchar('unit_code', { length: 5 }),
    provinceCode: varchar('province_code', { length: 2 }),
    createdBy: integer('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByName: text('revoked_by_name'),
  },
  (t) => [index('api_token_created_idx').on(t.createdAt)],
);
