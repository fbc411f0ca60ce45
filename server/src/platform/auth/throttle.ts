import { inArray, sql } from 'drizzle-orm';
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
  const values = sql.join(
    sorted.map(
      (r) =>
        sql`(${r.key}::text, ${r.free}::int, ${r.baseSeconds}::float8, ${r.maxSeconds}::float8, ${r.windowHours}::int)`,
    ),
    sql`, `,
  );
  return db.transaction(async (tx) => {
    // One statement creates missing rows and locks every key's row; parallel attempts queue here.
    const locked = await tx.execute<{ key: string; failures: number; wait_ms: number; stale: boolean }>(sql`
      WITH rule (key, free, base, max, window_hours) AS (VALUES ${values})
      INSERT INTO login_throttle AS t (key, failures, next_allowed_at, last_failure_at)
      SELECT key, 0, now(), now() FROM rule ORDER BY key
      ON CONFLICT (key) DO UPDATE SET key = t.key
      RETURNING t.key, t.failures,
                greatest(0, extract(epoch FROM t.next_allowed_at - clock_timestamp()) * 1000)::float8 AS wait_ms,
                t.last_failure_at < now() - make_interval(hours => (SELECT window_hours FROM rule WHERE rule.key = t.key))
                  AS stale`);
    const waiting = locked.rows
      .map((r) => ({ key: r.key, waitMs: r.stale ? 0 : r.wait_ms }))
      .filter((r) => r.waitMs > 0)
      .sort((a, b) => b.waitMs - a.waitMs)[0];
    if (waiting) return { allowed: false, retryAfterSeconds: Math.ceil(waiting.waitMs / 1000), key: waiting.key };
    // Every key counts the attempt; from the free-th failure on, the next attempt waits base·2ⁿ (at most max).
    await tx.execute(sql`
      WITH rule (key, free, base, max, window_hours) AS (VALUES ${values}),
      counted AS (
        SELECT t.key, r.free, r.base, r.max,
               CASE WHEN t.last_failure_at < now() - make_interval(hours => r.window_hours) THEN 1
                    ELSE t.failures + 1 END AS failures
        FROM login_throttle t JOIN rule r ON r.key = t.key)
      UPDATE login_throttle t
      SET failures = c.failures,
          last_failure_at = now(),
          next_allowed_at = clock_timestamp() + make_interval(secs =>
            CASE WHEN c.failures >= c.free THEN least(c.base * power(2, least(c.failures - c.free, 40)), c.max) ELSE 0 END)
      FROM counted c WHERE t.key = c.key`);
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
