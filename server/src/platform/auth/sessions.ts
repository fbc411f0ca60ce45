import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@lmis/contracts';
import { and, eq, lt, sql } from 'drizzle-orm';
import { userSession } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../db/index.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'lmis_session';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Lifetimes of a session: idle (sliding) and absolute from sign-in (OWASP ASVS 3.3.1/3.3.2). */
export interface SessionLimits {
  ttlHours: number;
  absoluteHours: number;
}

export async function createSession(
  db: DbOrTx,
  opts: SessionLimits & { userId: number; maxPerUser: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string; revoked: number }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(userSession).values({
    tokenHash: sha256(token),
    userId: opts.userId,
    csrfToken,
    expiresAt: new Date(Date.now() + Math.min(opts.ttlHours, opts.absoluteHours) * 3600_000),
    ip: opts.ip ?? null,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  // A cap per account: the oldest sessions beyond it end.
  const revoked = await db.execute(sql`
    DELETE FROM user_session WHERE token_hash IN (
      SELECT token_hash FROM user_session WHERE user_id = ${opts.userId}
      ORDER BY created_at DESC, last_seen_at DESC OFFSET ${opts.maxPerUser})
    RETURNING 1`);
  // Expired sessions are swept whenever someone signs in.
  await db.delete(userSession).where(lt(userSession.expiresAt, new Date()));
  return { token, csrfToken, revoked: revoked.rows.length };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

export type SessionLookup =
  | { status: 'live'; session: ResolvedSession }
  | { status: 'expired'; user: { id: number; username: string }; reason: 'idle' | 'absolute' }
  | { status: 'none' };

/**
 * Looks up the session of a token. A live session of an active user slides its idle expiry (at most once a
 * minute, never past its absolute end); an expired one is deleted and reported, so it can be logged.
 */
interface SessionRow extends Record<string, unknown> {
  csrf_token: string;
  last_seen_at: Date | string;
  idle_expired: boolean;
  absolute_expired: boolean;
  id: number;
  username: string;
  full_name: string;
  role: string;
  unit_code: string | null;
  province_code: string | null;
  employer_id: number | null;
  must_change_password: boolean;
  active: boolean;
}

export async function lookupSession(db: DbOrTx, token: string, limits: SessionLimits): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  // Written as one statement rather than built: it runs before every request.
  const { rows } = await db.execute<SessionRow>(sql`
    SELECT s.csrf_token, s.last_seen_at, s.expires_at <= now() AS idle_expired,
           s.created_at + make_interval(hours => ${limits.absoluteHours}) <= now() AS absolute_expired,
           u.id, u.username, u.full_name, u.role, u.unit_code, u.province_code, u.employer_id,
           u.must_change_password, u.active
      FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.token_hash = ${tokenHash}`);
  const found = rows[0];
  const row = found && {
    csrfToken: found.csrf_token,
    lastSeenAt: new Date(found.last_seen_at),
    idleExpired: found.idle_expired,
    absoluteExpired: found.absolute_expired,
    id: found.id,
    username: found.username,
    fullName: found.full_name,
    role: found.role,
    unitCode: found.unit_code,
    provinceCode: found.province_code,
    employerId: found.employer_id,
    mustChangePassword: found.must_change_password,
    active: found.active,
  };
  if (!row?.active) return { status: 'none' };
  if (row.idleExpired || row.absoluteExpired) {
    await db.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
    return {
      status: 'expired',
      user: { id: row.id, username: row.username },
      reason: row.absoluteExpired ? 'absolute' : 'idle',
    };
  }
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(userSession)
      .set({
        lastSeenAt: sql`now()`,
        expiresAt: sql`least(now() + make_interval(hours => ${limits.ttlHours}),
                             ${userSession.createdAt} + make_interval(hours => ${limits.absoluteHours}))`,
      })
      .where(eq(userSession.tokenHash, tokenHash));
  }
  return {
    status: 'live',
    session: {
      csrfToken: row.csrfToken,
      mustChangePassword: row.mustChangePassword,
      actor: {
        id: row.id,
        username: row.username,
        fullName: row.fullName,
        role: row.role as Role,
        unitCode: row.unitCode,
        provinceCode: row.provinceCode,
        employerId: row.employerId,
      },
    },
  };
}

/** The live session of a token, or null. */
export async function resolveSession(
  db: DbOrTx,
  token: string,
  limits: SessionLimits,
): Promise<ResolvedSession | null> {
  const found = await lookupSession(db, token, limits);
  return found.status === 'live' ? found.session : null;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.tokenHash, sha256(token)));
}

/** Signs a user out everywhere (after a password change or when an admin disables the account); returns how many. */
export async function deleteUserSessions(db: DbOrTx, userId: number, exceptToken?: string): Promise<number> {
  const keep = exceptToken ? sha256(exceptToken) : '';
  const rows = await db
    .delete(userSession)
    .where(and(eq(userSession.userId, userId), sql`${userSession.tokenHash} <> ${keep}`))
    .returning({ userId: userSession.userId });
  return rows.length;
}
