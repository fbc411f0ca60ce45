import { AUDIT_ACTOR_KINDS, type AuditActorT, type AuditEntryT, type AuditQueryT } from '@lmis/contracts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize } from '../../platform/policy/index.ts';
import { auditLogResource, auditReadWhere } from './audit.policy.ts';
import { selectAudit, selectUserIdByName } from './audit.queries.ts';

export interface AuditDeps {
  db: Db;
}

type Row = Awaited<ReturnType<typeof selectAudit>>['rows'][number];

/** Who made the change, in words: what a person reads in "Người thực hiện". */
function presentActor(row: Row): AuditActorT {
  if (row.actorName?.startsWith('api:')) {
    const name = row.tokenName ? `«${row.tokenName}» (${row.actorName.slice(4)})` : row.actorName.slice(4);
    return { kind: 'api_token', userId: row.actorId, label: `mã API ${name}`, labelEn: `API token ${name}` };
  }
  if (row.byImport) {
    const { vi, en } = AUDIT_ACTOR_KINDS.import;
    return { kind: 'import', userId: row.actorId, label: vi, labelEn: en };
  }
  if (row.actorId === null) {
    const { vi, en } = AUDIT_ACTOR_KINDS.system;
    return { kind: 'system', userId: null, label: vi, labelEn: en };
  }
  const name = row.actorFullName ?? row.actorName ?? `#${row.actorId}`;
  return { kind: 'user', userId: row.actorId, label: name, labelEn: name };
}

function presentEntry(row: Row): AuditEntryT {
  const { actorId: _id, actorFullName: _n, tokenName: _t, byImport: _b, ...entry } = row;
  return { ...entry, actor: presentActor(row) };
}

/**
 * The history of a record (or the change log of everything the reader may read), newest first, filtered by
 * record type, account, action, unit and days. Entries of types the reader may not read, or recorded outside the
 * reader's scope, never appear: a record the reader may not see has an empty history, as a nonexistent one does.
 */
export async function listHistory(input: { ctx: RequestContext } & AuditQueryT, deps: AuditDeps) {
  const actor = requireActor(input.ctx);
  authorize(actor, 'read', auditLogResource);
  const { ctx: _ctx, user, count: countMode, ...filters } = input;
  const account = user
    ? { name: user, userId: user.startsWith('api:') ? null : await selectUserIdByName(deps.db, user) }
    : undefined;
  const { rows, count, ...cursors } = await selectAudit(deps.db, {
    readable: auditReadWhere(actor),
    ...filters,
    user: account,
    exactCount: countMode === 'exact',
  });
  return { items: rows.map(presentEntry), ...pageBody(input, count, cursors) };
}
