import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The trail of every security event (sign-ins, throttling, sign-outs, password changes, session ends, refusals,
 * exports, uploads, failed imports): who (account id and username when known), from where (address, user agent),
 * when, what kind, the outcome and a short reason. Never the personal data of a record. Append-only: a trigger
 * refuses UPDATE, DELETE and TRUNCATE (migration security-auth-security-log).
 */
export const securityEvent = pgTable(
  'security_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    /** success | failure | refused */
    outcome: text('outcome').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    reason: text('reason'),
    /** What the event is about in a few words (a route, an import id), never record data. */
    target: text('target'),
    requestId: text('request_id'),
  },
  (t) => [
    // The log's order (newest first, id as the keyset tie-break), whole and filtered by kind or account name.
    index('security_event_at_idx').on(t.at, t.id),
    index('security_event_kind_idx').on(t.kind, t.at, t.id),
    index('security_event_actor_idx').on(t.actorId, t.at),
    index('security_event_actor_name_idx').on(sql`lower(${t.actorName})`, t.at, t.id),
  ],
);

/**
 * Sign-in and password-change throttling, one row per key: an account name, an account name from one client
 * address, a client address, or an account's password changes. Every attempt is counted here, atomically, before
 * its password is checked; past a free number of failures the next attempt waits an exponentially growing delay.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  nextAllowedAt: timestamp('next_allowed_at', { withTimezone: true }).notNull().defaultNow(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
});
