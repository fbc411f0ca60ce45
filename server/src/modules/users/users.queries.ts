import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { appUser } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

export type UserRecord = typeof appUser.$inferSelect;
export type NewUser = typeof appUser.$inferInsert;

export async function selectUserByUsername(db: DbOrTx, username: string): Promise<UserRecord | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username));
  return row;
}

export async function selectUserById(db: DbOrTx, id: number): Promise<UserRecord | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
  return row;
}

export async function selectUsers(
  db: DbOrTx,
  f: { scope: Scope; q?: string; page: number; pageSize: number },
): Promise<{ rows: UserRecord[]; total: number }> {
  const where = and(
    scopeWhere(f.scope, { province: appUser.provinceCode, commune: appUser.unitCode }),
    f.q
      ? or(
          ilike(appUser.username, `%${f.q}%`),
          sql`f_unaccent(lower(${appUser.fullName})) LIKE '%' || f_unaccent(lower(${f.q})) || '%'`,
        )
      : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(appUser)
      .where(where)
      .orderBy(asc(appUser.username))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(appUser).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function insertUser(db: DbOrTx, user: NewUser): Promise<UserRecord> {
  const [row] = await db.insert(appUser).values(user).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when the stored version is the one the caller read; returns undefined on a conflict. */
export async function updateUserVersioned(
  db: DbOrTx,
  id: number,
  version: number,
  patch: Partial<NewUser>,
): Promise<UserRecord | undefined> {
  const [row] = await db
    .update(appUser)
    .set({ ...patch, version: sql`${appUser.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(appUser.id, id), eq(appUser.version, version)))
    .returning();
  return row;
}

export async function updateUserLoginState(db: DbOrTx, id: number, patch: Partial<NewUser>): Promise<void> {
  await db.update(appUser).set(patch).where(eq(appUser.id, id));
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(appUser);
  return row?.n ?? 0;
}
