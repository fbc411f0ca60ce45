import { eq, inArray, sql } from 'drizzle-orm';
import { loginThrottle } from '../../../db/schema/index.ts';
import type { Db, DbOrTx } from '../db/index.ts';

/** One throttling key: `free` failures pass at once, then each attempt waits base·2ⁿ seconds, at most `maxSeconds`. */
export interface ThrottleRule {
  key: string;
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  /** Failures older than this are forgotten (the count starts again). */
  windowHours: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; key: string };

/**
 * Takes one attempt under every rule, atomically in the database: each key's row is locked (upsert), and either
 * some key is still waiting — the attempt is refused and nothing is counted — or every key counts the attempt as a
 * failure *before* the password is checked and sets its next allowed time. Parallel guesses therefore queue on the
 * row lock and see each other's counts; a success gives the attempt back (`settleAttempt`). No read-modify-write
 * in JavaScript decides anything.
 */
export async function takeAttempt(db: Db, rules: ThrottleRule[]): Promise<ThrottleVerdict> {
  const sorted = [...rules].sort((a, b) => (a.key < b.key ? -1 : 1)); // one lock order: no deadlock
  return db.transaction(async (tx) => {
    const rows: { key: string; failures: number; waitMs: number; stale: boolean }[] = [];
    for (const rule of sorted) {
      const result = await tx.execute<{ failures: number; wait_ms: number; stale: boolean }>(sql`
        INSERT INTO login_throttle AS t (key, failures, next_allowed_at, last_failure_at)
        VALUES (${rule.key}, 0, now(), now())
        ON CONFLICT (key) DO UPDATE SET key = t.key
        RETURNING t.failures,
                  greatest(0, extract(epoch FROM t.next_allowed_at - clock_timestamp()) * 1000)::float8 AS wait_ms,
                  t.last_failure_at < now() - make_interval(hours => ${rule.windowHours}) AS stale`);
      const row = result.rows[0];
      if (!row) throw new Error('throttle upsert returned no row');
      rows.push({ key: rule.key, failures: row.failures, waitMs: row.stale ? 0 : row.wait_ms, stale: row.stale });
    }
    const waiting = rows.filter((r) => r.waitMs > 0).sort((a, b) => b.waitMs - a.waitMs)[0];
    if (waiting) return { allowed: false, retryAfterSeconds: Math.ceil(waiting.waitMs / 1000), key: waiting.key };
    for (const [i, rule] of sorted.entries()) {
      const row = rows[i] as (typeof rows)[number];
      const failures = (row.stale ? 0 : row.failures) + 1;
      const delay =
        failures >= rule.free ? Math.min(rule.baseSeconds * 2 ** (failures - rule.free), rule.maxSeconds) : 0;
      await tx
        .update(loginThrottle)
        .set({
          failures,
          lastFailureAt: sql`now()`,
          nextAllowedAt: sql`clock_timestamp() + make_interval(secs => ${delay})`,
        })
        .where(eq(loginThrottle.key, rule.key));
    }
    return { allowed: true };
  });
}

/** After a success: forget the failures of `clear` keys and give back the attempt counted on `refund` keys. */
export async function settleAttempt(db: DbOrTx, opts: { clear: string[]; refund: string[] }): Promise<void> {
  if (opts.clear.length > 0) await db.delete(loginThrottle).where(inArray(loginThrottle.key, opts.clear));
  if (opts.refund.length > 0) {
    await db
      .update(loginThrottle)
      .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
      .where(inArray(loginThrottle.key, opts.refund));
  }
}

/** Forgets every throttling key of an account name (an administrator unlocks it). */
export async function clearAccountThrottle(db: DbOrTx, username: string): Promise<void> {
  const key = accountKey(username);
  await db
    .delete(loginThrottle)
    .where(sql`${loginThrottle.key} = ${key} OR starts_with(${loginThrottle.key}, ${`${key}@`})`);
}

// The name is percent-encoded, so a name typed as "bob@10.0.0.1" cannot count against bob from 10.0.0.1.
export const accountKey = (username: string) => `account:${encodeURIComponent(username.trim().toLowerCase())}`;
export const accountAddressKey = (username: string, ip: string) => `${accountKey(username)}@${ip}`;
export const addressKey = (ip: string) => `address:${ip}`;
export const passwordChangeKey = (userId: number) => `password-change:${userId}`;
