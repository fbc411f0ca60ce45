import { type RequestContext, requireActor, scopeOf } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { selectAudit } from './audit.queries.ts';

export interface AuditDeps {
  db: Db;
}

/** The history of a record (or of everything in scope), newest first; only what lies in the reader's scope. */
export async function listHistory(
  input: { ctx: RequestContext; entityType?: string; entityId?: string; page: number; pageSize: number },
  deps: AuditDeps,
) {
  const actor = requireActor(input.ctx);
  const { rows, total } = await selectAudit(deps.db, { scope: scopeOf(actor), ...input });
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}
