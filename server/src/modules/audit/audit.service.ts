import { type RequestContext, requireActor, scopeOf } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { type PageRequest, pageBody } from '../../platform/paging.ts';
import { selectAudit } from './audit.queries.ts';

export interface AuditDeps {
  db: Db;
}

/** The history of a record (or of everything in scope), newest first; only what lies in the reader's scope. */
export async function listHistory(
  input: { ctx: RequestContext; entityType?: string; entityId?: string; count?: 'exact' } & PageRequest,
  deps: AuditDeps,
) {
  const actor = requireActor(input.ctx);
  const { rows, count, ...cursors } = await selectAudit(deps.db, {
    scope: scopeOf(actor),
    ...input,
    exactCount: input.count === 'exact',
  });
  return { items: rows, ...pageBody(input, count, cursors) };
}
