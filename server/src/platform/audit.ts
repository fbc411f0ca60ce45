import { auditLog } from '../../db/schema/index.ts';
import type { RequestContext } from './auth/actor.ts';
import type { DbOrTx } from './db/index.ts';

export interface AuditEntryInput {
  action: string;
  entityType: string;
  entityId: string | number;
  unitCode?: string | null;
  provinceCode?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/** Records one mutation (or personal-data export). Call it inside the transaction that makes the change. */
export async function writeAudit(tx: DbOrTx, ctx: RequestContext | null, entry: AuditEntryInput): Promise<void> {
  await writeAudits(tx, ctx, [entry]);
}

/** Rows per statement: 12 parameters a row stays under the protocol's 65,535. */
const AUDIT_ROWS_PER_STATEMENT = 4000;

/** Records several mutations by the same actor in as few statements as the protocol allows (bulk registration). */
export async function writeAudits(tx: DbOrTx, ctx: RequestContext | null, entries: AuditEntryInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_ROWS_PER_STATEMENT) {
    await insertAuditRows(tx, ctx, entries.slice(i, i + AUDIT_ROWS_PER_STATEMENT));
  }
}

async function insertAuditRows(tx: DbOrTx, ctx: RequestContext | null, entries: AuditEntryInput[]): Promise<void> {
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      actorId: ctx?.actor?.id ?? null,
      actorName: ctx?.actor?.username ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      unitCode: entry.unitCode ?? null,
      // A two-digit unit is itself a province; a commune's code does not start with its province's (05977 is in 20).
      provinceCode: entry.provinceCode ?? (entry.unitCode?.length === 2 ? entry.unitCode : null),
      before: entry.before ?? null,
      after: entry.after ?? null,
      note: entry.note ?? null,
      requestId: ctx?.requestId ?? null,
    })),
  );
}
