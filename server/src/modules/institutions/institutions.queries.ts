import { and, eq, or, sql } from 'drizzle-orm';
import { trainingInstitution } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

export type InstitutionRecord = typeof trainingInstitution.$inferSelect;
export type InstitutionValues = Omit<
  typeof trainingInstitution.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'nameSearch'
>;

/** Province, name, id: served by training_institution_unit_idx. */
const ORDER: SortKey[] = [
  { expr: sql`${trainingInstitution.name}`, dir: 'asc', type: 'text' },
  { expr: sql`${trainingInstitution.id}`, dir: 'asc', type: 'integer' },
];

export async function selectInstitutions(db: DbOrTx, f: { scope: Scope; q?: string } & PageRequest) {
  const where = and(
    scopeWhere(f.scope, { province: trainingInstitution.provinceCode, commune: trainingInstitution.communeCode }),
    f.q
      ? or(
          sql`${trainingInstitution.nameSearch} LIKE '%' || f_unaccent(lower(${f.q})) || '%'`,
          sql`lower(${trainingInstitution.code}) LIKE ${`${f.q.replace(/[%_\\]/g, '')}%`}`,
        )
      : undefined,
  );
  const plan = keysetPage('name', ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({ institution: trainingInstitution, pageKey: plan.key })
      .from(trainingInstitution)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(trainingInstitution).where(where).getSQL(), {}),
  ]);
  return { ...plan.finish(rows), count };
}

export async function selectInstitutionById(db: DbOrTx, id: number): Promise<InstitutionRecord | undefined> {
  const [row] = await db.select().from(trainingInstitution).where(eq(trainingInstitution.id, id));
  return row;
}

export async function selectInstitutionByCode(db: DbOrTx, code: string): Promise<InstitutionRecord | undefined> {
  const [row] = await db.select().from(trainingInstitution).where(eq(trainingInstitution.code, code));
  return row;
}

/** Inserts unless the code is taken; undefined then. */
export async function insertInstitution(db: DbOrTx, values: InstitutionValues): Promise<InstitutionRecord | undefined> {
  const [row] = await db.insert(trainingInstitution).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates only on the version read; undefined on a conflict. */
export async function updateInstitutionVersioned(
  db: DbOrTx,
  id: number,
  version: number,
  patch: Partial<InstitutionValues>,
): Promise<InstitutionRecord | undefined> {
  const [row] = await db
    .update(trainingInstitution)
    .set({ ...patch, version: sql`${trainingInstitution.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(trainingInstitution.id, id), eq(trainingInstitution.version, version)))
    .returning();
  return row;
}

/** Picker options: by id, or by name (diacritics optional) or code start, by name; no count. */
export function selectInstitutionOptions(db: DbOrTx, f: { q?: string; id?: number; limit: number }) {
  return db
    .select({
      id: trainingInstitution.id,
      code: trainingInstitution.code,
      name: trainingInstitution.name,
      provinceCode: trainingInstitution.provinceCode,
      communeCode: trainingInstitution.communeCode,
    })
    .from(trainingInstitution)
    .where(
      and(
        f.id !== undefined ? eq(trainingInstitution.id, f.id) : undefined,
        f.q
          ? or(
              sql`${trainingInstitution.nameSearch} LIKE '%' || f_unaccent(lower(${f.q})) || '%'`,
              sql`lower(${trainingInstitution.code}) LIKE ${`${f.q.replace(/[%_\\]/g, '')}%`}`,
            )
          : undefined,
      ),
    )
    .orderBy(trainingInstitution.name, trainingInstitution.id)
    .limit(f.limit);
}
