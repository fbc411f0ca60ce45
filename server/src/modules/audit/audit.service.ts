import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { type PageRequest, pageBody } from '../../platform/paging.ts';
import { authorize } from '../../platform/policy/index.ts';
import { auditLogResource, auditReadWhere } from './audit.policy.ts';
import { selectAudit } from './audit.queries.ts';

export interface AuditDeps {
  db: Db;
}

/**
 * The history of a record (or the change log of everything the reader may read), newest first. Entries of types
 * the reader may not read, or recorded outside the reader's scope, never appear: a record the reader may not see
 * has an empty history, as a nonexistent one does.
 */
export async function listHistory(
  input: { ctx: RequestContext; entityType?: string; entityId?: string; count?: 'exact' } & PageRequest,
  deps: AuditDeps,
) {
  const actor = requireActor(input.ctx);
  authorize(actor, 'read', auditLogResource);
  const { rows, count, ...cursors } = await selectAudit(deps.db, {
    readable: auditReadWhere(actor),
    ...input,
    exactCount: input.count === 'exact',
  });
  return { items: rows, ...pageBody(input, count, cursors) };
}
