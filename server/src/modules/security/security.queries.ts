import { and, eq, getTableColumns, gte, lt, type SQL, sql } from 'drizzle-orm';
import { securityEvent } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

/**
 * Newest first with the id as tie-break, read backwards from security_event_at_idx (at, id), or from
 * security_event_kind_idx (kind, at, id) / security_event_actor_name_idx (lower(actor_name), at, id) when filtered.
 */
const SECURITY_ORDER: SortKey[] = [
  { expr: sql`${securityEvent.at}`, dir: 'desc', type: 'timestamptz' },
  { expr: sql`${securityEvent.id}`, dir: 'desc', type: 'integer' },
];

export interface SecurityEventFilter {
  kind?: string;
  outcome?: string;
  user?: string;
  /** Inclusive day bounds, Vietnam time (UTC+7, no daylight saving). */
  from?: string;
  to?: string;
  exactCount?: boolean;
}

export async function selectSecurityEvents(db: DbOrTx, f: SecurityEventFilter & PageRequest) {
  const conditions: (SQL | undefined)[] = [
    f.kind ? eq(securityEvent.kind, f.kind) : undefined,
    f.outcome ? eq(securityEvent.outcome, f.outcome) : undefined,
    f.user ? sql`lower(${securityEvent.actorName}) = lower(${f.user})` : undefined,
    f.from ? gte(securityEvent.at, sql`(${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
    f.to ? lt(securityEvent.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`) : undefined,
  ];
  const where = and(...conditions);
  const plan = keysetPage('at', SECURITY_ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({ ...getTableColumns(securityEvent), pageKey: plan.key })
      .from(securityEvent)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(securityEvent).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  const page = plan.finish(rows);
  return { ...page, rows: page.rows.map((r) => ({ ...r, at: r.at.toISOString() })), count };
}
