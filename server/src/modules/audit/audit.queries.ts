import { and, arrayContains, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { apiToken, appUser, auditLog } from '../../../db/schema/index.ts';
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
  exactCount?: boolean;
}

/** The note a file import's batch writes on its entries (workers.queries mergeWorkerBatch: "lần nhập #N, dòng …"). */
const IMPORT_NOTE = 'lần nhập #%';

export async function selectAudit(db: DbOrTx, f: AuditFilter & PageRequest) {
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
  const plan = keysetPage('at', AUDIT_ORDER, f);
  const [rows, count] = await Promise.all([
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
        pageKey: plan.key,
      })
      .from(auditLog)
      .leftJoin(appUser, eq(appUser.id, auditLog.actorId))
      .leftJoin(apiToken, sql`${auditLog.actorName} = 'api:' || ${apiToken.prefix}`)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(auditLog).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  return { ...plan.finish(rows), count };
}

/** The account of a user name, for the actor filter; null when there is none. */
export async function selectUserIdByName(db: DbOrTx, username: string): Promise<number | null> {
  const [row] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  return row?.id ?? null;
}
