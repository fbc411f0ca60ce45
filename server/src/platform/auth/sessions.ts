import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@lmis/contracts';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { appUser, userSession } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../db/index.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'lmis_session';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: DbOrTx,
  opts: { userId: number; ttlHours: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(userSession).values({
    tokenHash: sha256(token),
    userId: opts.userId,
    csrfToken,
    expiresAt: new Date(Date.now() + opts.ttlHours * 3600_000),
    ip: opts.ip ?? null,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  // Expired sessions are swept whenever someone signs in.
  await db.delete(userSession).where(lt(userSession.expiresAt, new Date()));
  return { token, csrfToken };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** Looks up a live session of an active user and slides its expiry (at most once a minute). */
export async function resolveSession(db: DbOrTx, token: string, ttlHours: number): Promise<ResolvedSession | null> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({
      csrfToken: userSession.csrfToken,
      lastSeenAt: userSession.lastSeenAt,
      id: appUser.id,
      username: appUser.username,
      fullName: appUser.fullName,
      role: appUser.role,
      unitCode: appUser.unitCode,
      provinceCode: appUser.provinceCode,
      mustChangePassword: appUser.mustChangePassword,
    })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .where(and(eq(userSession.tokenHash, tokenHash), gt(userSession.expiresAt, new Date()), eq(appUser.active, true)));
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(userSession)
      .set({ lastSeenAt: sql`now()`, expiresAt: new Date(Date.now() + ttlHours * 3600_000) })
      .where(eq(userSession.tokenHash, tokenHash));
  }
  return {
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
    actor: {
      id: row.id,
      username: row.username,
      fullName: row.fullName,
      role: row.role as Role,
      unitCode: row.unitCode,
      provinceCode: row.provinceCode,
    },
  };
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.tokenHash, sha256(token)));
}

/** Signs a user out everywhere (after a password change or when an admin disables the account). */
export async function deleteUserSessions(db: DbOrTx, userId: number, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? sha256(exceptToken) : '';
  await db.delete(userSession).where(and(eq(userSession.userId, userId), sql`${userSession.tokenHash} <> ${keep}`));
}
