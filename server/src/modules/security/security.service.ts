import type { SecurityEventQueryT } from '@lmis/contracts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { authorize } from '../../platform/policy/index.ts';
import { securityLogResource } from './security.policy.ts';
import { selectSecurityEvents } from './security.queries.ts';

export interface SecurityDeps {
  db: Db;
}

/** The security log, newest first: system administrators only (it names accounts and addresses of every unit). */
export async function listSecurityEvents(input: { ctx: RequestContext } & SecurityEventQueryT, deps: SecurityDeps) {
  authorize(requireActor(input.ctx), 'read', securityLogResource);
  const { ctx: _ctx, ...filter } = input;
  const { rows, total } = await selectSecurityEvents(deps.db, filter);
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}
