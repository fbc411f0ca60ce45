import { securityEvent } from '../../db/schema/index.ts';
import type { RequestContext } from './auth/actor.ts';
import type { DbOrTx } from './db/index.ts';

/** The kinds of security event LMIS records (a closed list: the admin page filters by them). */
export const SECURITY_EVENT_KINDS = [
  'login',
  'login_throttled',
  'logout',
  'password_change',
  'password_change_throttled',
  'session_revoked',
  'session_expired',
  'csrf_refused',
  'access_refused',
  'password_change_required',
  'api_token_use',
  'export',
  'upload',
  'import_failed',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
export type SecurityOutcome = 'success' | 'failure' | 'refused';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  outcome: SecurityOutcome;
  /** Short, fixed wording: why it failed or was refused. Never a record's data, never a password. */
  reason?: string | null;
  /** What it was about in a few words: a route, an import id, a file type. */
  target?: string | null;
  /** The account concerned when it is not the signed-in actor (a sign-in attempt on a known account). */
  account?: { id: number; username: string } | null;
}

const clip = (s: string | null | undefined, n: number) => (s ? s.slice(0, n) : null);

/**
 * Records one security event. Written on its own (not in the caller's transaction) unless `db` is one: a refusal
 * leaves its trace even though the request then fails.
 */
export async function recordSecurityEvent(
  db: DbOrTx,
  ctx: Pick<RequestContext, 'actor' | 'requestId' | 'client'> | null,
  event: SecurityEventInput,
): Promise<void> {
  const account = event.account ?? (ctx?.actor ? { id: ctx.actor.id, username: ctx.actor.username } : null);
  await db.insert(securityEvent).values({
    kind: event.kind,
    outcome: event.outcome,
    actorId: account?.id ?? null,
    actorName: account?.username ?? null,
    ip: clip(ctx?.client?.ip, 64),
    userAgent: clip(ctx?.client?.userAgent, 300),
    reason: clip(event.reason, 300),
    target: clip(event.target, 200),
    requestId: ctx?.requestId ?? null,
  });
}
