import { and, arrayContains, eq, or, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

/**
 * Newest first, with the id as tie-break: served by the (scope column, at, id) indexes read backwards —
 * audit_log_province_idx, audit_log_unit_idx, audit_log_at_idx (national) — and by audit_log_entity_idx for a
 * record's history. The reader's condition repeats the scope in each entity type's branch; PostgreSQL factors the
 * common term out of the OR, so the scope column reaches the index.
 */
const AUDIT_ORDER: SortKey[] = [
  { expr: sql`${auditLog.at}`, dir: 'desc', type: 'timestamptz' },
  { expr: sql`${auditLog.id}`, dir: 'desc', type: 'integer' },
];

export async function selectAudit(
  db: DbOrTx,
  f: PageRequest & { readable: SQL; entityType?: string; entityId?: string; exactCount?: boolean },
) {
  const where = and(
    // Only the entries the reader may read (see audit.policy.ts), before paging and counting.
    f.readable,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    // A record's own entries, and the bulk entries (one per import batch and commune) that list it.
    f.entityId ? or(eq(auditLog.entityId, f.entityId), arrayContains(auditLog.entityIds, [f.entityId])) : undefined,
  );
  const plan = keysetPage('at', AUDIT_ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: sql<string>`to_char(${auditLog.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        actorName: auditLog.actorName,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        entityCount: sql<number | null>`cardinality(${auditLog.entityIds})`,
        before: auditLog.before,
        after: auditLog.after,
        note: auditLog.note,
        pageKey: plan.key,
      })
      .from(auditLog)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(auditLog).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  return { ...plan.finish(rows), count };
}
