import { and, arrayContains, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

export async function selectAudit(
  db: DbOrTx,
  f: { readable: SQL; entityType?: string; entityId?: string; page: number; pageSize: number },
) {
  const where = and(
    // Only the entries the reader may read (see audit.policy.ts), before paging and counting.
    f.readable,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    // A record's own entries, and the bulk entries (one per import batch and commune) that list it.
    f.entityId ? or(eq(auditLog.entityId, f.entityId), arrayContains(auditLog.entityIds, [f.entityId])) : undefined,
  );
  const [rows, [count]] = await Promise.all([
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
      })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}
