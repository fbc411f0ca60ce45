import { and, arrayContains, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { apiToken, appUser, auditLog } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

export interface AuditFilter {
  /** The entries the reader may read (audit.policy.ts). */
  readable: SQL;
  entityType?: string;
  entityId?: string;
  /** Account name as recorded (api:<prefix> for a token); `userId` is its account, for the actor index. */
  user?: { name: string; userId: number | null };
  action?: string;
  unitCode?: string;
  /** Inclusive day bounds, Vietnam time (UTC+7, no daylight saving). */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The note a file import's batch writes on its entries (workers.queries mergeWorkerBatch: "lần nhập #N, dòng …"). */
const IMPORT_NOTE = 'lần nhập #%';

export async function selectAudit(db: DbOrTx, f: AuditFilter) {
  const where = and(
    // Only the entries the reader may read (see audit.policy.ts), before paging and counting.
    f.readable,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    // A record's own entries, and the bulk entries (one per import batch and commune) that list it.
    f.entityId ? or(eq(auditLog.entityId, f.entityId), arrayContains(auditLog.entityIds, [f.entityId])) : undefined,
    f.user
      ? and(
          f.user.userId === null ? undefined : eq(auditLog.actorId, f.user.userId),
          sql`lower(${auditLog.actorName}) = lower(${f.user.name})`,
        )
      : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.unitCode
      ? f.unitCode.length === 2
        ? eq(auditLog.provinceCode, f.unitCode)
        : eq(auditLog.unitCode, f.unitCode)
      : undefined,
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: sql<string>`to_char(${auditLog.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        actorId: auditLog.actorId,
        actorName: auditLog.actorName,
        actorFullName: appUser.fullName,
        tokenName: apiToken.name,
        byImport: sql<boolean>`coalesce(${auditLog.note} LIKE ${IMPORT_NOTE}, false)`,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        entityCount: sql<number | null>`cardinality(${auditLog.entityIds})`,
        unitCode: auditLog.unitCode,
        before: auditLog.before,
        after: auditLog.after,
        note: auditLog.note,
      })
      .from(auditLog)
      .leftJoin(appUser, eq(appUser.id, auditLog.actorId))
      .leftJoin(apiToken, sql`${auditLog.actorName} = 'api:' || ${apiToken.prefix}`)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The account of a user name, for the actor filter; null when there is none. */
export async function selectUserIdByName(db: DbOrTx, username: string): Promise<number | null> {
  const [row] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  return row?.id ?? null;
}
