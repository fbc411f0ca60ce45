import type { SecurityEventQueryT } from '@lmis/contracts';
import { type RequestContext, requireRole } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { selectSecurityEvents } from './security.queries.ts';

export interface SecurityDeps {
  db: Db;
}

/** The security log, newest first: system administrators only (it names accounts and addresses of every unit). */
export async function listSecurityEvents(input: { ctx: RequestContext } & SecurityEventQueryT, deps: SecurityDeps) {
  requireRole(input.ctx, ['system_admin']);
  const { ctx: _ctx, ...filter } = input;
  const { rows, total } = await selectSecurityEvents(deps.db, filter);
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}
