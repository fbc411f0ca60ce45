import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { securityEvent } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

export interface SecurityEventFilter {
  kind?: string;
  outcome?: string;
  user?: string;
  /** Inclusive day bounds, Vietnam time (UTC+7, no daylight saving). */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function selectSecurityEvents(db: DbOrTx, f: SecurityEventFilter) {
  const conditions: (SQL | undefined)[] = [
    f.kind ? eq(securityEvent.kind, f.kind) : undefined,
    f.outcome ? eq(securityEvent.outcome, f.outcome) : undefined,
    f.user ? sql`lower(${securityEvent.actorName}) = lower(${f.user})` : undefined,
    f.from ? gte(securityEvent.at, sql`(${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
    f.to ? lt(securityEvent.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(securityEvent)
      .where(where)
      .orderBy(desc(securityEvent.at), desc(securityEvent.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(securityEvent).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    total: count?.n ?? 0,
  };
}
