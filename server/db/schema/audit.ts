import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Who changed (or exported) what, when, with the record before and after; written in the same transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    /** The one record an entry is about; null for an entry about many records of a type (`entityIds`). */
    entityId: text('entity_id'),
    /** The records a bulk entry covers, e.g. the people one import batch created in one commune. */
    entityIds: text('entity_ids').array(),
    unitCode: text('unit_code'),
    provinceCode: text('province_code'),
    before: jsonb('before'),
    after: jsonb('after'),
    note: text('note'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    // Newest-first pages of each scope (national, province, commune), read backwards with the id tie-break.
    index('audit_log_province_idx').on(t.provinceCode, t.at, t.id),
    index('audit_log_unit_idx').on(t.unitCode, t.at, t.id),
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_entity_ids_idx').using('gin', t.entityIds).where(sql`${t.entityIds} IS NOT NULL`),
  ],
);
