import { and, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import { appUser } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest } from '../../platform/paging.ts';

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

export async function selectUsers(db: DbOrTx, f: { scope: Scope; q?: string; exactCount?: boolean } & PageRequest) {
  const where = and(
    scopeWhere(f.scope, { province: appUser.provinceCode, commune: appUser.unitCode }),
    f.q
      ? or(
          ilike(appUser.username, `%${f.q}%`),
          sql`f_unaccent(lower(${appUser.fullName})) LIKE '%' || f_unaccent(lower(${f.q})) || '%'`,
        )
      : undefined,
  );
  // Usernames are unique: the unique index serves the order and the cursor.
  const plan = keysetPage('username', [{ expr: sql`${appUser.username}`, dir: 'asc', type: 'text' }], f);
  const [rows, count] = await Promise.all([
    db
      .select({ ...getTableColumns(appUser), pageKey: plan.key })
      .from(appUser)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(appUser).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  const page = plan.finish(rows);
  return { ...page, rows: page.rows as UserRecord[], count };
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
