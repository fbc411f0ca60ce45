import type { SecurityEventQueryT } from '@lmis/contracts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize } from '../../platform/policy/index.ts';
import { securityLogResource } from './security.policy.ts';
import { selectSecurityEvents } from './security.queries.ts';

export interface SecurityDeps {
  db: Db;
}

/** The security log, newest first: system administrators only (it names accounts and addresses of every unit). */
export async function listSecurityEvents(input: { ctx: RequestContext } & SecurityEventQueryT, deps: SecurityDeps) {
  authorize(requireActor(input.ctx), 'read', securityLogResource);
  const { ctx: _ctx, count: countMode, ...filter } = input;
  const { rows, count, ...cursors } = await selectSecurityEvents(deps.db, {
    ...filter,
    exactCount: countMode === 'exact',
  });
  return { items: rows, ...pageBody(input, count, cursors) };
}
