import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { employer } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { unitWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

export type EmployerRecord = typeof employer.$inferSelect;
export type NewEmployer = typeof employer.$inferInsert;
/** The fields a person or a file sets (everything but the keys and bookkeeping). */
export type EmployerValues = Omit<
  NewEmployer,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'nameSearch' | 'nameSort'
>;

export interface EmployerFilter {
  scope: Scope;
  /** An employer account's own employer: the list holds it alone (null: nothing). */
  ownId?: number | null;
  communeCode?: string;
  /** Lower-case NFC text: the name anywhere (diacritics optional) or the tax code's start. */
  q?: string;
  vsicSectionCode?: string;
}

function filterSql(f: EmployerFilter) {
  return and(
    unitWhere(f.scope, { province: employer.provinceCode, commune: employer.communeCode }, f),
    f.ownId === null ? sql`false` : f.ownId !== undefined ? eq(employer.id, f.ownId) : undefined,
    f.vsicSectionCode ? eq(employer.vsicSectionCode, f.vsicSectionCode) : undefined,
    f.q
      ? /^[\d-]+$/.test(f.q)
        ? // The tax code's start: employer_tax_code_prefix_idx (text_pattern_ops).
          sql`${employer.taxCode} LIKE ${`${f.q.replace(/[%_\\]/g, '')}%`}`
        : // The name anywhere, diacritics optional: employer_name_trgm_idx on f_unaccent(lower(name)).
          sql`${employer.nameSearch} LIKE '%' || f_unaccent(lower(${f.q})) || '%'`
      : undefined,
  );
}

/**
 * Alphabetical in Vietnamese, then id: served in each scope by employer_province_sort_idx / employer_commune_sort_idx
 * (unit, name_sort COLLATE "C", id).
 */
const ORDER: SortKey[] = [
  { expr: sql`${employer.nameSort} COLLATE "C"`, dir: 'asc', type: 'text', collate: 'C' },
  { expr: sql`${employer.id}`, dir: 'asc', type: 'integer' },
];

export async function selectEmployers(db: DbOrTx, f: EmployerFilter & PageRequest & { exactCount?: boolean }) {
  const where = filterSql(f);
  const plan = keysetPage('name', ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({ employer, pageKey: plan.key })
      .from(employer)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(employer).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  return { ...plan.finish(rows), count };
}

/** The filtered list in batches, in list order (exports). */
export async function* streamEmployers(db: DbOrTx, f: EmployerFilter, size = 5000): AsyncGenerator<EmployerRecord[]> {
  let after: { sort: string; id: number } | undefined;
  for (;;) {
    const rows = await db
      .select()
      .from(employer)
      .where(
        and(
          filterSql(f),
          after
            ? sql`(${employer.nameSort} COLLATE "C", ${employer.id}) > (${after.sort} COLLATE "C", ${after.id})`
            : undefined,
        ),
      )
      .orderBy(sql`${employer.nameSort} COLLATE "C"`, asc(employer.id))
      .limit(size);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1] as EmployerRecord;
    after = { sort: last.nameSort, id: last.id };
    if (rows.length < size) return;
  }
}

export async function selectEmployerById(db: DbOrTx, id: number): Promise<EmployerRecord | undefined> {
  const [row] = await db.select().from(employer).where(eq(employer.id, id));
  return row;
}

export async function selectEmployerByTaxCode(db: DbOrTx, taxCode: string): Promise<EmployerRecord | undefined> {
  const [row] = await db.select().from(employer).where(eq(employer.taxCode, taxCode));
  return row;
}

/** The employers holding these tax codes, locked for the rest of the transaction (an import batch's merge). */
export async function selectEmployersByTaxCodesForUpdate(db: DbOrTx, taxCodes: string[]): Promise<EmployerRecord[]> {
  if (taxCodes.length === 0) return [];
  return db.select().from(employer).where(inArray(employer.taxCode, taxCodes)).for('update');
}

/** Inserts unless the tax code is registered; undefined then. */
export async function insertEmployer(db: DbOrTx, values: EmployerValues): Promise<EmployerRecord | undefined> {
  const [row] = await db.insert(employer).values(values).onConflictDoNothing().returning();
  return row;
}

/** Inserts many, skipping tax codes registered meanwhile; returns those inserted. */
export async function insertEmployers(db: DbOrTx, values: EmployerValues[]): Promise<EmployerRecord[]> {
  if (values.length === 0) return [];
  return db.insert(employer).values(values).onConflictDoNothing().returning();
}

/** Updates only when the stored version is the one the caller read; undefined on a conflict. */
export async function updateEmployerVersioned(
  db: DbOrTx,
  id: number,
  version: number,
  patch: Partial<EmployerValues>,
): Promise<EmployerRecord | undefined> {
  const [row] = await db
    .update(employer)
    .set({ ...patch, version: sql`${employer.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(employer.id, id), eq(employer.version, version)))
    .returning();
  return row;
}
