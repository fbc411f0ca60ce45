import { desc, eq, sql } from 'drizzle-orm';
import { apiToken } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

const columns = {
  id: apiToken.id,
  name: apiToken.name,
  prefix: apiToken.prefix,
  role: apiToken.role,
  unitCode: apiToken.unitCode,
  provinceCode: apiToken.provinceCode,
  createdByName: apiToken.createdByName,
  createdAt: apiToken.createdAt,
  expiresAt: apiToken.expiresAt,
  lastUsedAt: apiToken.lastUsedAt,
  revokedAt: apiToken.revokedAt,
  expired: sql<boolean>`${apiToken.expiresAt} <= now()`,
};
export type ApiTokenRecord = Awaited<ReturnType<typeof selectApiToken>> & object;

export async function insertApiToken(db: DbOrTx, values: typeof apiToken.$inferInsert) {
  const [row] = await db.insert(apiToken).values(values).returning({ id: apiToken.id });
  if (!row) throw new Error('api_token insert returned no row');
  return selectApiToken(db, row.id) as Promise<ApiTokenRecord>;
}

export async function selectApiToken(db: DbOrTx, id: number) {
  const [row] = await db.select(columns).from(apiToken).where(eq(apiToken.id, id));
  return row;
}

/** Newest first; a few hundred at most (one per integrating system). */
export function selectApiTokens(db: DbOrTx) {
  return db.select(columns).from(apiToken).orderBy(desc(apiToken.createdAt), desc(apiToken.id)).limit(1000);
}

export async function markRevoked(db: DbOrTx, id: number, byName: string) {
  await db
    .update(apiToken)
    .set({ revokedAt: sql`now()`, revokedByName: byName })
    .where(sql`${apiToken.id} = ${id} AND ${apiToken.revokedAt} IS NULL`);
}
